import {afterEach, describe, expect, test} from 'vitest';
import {addArticles} from '../../source/library/library.js';
import {createSearchClient, type SearchClient} from '../../source/search/search-worker.js';
import type {LibraryHit} from '../../source/search/library-search.js';
import {bundled} from '../helpers.js';
import {harbor, orchard, temporaryLibrary, writeArticle} from './fixtures.js';

const clients: SearchClient[] = [];
const cleanups: Array<() => void> = [];
afterEach(async () => {
	await Promise.all(clients.splice(0).map(client => client.close()));
	for (const cleanup of cleanups.splice(0)) cleanup();
});

function open(...args: Parameters<typeof createSearchClient>): SearchClient {
	const client = createSearchClient(...args);
	clients.push(client);
	return client;
}

const names = (hits: LibraryHit[] | 'stale') => (hits === 'stale' ? 'stale' : hits.map(hit => (hit.kind === 'entity' ? hit.entity.name : hit.quote.text)));

describe.each(['worker', 'inline'] as const)('the %s search client', mode => {
	test('answers a query with hits from the library', async () => {
		const client = open({source: {articles: [bundled, harbor]}, mode});
		expect(names(await client.search('zelensky'))).toContain('Volodymyr Zelenskyy');
		expect((await client.ready).mode).toBe(mode);
	});

	test('the newest query wins: one superseded before its answer resolves stale', async () => {
		const client = open({source: {articles: [bundled, harbor, orchard]}, mode});
		const first = client.search('zelensky');
		const second = client.search('quenneville');
		expect(await first).toBe('stale');
		const hits = await second;
		expect(hits).not.toBe('stale');
		expect(names(hits)).toContain('Marisol Quenneville');
		expect(names(hits)).not.toContain('Volodymyr Zelenskyy');
	});

	test('a burst of keystrokes resolves every query but the last stale', async () => {
		const client = open({source: {articles: [bundled, harbor]}, mode});
		const typed = ['v', 'vl', 'vla', 'vlad', 'vladi', 'vladiv', 'vladivostock'].map(query => client.search(query));
		const results = await Promise.all(typed);
		expect(results.slice(0, -1).every(result => result === 'stale')).toBe(true);
		expect(names(results.at(-1)!)).toContain('Vladivostok');
	});
});

test('a library on disk is searched through its persisted index, in a worker when asked', async () => {
	const {paths, root, cleanup} = temporaryLibrary();
	cleanups.push(cleanup);
	await addArticles(paths, [writeArticle(root, 'harbor.json', harbor)]);
	const client = open({source: {paths}, mode: 'worker'});
	const hits = await client.search('brekwater');
	expect(hits !== 'stale' && hits[0]?.articleTitle).toBe(harbor.meta.title);
	expect(await client.ready).toMatchObject({mode: 'worker', index: 'built', errors: []});
});

test('small libraries are searched in process, large ones in a worker', async () => {
	expect((await open({source: {articles: [bundled]}}).ready).mode).toBe('inline');
	expect((await open({source: {articles: [bundled]}, threshold: 10}).ready).mode).toBe('worker');
});

test('after close, searches resolve stale instead of hanging', async () => {
	const client = open({source: {articles: [bundled]}, mode: 'worker'});
	const pending = client.search('putin');
	await client.close();
	expect(await pending).toBe('stale');
	expect(await client.search('putin')).toBe('stale');
});
