import type {Article} from '../article/schema.js';
import {createSearcher, type MatchedField, type SearchHit} from '../search/search.js';
import {jsonOut, linesOut, oneLine, type TextOptions} from './output.js';
import {entityRecord, namesById, quoteRecord, type EntityRecord, type QuoteRecord} from './records.js';
import {quoteLine} from './quotes.js';

export const defaultSearchLimit = 20;

export type SearchOptions = TextOptions & {
	json: boolean;
	/** At most this many hits, best first; a whole number of at least 1. */
	limit?: number;
};

/*
 * A quote's own `kind` (statement or partial) would collide with the hit's
 * kind, so in search output it is `quoteKind`; every other field is as the
 * quotes command prints it.
 */
export type QuoteHitRecord = {kind: 'quote'; score: number; quoteKind: QuoteRecord['kind']} & Omit<QuoteRecord, 'kind'> & {matches: MatchedField[]};
export type EntityHitRecord = {kind: 'entity'; score: number} & EntityRecord & {matches: MatchedField[]};
export type SearchHitRecord = QuoteHitRecord | EntityHitRecord;

export type SearchOutcome = {
	/** What to print on standard output: nothing at all when text found nothing. */
	output: string;
	/** How many hits there were; 0 means the command should report "no matches" and fail, as grep does. */
	found: number;
};

/** Why a --limit value cannot be used, or undefined when it can. */
export function limitProblem(limit: number): string | undefined {
	return Number.isInteger(limit) && limit >= 1 ? undefined : `--limit must be a whole number of at least 1, not ${limit}`;
}

/** Ranked fuzzy matches over quotes and entities, and how many there were. */
export function searchOutcome(article: Article, query: string, options: SearchOptions): SearchOutcome {
	const limit = options.limit ?? defaultSearchLimit;
	const problem = limitProblem(limit);
	if (problem !== undefined) throw new RangeError(problem);
	const hits = createSearcher(article).search(query, limit);
	const names = namesById(article);
	const output = options.json
		? jsonOut(hits.map(hit => hitRecord(hit, names)), options)
		: linesOut(hitLines(hits, names), options);
	return {output, found: hits.length};
}

/** The output of searchOutcome alone; use searchOutcome to learn whether anything matched. */
export function searchCommand(article: Article, query: string, options: SearchOptions): string {
	return searchOutcome(article, query, options).output;
}

/** True when the output of a search means nothing matched (text prints nothing, JSON an empty array). */
export function foundNothing(outcome: SearchOutcome): boolean {
	return outcome.found === 0;
}

export function hitRecord(hit: SearchHit, names: ReadonlyMap<string, string>): SearchHitRecord {
	if (hit.kind === 'quote') {
		const {kind: quoteKind, ...quote} = quoteRecord(hit.quote, names);
		return {kind: 'quote', score: hit.score, ...quote, quoteKind, matches: hit.matches};
	}

	return {kind: 'entity', score: hit.score, ...entityRecord(hit.entity), matches: hit.matches};
}

function hitLines(hits: readonly SearchHit[], names: ReadonlyMap<string, string>): string[] {
	const rankWidth = String(hits.length).length;
	return hits.map((hit, index) => {
		const rank = `${String(index + 1).padStart(rankWidth)}.`;
		const what = hit.kind === 'quote' ? quoteLine(hit.quote, names) : entitySummary(hit);
		// Lower is better: 0 is an exact match.
		return `${rank} ${hit.kind.padEnd(6)} ${hit.score.toFixed(3)}  ${what}`;
	});
}

function entitySummary(hit: Extract<SearchHit, {kind: 'entity'}>): string {
	const {name, type, role} = hit.entity;
	return oneLine(role === undefined ? `${name} (${type})` : `${name} (${type}, ${role})`);
}
