import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {bundledArticlePath} from '../../source/article/load.js';
import {addArticles, listArticles, loadLibrary, removeArticle} from '../../source/library/library.js';
import {resolveLibraryPaths, type LibraryPaths} from '../../source/library/paths.js';
import {emptyState, loadReadingState, marksOf, positionOf, saveReadingState, withMarkToggled, withPosition} from '../../source/library/reading-state.js';
import {bundled} from '../helpers.js';
import {harbor, makeArticle, orchard, temporaryLibrary, writeArticle} from './fixtures.js';

let paths: LibraryPaths;
let root: string;
let cleanup: () => void;
let incoming: string;

beforeEach(() => {
	({paths, root, cleanup} = temporaryLibrary());
	incoming = root;
});
afterEach(() => cleanup());

describe('library paths', () => {
	test('--library wins over PULLQUOTE_LIBRARY, which wins over the platform folder', () => {
		expect(resolveLibraryPaths({library: 'chosen', env: {PULLQUOTE_LIBRARY: 'from-env'}}).library).toBe('chosen');
		expect(resolveLibraryPaths({env: {PULLQUOTE_LIBRARY: 'from-env'}}).library).toBe('from-env');
		const fallback = resolveLibraryPaths({env: {}});
		expect(fallback.library).toMatch(/pullquote$/i);
		expect(fallback.state.startsWith(fallback.library)).toBe(true);
		expect(fallback.bundled).toBe(bundledArticlePath());
	});
});

