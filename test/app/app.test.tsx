import React from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {App} from '../../source/app.js';
import {createSearcher} from '../../source/search/search.js';
import {bundled, oneParagraphArticle, rangeOf} from '../helpers.js';
import {keys, openTerminal} from './terminal.js';

const searcher = createSearcher(bundled);
let terminal: Awaited<ReturnType<typeof openTerminal>> | undefined;
const open = async (columns = 80, rows = 24) => {
	terminal = await openTerminal(<App article={bundled} searcher={searcher} />, columns, rows);
	return terminal;
};

afterEach(async () => terminal?.unmount());

describe('the reader, driven by keys', () => {
	it('opens on the article with the quotes and entities beside it at 80x24', async () => {
		const screen = (await open()).screen();
		expect(screen).toHaveLength(24);
		expect(screen[0]).toMatch(/^ Article\s+\d+%.*Quotes \(12\)/);
		expect(screen.join('\n')).toContain('Putin warns Western troops');
		expect(screen.join('\n')).toContain('Entities (18)');
		expect(screen.at(-1)).toContain('Article');
		expect(screen.every(row => row.length <= 80)).toBe(true);
	});

	it('finds Macron\'s quote from a misspelt word and jumps to it', async () => {
		const reader = await open();
		await reader.press('/', ...'reasurance');
		expect(reader.text()).toContain('Results (');
		expect(reader.text()).toContain('Emmanuel Macron');
		await reader.press(keys.enter);
		const text = reader.text();
		expect(text).toContain('We have today 26 countries');
		expect(reader.screen().at(-1)).toContain('Article');
	});

	it('cycles the focus with Tab', async () => {
		const reader = await open();
		await reader.press(keys.tab);
		expect(reader.screen().at(-1)).toContain('Quotes');
		await reader.press(keys.tab);
		expect(reader.screen().at(-1)).toContain('Entities');
		await reader.press(keys.shiftTab, keys.shiftTab);
		expect(reader.screen().at(-1)).toMatch(/\d+%\s+Article/);
	});

	it('shows every key on ?', async () => {
		const reader = await open();
		await reader.press('?');
		const text = reader.text();
		for (const label of ['Tab', 'Shift-Tab', 'j / Down', 'Space / PgDn', 'g / Home', '/', 'Enter', 'n', 'N', 'Esc', 'q']) {
			expect(text).toContain(label);
		}

		await reader.press(keys.escape);
		expect(reader.text()).not.toContain('Esc or ? closes');
	});

	it('walks Zelenskyy\'s mentions with n and N', async () => {
		const reader = await open();
		await reader.press('/', ...'zelensky', keys.enter);
		expect(reader.text()).toContain('Zelenskyy');
		await reader.press(keys.escape);
		await reader.press(keys.tab, keys.tab);
		const zelenskyyRow = reader.screen().findIndex(row => row.includes('Volodymyr Zelenskyy'));
		expect(zelenskyyRow).toBeGreaterThan(0);
		await reader.press('j', 'j', keys.enter);
		await reader.press('n');
		expect(reader.screen().at(-1)).toContain('Volodymyr Zelenskyy: mention 2 of 2');
		await reader.press('N');
		expect(reader.screen().at(-1)).toContain('mention 1 of 2');
	});

	it('takes keys that arrive in one burst one by one, as over a slow link', async () => {
		const reader = await open();
		await reader.press('/reasurance\r');
		expect(reader.screen().at(-1)).toMatch(/\d+%\s+Article/);
		expect(reader.text()).toContain('We have today 26 countries');
		await reader.press('\tj');
		expect(reader.screen().at(-1)).toContain('Results');
		expect(reader.text()).toMatch(/> \(no speaker\)/);
	});

	it('copies the selected quote with y and says so', async () => {
		const copied: string[] = [];
		terminal = await openTerminal(
			<App article={bundled} searcher={searcher} onCopy={(quote, article) => {
				copied.push(`${quote.text} | ${article.meta.id}`);
				return 'Copied the quote';
			}} />,
		);
		await terminal.press('y');
		expect(terminal.screen().at(-1)).toContain('Select a quote');
		await terminal.press(keys.tab, 'j', 'y');
		expect(copied).toEqual([`${bundled.quotes[1]!.text} | ${bundled.meta.id}`]);
		expect(terminal.screen().at(-1)).toContain('Copied the quote');
	});

	it('quits on q', async () => {
		const reader = await open();
		await reader.press('q');
		await reader.settle();
		expect(reader.exited).toBe(true);
	});

	it('is usable at 40x12 with one pane at a time', async () => {
		const reader = await open(40, 12);
		const screen = reader.screen();
		expect(screen).toHaveLength(12);
		expect(screen[0]).toContain('Article');
		expect(screen[0]).toContain('Quotes');
		expect(screen.every(row => row.length <= 40)).toBe(true);
		await reader.press(keys.tab);
		expect(reader.text()).toContain('Vladimir Putin');
	});

	it('shows a one-line notice when the terminal is too small, and recovers', async () => {
		const reader = await open();
		await reader.resize(30, 8);
		expect(reader.screen()).toHaveLength(1);
		expect(reader.text()).toContain('too small');
		await reader.resize(80, 24);
		expect(reader.screen()).toHaveLength(24);
	});
});

describe('the reader with wide characters and combining marks', () => {
	it('keeps every row within the terminal and the pane border in one column', async () => {
		const text = '東京都の知事は「大丈夫です」と語った。 Café owners in Zürich said the naïve plan was "très bien" 😀 and went on talking for quite a while about it.';
		const article = oneParagraphArticle(text, {
			quotes: [{id: 'q1', ...rangeOf(text, 'très bien'), speaker: null, cue: null, kind: 'partial'}],
			entities: [{id: 'zurich', name: 'Zürich', type: 'place', aliases: [], mentions: [rangeOf(text, 'Zürich')]}],
		});
		terminal = await openTerminal(<App article={article} searcher={createSearcher(article)} />, 80, 24);
		const screen = terminal.screen();
		const stringWidth = (await import('string-width')).default;
		expect(screen.every(row => stringWidth(row) <= 80)).toBe(true);
		const borders = screen.slice(0, 22).map(row => {
			const index = row.indexOf('│');
			return index < 0 ? -1 : stringWidth(row.slice(0, index));
		});
		expect(new Set(borders.filter(column => column >= 0)).size).toBe(1);
		expect(screen.join('\n')).toContain('東京都の知事');
	});
});
