import {describe, expect, it} from 'vitest';
import {rangesFor} from '../../source/search/ranges.js';
import {createSearcher} from '../../source/search/search.js';
import {bundled, oneParagraphArticle, rangeOf} from '../helpers.js';

const searcher = createSearcher(bundled);
const top = (query: string, count = 3) => searcher.search(query).slice(0, count);

describe('search over the bundled article', () => {
	it('forgives typos in quotes', () => {
		const reassurance = top('reasurance');
		expect(reassurance.some(hit => hit.kind === 'quote' && hit.speaker === 'Emmanuel Macron' && hit.quote.text.includes('reassurance force'))).toBe(true);
		const legitimate = top('legitmate');
		expect(legitimate[0]).toMatchObject({kind: 'quote', speaker: 'Vladimir Putin'});
	});

	it('forgives typos in names', () => {
		expect(top('zelensky')[0]).toMatchObject({kind: 'entity', entity: {name: 'Volodymyr Zelenskyy'}});
		expect(top('vladivostock')[0]).toMatchObject({kind: 'entity', entity: {name: 'Vladivostok'}});
		expect(top('macronn')[0]).toMatchObject({kind: 'entity', entity: {name: 'Emmanuel Macron'}});
	});

	it('finds an entity by alias and role', () => {
		expect(top('U.K.')[0]).toMatchObject({kind: 'entity', entity: {name: 'Britain'}});
		expect(top('German Chancellor')[0]).toMatchObject({kind: 'entity', entity: {name: 'Friedrich Merz'}});
	});

	it('finds every quote of a speaker by name', () => {
		const putinQuotes = searcher.search('Putin').filter(hit => hit.kind === 'quote');
		const expected = bundled.quotes.filter(quote => quote.speaker === 'vladimir-putin').length;
		expect(putinQuotes.filter(hit => hit.kind === 'quote' && hit.speaker === 'Vladimir Putin')).toHaveLength(expected);
	});

	it('ranks better matches first and marks the matched characters', () => {
		const hits = searcher.search('root causes');
		expect(hits[0]).toMatchObject({kind: 'quote', quote: {text: 'root causes'}});
		expect(hits.map(hit => hit.score)).toEqual([...hits.map(hit => hit.score)].sort((a, b) => a - b));
		const [hit] = hits;
		expect(rangesFor(hit!, 'text', 'root causes')).toContainEqual([0, 11]);
		// Matching compares text folded to lower case; the marked characters are those of the text as printed.
		const [macron] = searcher.search('reasurance');
		const text = macron?.kind === 'quote' ? macron.quote.text : '';
		const ranges = rangesFor(macron!, 'text', text);
		expect(ranges.length).toBeGreaterThan(0);
		expect(ranges.map(([start, end]) => text.slice(start, end)).join(' ')).toMatch(/reassurance/i);
		const [merz] = searcher.search('Chancelor');
		expect(merz).toMatchObject({kind: 'entity', entity: {name: 'Friedrich Merz'}});
		expect(rangesFor(merz!, 'role', 'German Chancellor').length).toBeGreaterThan(0);
	});

	it('finds nothing for an empty query or nonsense', () => {
		expect(searcher.search('   ')).toEqual([]);
		expect(searcher.search('xqzjvwk')).toEqual([]);
	});
});

describe('search through what loading removed', () => {
	it('finds a word that had a zero-width space inside it', () => {
		const text = 'The harb\u200Bour will reopen, said Ana Ruiz.';
		const article = oneParagraphArticle(text, {
			entities: [{id: 'harbour', name: 'harb\u200Bour works', type: 'place', aliases: [], mentions: [rangeOf(text, 'harb\u200Bour')]}],
		});
		const [hit] = createSearcher(article).search('harbour');
		expect(hit).toMatchObject({kind: 'entity', entity: {name: 'harbour works', mentions: [{text: 'harbour', start: 4, end: 11}]}});
	});

	it('finds typographic apostrophes by plain ones', () => {
		expect(createSearcher(bundled).search('Ukraine\'s President')[0]).toMatchObject({kind: 'entity', entity: {name: 'Volodymyr Zelenskyy'}});
	});
});
