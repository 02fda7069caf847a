import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, expect, test} from 'vitest';
import {addArticles, removeArticle} from '../../source/library/library.js';
import type {LibraryPaths} from '../../source/library/paths.js';
import {INDEX_VERSION, indexFile, openSearchIndex} from '../../source/search/index-store.js';
import {searcherOver} from '../../source/search/library-search.js';
import {bundled} from '../helpers.js';
import {harbor, orchard, temporaryLibrary, writeArticle} from './fixtures.js';

let paths: LibraryPaths;
let root: string;
let cleanup: () => void;
beforeEach(async () => {
	({paths, root, cleanup} = temporaryLibrary());
	await addArticles(paths, [writeArticle(root, 'harbor.json', harbor)]);
});
afterEach(() => cleanup());

const articleIdsFor = (query: string) => new Set(searcherOver(openSearchIndex(paths).prefilter).search(query, 20).map(hit => hit.articleId));

test('the index is built once, then loaded from the cache', () => {
	const first = openSearchIndex(paths);
	expect(first.state).toBe('built');
	expect(first.added.sort()).toEqual([bundled.meta.id, harbor.meta.id].sort());
	const second = openSearchIndex(paths);
	expect(second.state).toBe('loaded');
	expect(second.added).toEqual([]);
	expect(searcherOver(second.prefilter).search('quenneville', 5)[0]?.articleId).toBe(harbor.meta.id);
});

test('articles added and removed since the index was saved are added to and removed from it', async () => {
	openSearchIndex(paths);
	await addArticles(paths, [writeArticle(root, 'orchard.json', orchard)]);
	const afterAdding = openSearchIndex(paths);
	expect(afterAdding).toMatchObject({state: 'updated', added: [orchard.meta.id], removed: []});
	expect(articleIdsFor('lindqvist')).toEqual(new Set([orchard.meta.id]));

	removeArticle(paths, harbor.meta.id);
	const afterRemoving = openSearchIndex(paths);
	expect(afterRemoving).toMatchObject({state: 'updated', added: [], removed: [harbor.meta.id]});
	expect(articleIdsFor('quenneville').has(harbor.meta.id)).toBe(false);
	expect(openSearchIndex(paths).state).toBe('loaded');
});

test('an article edited in place is indexed again', () => {
	openSearchIndex(paths);
	const edited = {...harbor, quotes: harbor.quotes.slice(1)};
	writeFileSync(join(paths.library, `${harbor.meta.id}.json`), JSON.stringify(edited));
	const reopened = openSearchIndex(paths);
	expect(reopened.state).toBe('updated');
	expect(reopened.added).toEqual([harbor.meta.id]);
	expect(reopened.removed).toEqual([]);
	const quotes = searcherOver(reopened.prefilter)
		.search('freighters', 10)
		.filter(hit => hit.kind === 'quote');
	expect(quotes).toEqual([]);
});

test.each([
	['truncated', (text: string) => text.slice(0, text.length / 2)],
	['not JSON', () => 'garbage'],
	['from another version', (text: string) => text.replace(`"version":${INDEX_VERSION}`, '"version":999')],
	['tampered with', (text: string) => text.replace(`"${harbor.meta.id}"`, '"someone-else"')],
])('a cached index that is %s is rebuilt without asking', (_, spoil) => {
	openSearchIndex(paths);
	const file = indexFile(paths);
	writeFileSync(file, spoil(readFileSync(file, 'utf8')));
	const reopened = openSearchIndex(paths);
	expect(reopened.state).toBe('rebuilt');
	expect(searcherOver(reopened.prefilter).search('quenneville', 5)[0]?.articleId).toBe(harbor.meta.id);
	expect(openSearchIndex(paths).state).toBe('loaded');
});

test('a broken article is reported and the others stay searchable', () => {
	writeFileSync(join(paths.library, 'damaged.json'), '{');
	const opened = openSearchIndex(paths);
	expect(opened.errors.map(error => error.file)).toEqual([join(paths.library, 'damaged.json')]);
	expect(articleIdsFor('quenneville')).toEqual(new Set([harbor.meta.id]));
});

test('a missing cache folder is created, and a deleted index is built again', () => {
	rmSync(paths.cache, {recursive: true, force: true});
	expect(openSearchIndex(paths).state).toBe('built');
	rmSync(indexFile(paths));
	expect(openSearchIndex(paths).state).toBe('built');
});