describe('adding, listing and removing', () => {
	test('a new library lists only the bundled article, which says it is bundled', () => {
		const entries = listArticles(paths);
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({ok: true, id: bundled.meta.id, bundled: true, quotes: bundled.quotes.length, entities: bundled.entities.length});
	});

	test('an added article is stored as <id>.json and listed with its title and counts', async () => {
		const file = writeArticle(incoming, 'harbor.json', harbor);
		const [result] = await addArticles(paths, [file]);
		expect(result).toMatchObject({status: 'added', id: 'harbor-dredging-vote'});
		expect(readdirSync(paths.library)).toEqual(['harbor-dredging-vote.json']);
		const entry = listArticles(paths).find(candidate => candidate.id === 'harbor-dredging-vote');
		expect(entry).toMatchObject({ok: true, title: harbor.meta.title, quotes: 2, entities: 3, bundled: false});
	});

	test('adding the same article twice says where it already is, even under another file name or id', async () => {
		await addArticles(paths, [writeArticle(incoming, 'harbor.json', harbor)]);
		const renamed = {...harbor, meta: {...harbor.meta, id: 'something-else', title: 'Another title'}};
		const results = await addArticles(paths, [writeArticle(incoming, 'copy.json', harbor), writeArticle(incoming, 'renamed.json', renamed)]);
		for (const result of results) {
			expect(result.status).toBe('duplicate');
			expect(result.message).toContain('already in the library as harbor-dredging-vote');
		}

		expect(readdirSync(paths.library)).toHaveLength(1);
	});

	test('the bundled article cannot be added a second time', async () => {
		const [result] = await addArticles(paths, [bundledArticlePath()]);
		expect(result?.message).toContain(`already in the library as ${bundled.meta.id}`);
	});

	test('a different article with a taken id gets a new id and the first one is left untouched', async () => {
		await addArticles(paths, [writeArticle(incoming, 'harbor.json', harbor)]);
		const before = readFileSync(join(paths.library, 'harbor-dredging-vote.json'), 'utf8');
		const sameId = {...orchard, meta: {...orchard.meta, id: 'harbor-dredging-vote'}};
		const another = makeArticle('harbor-dredging-vote', 'Third', [{speaker: 'Ada Brinkworth', words: 'A third article with a taken id'}]);
		const results = await addArticles(paths, [writeArticle(incoming, 'same-id.json', sameId), writeArticle(incoming, 'third.json', another)]);
		expect(results.map(result => result.status === 'added' && result.id)).toEqual(['harbor-dredging-vote-2', 'harbor-dredging-vote-3']);
		expect(results[0]?.message).toContain('another article already has the id harbor-dredging-vote');
		expect(readFileSync(join(paths.library, 'harbor-dredging-vote.json'), 'utf8')).toBe(before);
		const stored = JSON.parse(readFileSync(join(paths.library, 'harbor-dredging-vote-2.json'), 'utf8')) as {meta: {id: string; title: string}};
		expect(stored.meta).toMatchObject({id: 'harbor-dredging-vote-2', title: orchard.meta.title});
	});

	test('an article taking the id of the bundled one gets a new id', async () => {
		const sameId = {...harbor, meta: {...harbor.meta, id: bundled.meta.id}};
		const [result] = await addArticles(paths, [writeArticle(incoming, 'clash.json', sameId)]);
		expect(result).toMatchObject({status: 'added', id: `${bundled.meta.id}-2`});
	});

	test('a file that is not a valid article is refused with its reason and does not stop the others', async () => {
		const broken = join(incoming, 'broken.json');
		writeFileSync(broken, '{"format": "pullquote/segmented-article", ');
		const results = await addArticles(paths, [broken, join(incoming, 'missing.json'), writeArticle(incoming, 'harbor.json', harbor)]);
		expect(results[0]).toMatchObject({status: 'error'});
		expect(results[0]?.message).toContain('broken.json: not valid JSON');
		expect(results[1]?.message).toContain('missing.json: no such file');
		expect(results[2]).toMatchObject({status: 'added'});
	});

	test('raw text is segmented into an article with its quotes and speakers', async () => {
		const raw = join(incoming, 'ferry.txt');
		writeFileSync(
			raw,
			[
				'Ferry service to the islands resumes after storm',
				'',
				'Ferries returned to the water on Monday after a week of gales kept the fleet in port.',
				'',
				'"We have never seen a backlog like this one," said Harriet Lindgren, the operator\'s chief executive.',
				'',
			].join('\n'),
		);
		const [result] = await addArticles(paths, [raw]);
		expect(result?.status).toBe('added');
		const entry = listArticles(paths).find(candidate => result?.status === 'added' && candidate.id === result.id);
		expect(entry).toMatchObject({ok: true});
		expect(entry?.ok && entry.quotes).toBeGreaterThan(0);
	});

	test('a segmented article is recognised by its content whatever its extension', async () => {
		const file = join(incoming, 'harbor.txt');
		writeFileSync(file, JSON.stringify(harbor));
		expect((await addArticles(paths, [file]))[0]).toMatchObject({status: 'added', id: harbor.meta.id});
	});

	test('a corrupt file in the library is listed with its error while the others load', async () => {
		await addArticles(paths, [writeArticle(incoming, 'harbor.json', harbor)]);
		writeFileSync(join(paths.library, 'damaged.json'), '{"format": "pullquote/segmented-article"}');
		const entries = listArticles(paths);
		const damaged = entries.find(entry => entry.id === 'damaged');
		expect(damaged).toMatchObject({ok: false});
		expect(damaged && !damaged.ok && damaged.error).toContain('damaged.json');
		expect(entries.filter(entry => entry.ok).map(entry => entry.id)).toEqual([bundled.meta.id, 'harbor-dredging-vote']);

		const loaded = loadLibrary(paths);
		expect(loaded.articles.map(({article}) => article.meta.id)).toEqual([bundled.meta.id, 'harbor-dredging-vote']);
		expect(loaded.errors).toHaveLength(1);
		expect(loaded.errors[0]?.file).toContain('damaged.json');
	});

	test('a file changed after it was listed is listed afresh', async () => {
		await addArticles(paths, [writeArticle(incoming, 'harbor.json', harbor)]);
		expect(listArticles(paths).find(entry => entry.id === 'harbor-dredging-vote')).toMatchObject({ok: true});
		writeFileSync(join(paths.library, 'harbor-dredging-vote.json'), 'not json at all, and longer than before');
		expect(listArticles(paths).find(entry => entry.id === 'harbor-dredging-vote')).toMatchObject({ok: false});
	});

	test('remove deletes an article; the bundled article and unknown ids are refused with a reason', async () => {
		await addArticles(paths, [writeArticle(incoming, 'harbor.json', harbor)]);
		expect(removeArticle(paths, 'harbor-dredging-vote')).toMatchObject({ok: true});
		expect(readdirSync(paths.library)).toEqual([]);

		const bundledRemoval = removeArticle(paths, bundled.meta.id);
		expect(bundledRemoval.ok).toBe(false);
		expect(bundledRemoval.message).toContain('cannot be removed');
		expect(listArticles(paths).map(entry => entry.id)).toEqual([bundled.meta.id]);

		expect(removeArticle(paths, 'no-such-article')).toMatchObject({ok: false, message: expect.stringContaining('no article "no-such-article"')});
	});

	test('remove forgets the article\'s place and marks, and keeps the others\'', async () => {
		await addArticles(paths, [writeArticle(incoming, 'harbor.json', harbor), writeArticle(incoming, 'orchard.json', orchard)]);
		let state = withPosition(emptyState(), 'harbor-dredging-vote', 12);
		state = withMarkToggled(withPosition(state, 'orchard-frost-losses', 3), 'harbor-dredging-vote', 'q1');
		saveReadingState(paths.state, state);
		expect(removeArticle(paths, 'harbor-dredging-vote')).toMatchObject({ok: true});
		const after = loadReadingState(paths.state).state;
		expect(positionOf(after, 'harbor-dredging-vote')).toBeUndefined();
		expect(marksOf(after, 'harbor-dredging-vote')).toEqual([]);
		expect(positionOf(after, 'orchard-frost-losses')?.top).toBe(3);
	});

	test('a broken file can be removed by its name', () => {
		writeFileSync(join(paths.library, 'damaged.json'), '{');
		expect(removeArticle(paths, 'damaged')).toMatchObject({ok: true});
		expect(readdirSync(paths.library)).toEqual([]);
	});
});
