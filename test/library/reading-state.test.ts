import {readdirSync, readFileSync, writeFileSync, mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, expect, test} from 'vitest';
import {
	loadReadingState,
	marksOf,
	positionOf,
	saveReadingState,
	stateFile,
	withMarkToggled,
	withoutArticle,
	withPosition,
} from '../../source/library/reading-state.js';
import {temporaryLibrary} from './fixtures.js';

let state: string;
let cleanup: () => void;
beforeEach(() => {
	const library = temporaryLibrary();
	state = library.paths.state;
	cleanup = library.cleanup;
});
afterEach(() => cleanup());

test('with no state file yet, reading starts empty and without a notice', () => {
	const loaded = loadReadingState(state);
	expect(loaded.notice).toBeUndefined();
	expect(positionOf(loaded.state, 'anything')).toBeUndefined();
	expect(marksOf(loaded.state, 'anything')).toEqual([]);
});

test('positions and marks survive a save and a load', () => {
	const now = new Date('2026-03-01T10:00:00Z');
	let current = loadReadingState(state).state;
	current = withPosition(current, 'harbor-dredging-vote', 42, now);
	current = withMarkToggled(current, 'harbor-dredging-vote', 'q2');
	current = withMarkToggled(current, 'harbor-dredging-vote', 'q5');
	current = withMarkToggled(current, 'orchard-frost-losses', 'q1');
	current = withMarkToggled(current, 'harbor-dredging-vote', 'q5');
	saveReadingState(state, current);

	const loaded = loadReadingState(state);
	expect(loaded.notice).toBeUndefined();
	expect(positionOf(loaded.state, 'harbor-dredging-vote')).toEqual({top: 42, updated: '2026-03-01T10:00:00.000Z'});
	expect(marksOf(loaded.state, 'harbor-dredging-vote')).toEqual(['q2']);
	expect(marksOf(loaded.state, 'orchard-frost-losses')).toEqual(['q1']);

	const forgotten = withoutArticle(loaded.state, 'harbor-dredging-vote');
	expect(positionOf(forgotten, 'harbor-dredging-vote')).toBeUndefined();
	expect(marksOf(forgotten, 'harbor-dredging-vote')).toEqual([]);
});

test('saving leaves no temporary files behind', () => {
	saveReadingState(state, withPosition(loadReadingState(state).state, 'a', 1));
	expect(readdirSync(state)).toEqual(['state.json']);
});

test('a corrupt state file is set aside with a notice and reading starts afresh', () => {
	mkdirSync(state, {recursive: true});
	writeFileSync(stateFile(state), '{"version": 1, "positions": {"a": {"top": ');
	const loaded = loadReadingState(state, new Date('2026-03-01T10:00:00Z'));
	expect(loaded.notice).toMatch(/state\.json was unreadable .*moved to .*state\.json\.corrupt-2026-03-01T10-00-00-000Z/);
	expect(positionOf(loaded.state, 'a')).toBeUndefined();
	const aside = readdirSync(state).find(name => name.startsWith('state.json.corrupt-'));
	expect(aside).toBeDefined();
	expect(readFileSync(join(state, aside!), 'utf8')).toContain('"positions"');

	// The next start finds no state file and says nothing more.
	expect(loadReadingState(state).notice).toBeUndefined();
});

test('valid JSON of the wrong shape is set aside too', () => {
	mkdirSync(state, {recursive: true});
	writeFileSync(stateFile(state), '{"positions": []}');
	const loaded = loadReadingState(state);
	expect(loaded.notice).toContain('not a pullquote state file');
	expect(marksOf(loaded.state, 'a')).toEqual([]);
});
