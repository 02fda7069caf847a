import {render} from 'ink-testing-library';
import React, {act} from 'react';
import stripAnsi from 'strip-ansi';
import {describe, expect, it} from 'vitest';
import {App} from '../../source/app.js';
import {createSearcher} from '../../source/search/search.js';
import {bundled} from '../helpers.js';

(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true;

/*
 * The same reader through ink-testing-library, whose terminal is 100 columns wide (and has no
 * height, so the reader takes the usual 24 rows): what a person sees after each key press.
 */
async function reader() {
	let app!: ReturnType<typeof render>;
	await act(async () => {
		app = render(<App article={bundled} searcher={createSearcher(bundled)} />);
	});
	const frame = () => stripAnsi(app.lastFrame() ?? '');
	const press = async (...keys: string[]) => {
		for (const key of keys) {
			await act(async () => {
				app.stdin.write(key);
				await new Promise(resolve => setImmediate(resolve));
			});
		}
	};

	return {app, frame, press, statusLine: () => frame().split('\n').at(-1) ?? ''};
}

describe('the reader through ink-testing-library', () => {
	it('searches, then Enter jumps to the quote in the article', async () => {
		const {app, frame, press, statusLine} = await reader();
		await press('/', ...'legitmate');
		expect(frame()).toContain('Vladimir Putin');
		await press('\r');
		expect(statusLine()).toMatch(/\d+%\s+Article/);
		expect(frame()).toContain('If some troops appear there');
		await act(async () => app.unmount());
	});

	it('moves focus with Tab and shows the keys on ?', async () => {
		const {app, frame, press, statusLine} = await reader();
		await press('\t');
		expect(statusLine()).toContain('Quotes');
		await press('?');
		expect(frame()).toContain('next pane');
		expect(frame()).toContain('quit');
		await act(async () => app.unmount());
	});

	it('walks an entity\'s mentions with n and N, and quits on q', async () => {
		const {app, press, statusLine} = await reader();
		await press('\t', '\t', '\r', 'n');
		expect(statusLine()).toContain('Vladimir Putin: mention 2 of 5');
		await press('N', 'N');
		expect(statusLine()).toContain('mention 5 of 5');
		await press('q');
		// Once it has quit, the reader draws nothing more, whatever is pressed.
		const drawn = app.frames.length;
		await press('G', '\t', '?');
		expect(app.frames.length).toBe(drawn);
	});
});
