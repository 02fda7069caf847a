import {describe, expect, it} from 'vitest';
import {bindings, commandFor} from '../../source/reader/keys.js';
import {helpRows} from '../../source/reader/help.js';
import {entityList} from '../../source/reader/lists.js';
import {articleView, initialState, listedQuotes, percentRead, reduce, visiblePanes, type Action, type ReaderState} from '../../source/reader/state.js';
import {createSearcher} from '../../source/search/search.js';
import {bundled} from '../helpers.js';

const start = (columns = 80, rows = 24) => initialState(bundled, columns, rows);
const key = (name: string, text = ''): Action => ({type: 'key', key: name, text});
const press = (state: ReaderState, ...names: string[]) => names.reduce((current, name) => reduce(current, key(name, name.length === 1 ? name : '')), state);
const searcher = createSearcher(bundled);
const typeQuery = (state: ReaderState, query: string) => {
	let current = press(state, '/');
	for (const character of query) current = reduce(current, key(character, character));
	return reduce(current, {type: 'results', query: current.query, hits: searcher.search(current.query)});
};

describe('reader state', () => {
	it('starts on the article, at the top', () => {
		const state = start();
		expect(state.focus).toBe('article');
		expect(state.articleTop).toBe(0);
	});

	it('cycles focus with Tab and Shift-Tab', () => {
		let state = start();
		state = press(state, 'tab');
		expect(state.focus).toBe('quotes');
		state = press(state, 'tab');
		expect(state.focus).toBe('entities');
		state = press(state, 'tab');
		expect(state.focus).toBe('article');
		state = press(state, 'shift+tab');
		expect(state.focus).toBe('entities');
	});

	it('scrolls the article by line and page, and stops at both ends', () => {
		let state = start();
		state = press(state, 'j', 'j');
		expect(state.articleTop).toBe(2);
		state = press(state, 'k', 'k', 'k');
		expect(state.articleTop).toBe(0);
		state = press(state, 'space');
		expect(state.articleTop).toBe(articleView(state).height - 1);
		state = press(state, 'G');
		expect(state.articleTop).toBe(articleView(state).maxTop);
		expect(percentRead(state)).toBe(100);
		state = press(state, 'j');
		expect(state.articleTop).toBe(articleView(state).maxTop);
		state = press(state, 'g');
		expect(state.articleTop).toBe(0);
	});

	it('moves the selection in a list and keeps it on screen', () => {
		let state = press(start(), 'tab');
		state = press(state, 'j', 'j', 'down');
		expect(state.selected.quotes).toBe(3);
		state = press(state, 'G');
		expect(state.selected.quotes).toBe(bundled.quotes.length - 1);
		expect(state.listTop.quotes).toBeGreaterThan(0);
		state = press(state, 'g');
		expect(state.listTop.quotes).toBe(0);
	});

	it('jumps from a quote to its place in the article and lights it up', () => {
		let state = press(start(), 'tab', 'G', 'return');
		const quote = bundled.quotes.at(-1)!;
		expect(state.focus).toBe('article');
		expect(state.highlight).toEqual({segment: quote.segment, start: quote.start, end: quote.end});
		const {wrapped, height} = articleView(state);
		const line = wrapped.lineOf(quote.segment, quote.start);
		expect(line).toBeGreaterThanOrEqual(state.articleTop);
		expect(line).toBeLessThan(state.articleTop + height);
	});

	it('searches as you type, and Enter jumps to the first result', () => {
		let state = typeQuery(start(), 'reasurance');
		expect(state.editing).toBe(true);
		expect(state.query).toBe('reasurance');
		expect(state.results.length).toBeGreaterThan(0);
		state = press(state, 'return');
		const first = state.results[0]!;
		expect(first.kind).toBe('quote');
		expect(state.editing).toBe(false);
		expect(state.focus).toBe('article');
		expect(state.highlight?.start).toBe(first.kind === 'quote' ? first.quote.start : -1);
	});

	it('types q and other command keys into the search instead of running them', () => {
		const state = typeQuery(start(), 'q?jn');
		expect(state.quitting).toBe(false);
		expect(state.help).toBe(false);
		expect(state.query).toBe('q?jn');
		expect(press(state, 'backspace').query).toBe('q?j');
	});

	it('ignores results that answer an older query', () => {
		let state = typeQuery(start(), 'putin');
		const stale = searcher.search('pu');
		state = reduce(state, {type: 'results', query: 'pu', hits: stale});
		expect(state.results).toEqual(searcher.search('putin'));
	});

	it('walks the mentions of the selected entity with n and N', () => {
		let state = press(start(), 'tab', 'tab');
		const putin = entityList(bundled).entities[0]!;
		expect(putin.name).toBe('Vladimir Putin');
		state = press(state, 'return');
		expect(state.highlight).toMatchObject({segment: putin.mentions[0]!.segment, start: putin.mentions[0]!.start});
		state = press(state, 'n');
		expect(state.highlight).toMatchObject({segment: putin.mentions[1]!.segment, start: putin.mentions[1]!.start});
		expect(state.notice).toContain('mention 2 of');
		state = press(state, 'N', 'N');
		const last = putin.mentions.at(-1)!;
		expect(state.highlight).toMatchObject({segment: last.segment, start: last.start});
	});

	it('walks search results with n and N', () => {
		let state = press(typeQuery(start(), 'putin'), 'return');
		const second = state.results[1]!;
		state = press(state, 'n');
		expect(state.selected.results).toBe(1);
		expect(state.highlight?.segment).toBe(second.kind === 'quote' ? second.quote.segment : second.entity.mentions[0]!.segment);
		state = press(state, 'N', 'N');
		expect(state.selected.results).toBe(state.results.length - 1);
	});

	it('backs out one step at a time with Esc', () => {
		let state = press(typeQuery(start(), 'putin'), 'return');
		expect(visiblePanes(state)).toContain('results');
		state = press(state, 'escape');
		expect(state.query).toBe('');
		expect(state.highlight).not.toBeNull();
		state = press(state, 'escape');
		expect(state.highlight).toBeNull();
	});

	it('shows help and scrolls it, and Esc or ? closes it', () => {
		let state = press(start(40, 12), '?');
		expect(state.help).toBe(true);
		state = press(state, 'j');
		expect(state.helpTop).toBe(1);
		expect(state.articleTop).toBe(0);
		expect(press(state, '?').help).toBe(false);
		expect(press(state, 'escape').help).toBe(false);
	});

	it('quits with q and Ctrl-C, even while typing a search', () => {
		expect(press(start(), 'q').quitting).toBe(true);
		expect(press(typeQuery(start(), 'a'), 'ctrl+c').quitting).toBe(true);
	});

	it('keeps its place on resize and never scrolls past the end', () => {
		let state = press(start(), 'G');
		state = reduce(state, {type: 'resize', columns: 200, rows: 60});
		expect(state.articleTop).toBe(articleView(state).maxTop);
		state = reduce(state, {type: 'resize', columns: 30, rows: 8});
		expect(state.columns).toBe(30);
	});

	it('zooms the focused pane and back', () => {
		const state = press(start(), 'z');
		expect(state.zoomed).toBe(true);
		expect(press(state, 'z').zoomed).toBe(false);
		expect(press(state, 'escape').zoomed).toBe(false);
	});
});

