import {renderToString} from 'ink';
import React from 'react';
import {describe, expect, test} from 'vitest';
import {Screen} from '../../source/app.js';
import {LookProvider, lookFor, type Look} from '../../source/panes/look.js';
import {paintScreen} from '../../source/panes/screen.js';
import {initialState, reduce, type ReaderState} from '../../source/reader/state.js';
import {parseCells} from '../../source/render/cells.js';
import {bundled} from '../helpers.js';

const colour = lookFor({colorDepth: 8, theme: 'dark', unicode: true});
const plainAscii = lookFor({colorDepth: 0, theme: 'dark', unicode: false});

function press(state: ReaderState, ...keys: string[]): ReaderState {
	return keys.reduce((current, key) => reduce(current, {type: 'key', key, text: key.length === 1 ? key : ''}), state);
}

/** What a terminal shows for lines: each cell's character and style. */
function cells(lines: string[], columns: number) {
	return lines.map(line => {
		const row = parseCells(line, columns);
		return {chars: row.chars.join(''), styles: row.styles};
	});
}

function inkScreen(state: ReaderState, look: Look): string[] {
	return renderToString(
		<LookProvider value={look}>
			<Screen state={state} />
		</LookProvider>,
		{columns: state.columns},
	).split('\n');
}

describe('the screen drawn without Ink', () => {
	const cases: Array<[string, ReaderState, Look]> = [
		['80x24 at start', initialState(bundled, 80, 24), colour],
		['120x40 at start', initialState(bundled, 120, 40), colour],
		['60x20, narrow, with tabs', initialState(bundled, 60, 20), colour],
		['40x12, the smallest', initialState(bundled, 40, 12), colour],
		['30x10, too small', initialState(bundled, 30, 10), colour],
		['80x24 scrolled, quotes focused', press(initialState(bundled, 80, 24), 'j', 'j', 'tab', 'j'), colour],
		['80x24 searching', press(initialState(bundled, 80, 24), '/', 'p', 'u', 't'), colour],
		['80x24 zoomed', press(initialState(bundled, 80, 24), 'z'), colour],
		['80x24 help', press(initialState(bundled, 80, 24), '?'), colour],
		['80x24 ASCII without colour', initialState(bundled, 80, 24, {ascii: true}), plainAscii],
	];

	test.each(cases)('%s: the same cells as Ink draws', (_name, state, look) => {
		const painted = paintScreen(state, look);
		expect(cells(painted, state.columns)).toEqual(cells(inkScreen(state, look), state.columns));
	});

	test('fills the terminal: one line per row, none wider than the terminal', () => {
		const state = initialState(bundled, 80, 24);
		const painted = cells(paintScreen(state, colour), 80);
		expect(painted).toHaveLength(24);
		expect(painted[0]!.chars).toMatch(/^ Article\s+\d+%.*│ Quotes \(12\)/);
	});
});
