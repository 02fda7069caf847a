import Fuse, {type FuseResultMatch, type IFuseOptions} from 'fuse.js';
import type {Article, Entity, Quote} from '../article/schema.js';
import {normalizeForSearch} from '../terminal/sanitize.js';

/** Character ranges [start, end) inside a field's value that matched the query. */
export type MatchedField = {field: SearchField; value: string; ranges: Array<[number, number]>};
export type SearchField = 'text' | 'speaker' | 'name' | 'aliases' | 'role';

export type QuoteHit = {kind: 'quote'; score: number; quote: Quote; speaker: string | null; matches: MatchedField[]};
export type EntityHit = {kind: 'entity'; score: number; entity: Entity; matches: MatchedField[]};
export type SearchHit = QuoteHit | EntityHit;

type Document =
	| {kind: 'quote'; quote: Quote; text: string; speaker: string}
	| {kind: 'entity'; entity: Entity; name: string; aliases: string[]; role: string};

const options: IFuseOptions<Document> = {
	keys: [
		{name: 'text', weight: 3},
		{name: 'name', weight: 3},
		{name: 'aliases', weight: 2},
		{name: 'speaker', weight: 1},
		{name: 'role', weight: 1},
	],
	includeScore: true,
	includeMatches: true,
	// Quote text is long: by default Fuse stops looking about 60 characters into a field.
	ignoreLocation: true,
	threshold: 0.34,
	minMatchCharLength: 2,
	// A word found in a long quote is as good a match as the same word standing alone.
	ignoreFieldNorm: true,
	ignoreDiacritics: true,
	// Matching sees text as normalised for search ("don't" finds "don’t", ligatures and full-width forms
	// match plain letters). Where that changes a value's length the match still counts, but its
	// highlight ranges would point at the wrong characters, so such values are compared as they are.
	getFn: (document, path) => {
		const value = Fuse.config.getFn(document, path);
		const normalise = (text: string) => {
			const normalised = normalizeForSearch(text);
			return normalised.length === text.length ? normalised : text;
		};

		if (typeof value === 'string') return normalise(value);
		// Fuse hands arrays over as {v: value, i: index} records.
		if (Array.isArray(value)) {
			return value.map(item => (typeof item === 'string' ? normalise(item) : {...item, v: normalise(String(item.v))}));
		}

		return value;
	},
};

export type Searcher = {search(query: string, limit?: number): SearchHit[]};

/** Fuzzy search over an article's quotes (text, speaker) and entities (name, aliases, role). */
export function createSearcher(article: Article): Searcher {
	const names = new Map(article.entities.map(entity => [entity.id, entity.name]));
	const documents: Document[] = [
		...article.quotes.map(quote => ({
			kind: 'quote' as const,
			quote,
			text: quote.text,
			speaker: quote.speaker === null ? '' : (names.get(quote.speaker) ?? ''),
		})),
		...article.entities.map(entity => ({
			kind: 'entity' as const,
			entity,
			name: entity.name,
			aliases: entity.aliases,
			role: entity.role ?? '',
		})),
	];
	// Equal scores are common with typo queries: prefer attributed, whole statements, then reading order.
	const weight = (document: Document | undefined) =>
		document?.kind === 'quote' ? (document.speaker === '' ? 2 : 0) + (document.quote.kind === 'partial' ? 1 : 0) : 0;
	const fuse = new Fuse(documents, {
		...options,
		sortFn: (a, b) => a.score - b.score || weight(documents[a.idx]) - weight(documents[b.idx]) || a.idx - b.idx,
	});

	return {
		search(query, limit = 50) {
			const trimmed = normalizeForSearch(query).trim();
			if (trimmed === '') return [];
			return fuse.search(trimmed, {limit}).map(({item, score, matches}): SearchHit => {
				const matched = toMatchedFields(item, matches ?? []);
				return item.kind === 'quote'
					? {kind: 'quote', score: score ?? 1, quote: item.quote, speaker: item.speaker === '' ? null : item.speaker, matches: matched}
					: {kind: 'entity', score: score ?? 1, entity: item.entity, matches: matched};
			});
		},
	};
}

/** Fuse reports matches on the text as normalised for search; they are given back on the text as printed. */
function toMatchedFields(document: Document, matches: readonly FuseResultMatch[]): MatchedField[] {
	return matches.flatMap(match => {
		const field = match.key as SearchField | undefined;
		const value = field === undefined ? undefined : originalValue(document, field, match.refIndex);
		if (field === undefined || value === undefined) return [];
		const ranges = match.indices.map(([start, end]): [number, number] => [start, end + 1]);
		return [{field, value, ranges}];
	});
}

function originalValue(document: Document, field: SearchField, index: number | undefined): string | undefined {
	if (document.kind === 'quote') return field === 'text' ? document.text : field === 'speaker' ? document.speaker : undefined;
	if (field === 'aliases') return index === undefined ? undefined : document.aliases[index];
	return field === 'name' ? document.name : field === 'role' ? document.role : undefined;
}