describe('key table', () => {
	it('gives every key one command per mode', () => {
		for (const mode of ['browse', 'edit'] as const) {
			const seen = new Map<string, string>();
			for (const binding of bindings.filter(candidate => candidate.modes.includes(mode))) {
				for (const name of binding.keys) {
					expect(seen.get(name) ?? binding.command, `${name} in ${mode}`).toBe(binding.command);
					seen.set(name, binding.command);
				}
			}
		}
	});

	it('lets printable keys type while searching', () => {
		expect(commandFor('q', 'browse')).toBe('quit');
		expect(commandFor('q', 'edit')).toBeUndefined();
		expect(commandFor('j', 'edit')).toBeUndefined();
	});

	it('feeds the help screen', () => {
		const labels = helpRows().flatMap(row => (row.kind === 'key' ? [row.label] : []));
		for (const binding of bindings) expect(labels).toContain(binding.label);
	});
});

describe('reader state with a library', () => {
	const other = {...bundled, meta: {...bundled.meta, id: 'other-article', title: 'Another article'}};
	const library = [
		{id: bundled.meta.id, title: bundled.meta.title, quotes: bundled.quotes.length},
		{id: 'other-article', title: 'Another article', quotes: bundled.quotes.length},
		{id: 'broken', title: 'broken', quotes: 0, error: 'broken.json: not valid JSON'},
	];
	const withLibrary = () => initialState(bundled, 80, 24, {library});

	it('adds the library to the panes Tab moves through, and L goes straight to it', () => {
		expect(visiblePanes(withLibrary())).toEqual(['article', 'quotes', 'entities', 'library']);
		expect(press(withLibrary(), 'L').focus).toBe('library');
		expect(press(start(), 'L').notice).toContain('No library');
	});

	it('asks for the article chosen with Enter, opens it, and Esc goes back to where the reader was', () => {
		let state = press(withLibrary(), 'j', 'j', 'j', 'L', 'j', 'return');
		expect(state.openRequest).toEqual({articleId: 'other-article', target: null, top: null, back: false});
		state = reduce(state, {type: 'opened', article: other, request: state.openRequest!, marks: ['q2']});
		expect(state.article.meta.id).toBe('other-article');
		expect(state.focus).toBe('article');
		expect(state.articleTop).toBe(0);
		expect(state.marks).toEqual(['q2']);
		state = press(state, 'escape');
		expect(state.openRequest).toEqual({articleId: bundled.meta.id, target: null, top: 3, back: true});
		state = reduce(state, {type: 'opened', article: bundled, request: state.openRequest!, marks: []});
		expect(state.article.meta.id).toBe(bundled.meta.id);
		expect(state.articleTop).toBe(3);
		expect(state.history).toEqual([]);
	});

	it('says why an article that failed to load cannot be opened', () => {
		const state = press(withLibrary(), 'L', 'G', 'return');
		expect(state.openRequest).toBeNull();
		expect(state.notice).toContain('not valid JSON');
	});

	it('opens a search result from another article at the match', () => {
		let state = press(withLibrary(), '/', 'x');
		const quote = other.quotes[4]!;
		const hit = {kind: 'quote' as const, score: 0.1, quote, speaker: 'Emmanuel Macron', matches: [], articleId: 'other-article', articleTitle: 'Another article'};
		state = reduce(state, {type: 'results', query: 'x', hits: [hit]});
		state = press(state, 'return');
		expect(state.openRequest).toMatchObject({articleId: 'other-article', target: {segment: quote.segment, start: quote.start, end: quote.end}});
		state = reduce(state, {type: 'opened', article: other, request: state.openRequest!, marks: []});
		expect(state.highlight).toEqual({segment: quote.segment, start: quote.start, end: quote.end});
	});

	it('marks quotes with m and lists only the marked ones with \'', () => {
		let state = press(withLibrary(), 'tab', 'j', 'm');
		expect(state.marks).toEqual([bundled.quotes[1]!.id]);
		state = press(state, 'j', 'j', 'm', "'");
		expect(state.marksOnly).toBe(true);
		expect(listedQuotes(state).map(quote => quote.id)).toEqual([bundled.quotes[1]!.id, bundled.quotes[3]!.id]);
		state = press(state, 'return');
		expect(state.highlight?.start).toBe(bundled.quotes[1]!.start);
		state = press(state, 'tab', 'm');
		expect(state.marks).toEqual([bundled.quotes[3]!.id]);
		expect(press(state, 'escape').marksOnly).toBe(false);
	});
});
