import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {bundledArticlePath} from '../../source/article/load.js';
import {openLibrary} from '../../source/library/reading-session.js';
import {bundled} from '../helpers.js';

const sessions: Array<ReturnType<typeof openLibrary>> = [];
afterEach(async () => {
	for (const session of sessions.splice(0)) await session.close();
});

function library() {
	const root = mkdtempSync(join(tmpdir(), 'pullquote-session-'));
	const paths = {library: join(root, 'library'), state: join(root, 'state'), cache: join(root, 'cache'), bundled: bundledArticlePath()};
	return {root, paths};
}

const open = (paths: ReturnType<typeof library>['paths']) => {
	const session = openLibrary(paths, bundled);
	sessions.push(session);
	return session;
};

describe('the library as the reader uses it', () => {
	it('lists the bundled article and opens articles by id', () => {
		const session = open(library().paths);
		expect(session.items.map(item => item.id)).toEqual([bundled.meta.id]);
		expect(session.open(bundled.meta.id)).toMatchObject({article: bundled, marks: []});
		expect(session.open('nothing-here')).toBe('No article "nothing-here" in the library');
	});

	it('remembers where the reader left an article and what it marked, across sessions', async () => {
		const {paths} = library();
		const first = open(paths);
		first.leave(bundled.meta.id, 17, ['q3', 'q5']);
		await first.close();
		const again = open(paths);
		expect(again.remembered(bundled.meta.id)).toEqual({top: 17, marks: ['q3', 'q5']});
		expect(again.open(bundled.meta.id)).toMatchObject({top: 17, marks: ['q3', 'q5']});
	});

	it('starts afresh with a notice when the state file is damaged', () => {
		const {paths} = library();
		open(paths).leave(bundled.meta.id, 4, []);
		writeFileSync(join(paths.state, 'state.json'), '{not json');
		const session = open(paths);
		expect(session.notice).toMatch(/set aside|moved to/);
		expect(session.remembered(bundled.meta.id)).toEqual({top: undefined, marks: []});
	});

	it('searches every article of the library', async () => {
		const session = open(library().paths);
		const hits = await session.searcher.search('reasurance');
		expect(hits).not.toBe('stale');
		expect(Array.isArray(hits) && hits.some(hit => hit.articleId === bundled.meta.id)).toBe(true);
	});
});
