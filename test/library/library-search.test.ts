import {expect, test} from 'vitest';
import {createLibrarySearcher, type LibraryHit} from '../../source/search/library-search.js';
import {bundled} from '../helpers.js';
import {harbor, observatory, orchard} from './fixtures.js';

const searcher = createLibrarySearcher([bundled, harbor, orchard, observatory]);

const describeHit = (hit: LibraryHit) => (hit.kind === 'quote' ? hit.quote.text : hit.entity.name);

function top(query: string, count = 5): LibraryHit[] {
	return searcher.search(query, count);
}

test.each([
	['reasurance', bundled.meta.id, 'reassurance'],
	['legitmate', bundled.meta.id, 'legitimate'],
	['zelensky', bundled.meta.id, 'Volodymyr Zelenskyy'],
	['vladivostock', bundled.meta.id, 'Vladivostok'],
	['quenneville', harbor.meta.id, 'Marisol Quenneville'],
	['brekwater', harbor.meta.id, 'Nobody asked the fishermen whether they wanted the breakwater moved'],
	['vasquez lindqvst', orchard.meta.id, 'Henrietta Vasquez-Lindqvist'],
	['smudge ptos', orchard.meta.id, 'Smudge pots and wind machines bought growers perhaps two degrees of reassurance'],
	['mothbaled', observatory.meta.id, 'A telescope that legitimately sees farther than any other should not be mothballed'],
])('the typo query %j finds its target in %s', (query, articleId, expected) => {
	const hits = top(query);
	const found = hits.find(hit => describeHit(hit) === expected && hit.articleId === articleId);
	expect(found, `${query}: ${hits.map(describeHit).join(' | ')}`).toBeDefined();
});

test('hits carry the id and title of their article', () => {
	const hits = searcher.search('reassurance', 10);
	const articles = new Set(hits.map(hit => `${hit.articleId}: ${hit.articleTitle}`));
	expect(articles).toEqual(new Set([`${bundled.meta.id}: ${bundled.meta.title}`, `${orchard.meta.id}: ${orchard.meta.title}`]));
});

test('the same place in two articles is found in both, each with its own article', () => {
	const hits = searcher.search('vladivostok', 10).filter(hit => hit.kind === 'entity');
	expect(hits.map(hit => hit.articleId).sort()).toEqual([bundled.meta.id, observatory.meta.id].sort());
});

test('quote hits name their speaker and highlight what matched', () => {
	const hit = top('brekwater').find(candidate => candidate.kind === 'quote');
	expect(hit?.kind === 'quote' && hit.speaker).toBe('Tobias Arkwright');
	const text = hit!.matches.find(match => match.field === 'text');
	expect(text?.ranges.length).toBeGreaterThan(0);
	const [start, end] = text!.ranges[0]!;
	expect(text!.value.slice(start, end).toLowerCase()).toContain('breakwater'.slice(0, 6));
});

test('quote objects are the article\'s own, ids and all', () => {
	const hit = top('mothbaled').find(candidate => candidate.kind === 'quote');
	expect(hit?.kind === 'quote' && hit.quote).toEqual(observatory.quotes[0]);
});

test('three letters look for names; empty, one- and two-letter queries find nothing', () => {
	expect(searcher.search('', 5)).toEqual([]);
	expect(searcher.search('   ', 5)).toEqual([]);
	expect(searcher.search('q', 5)).toEqual([]);
	expect(searcher.search('qu', 5)).toEqual([]);
	expect(top('que').map(describeHit)).toContain('Marisol Quenneville');
});
