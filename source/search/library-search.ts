import {FORMAT_NAME, FORMAT_VERSION, type Article, type Entity, type Quote} from '../article/schema.js';
import {articleRevision} from '../library/content-hash.js';
import {Prefilter, type Candidate} from './prefilter.js';
import {createSearcher, type SearchHit} from './search.js';

/** A hit from any article of the library: which article it comes from travels with it. */
export type LibraryHit = SearchHit & {articleId: string; articleTitle: string};

export type LibrarySearcher = {
	search(query: string, limit?: number): LibraryHit[];
	readonly documentCount: number;
};

/** How many index candidates Fuse ranks: enough for typo queries to survive, few enough to stay fast. */
export const SHORTLIST_SIZE = 100;

/** Search over several articles: the index shortlists, Fuse ranks and highlights as it does for one article. */
export function createLibrarySearcher(articles: readonly Article[]): LibrarySearcher {
	const prefilter = Prefilter.empty();
	for (const article of articles) prefilter.addArticle(article, articleRevision(article));
	return searcherOver(prefilter);
}

export function searcherOver(prefilter: Prefilter, shortlistSize = SHORTLIST_SIZE): LibrarySearcher {
	return {
		get documentCount() {
			return prefilter.documentCount;
		},
		search(query, limit = 50) {
			const trimmed = query.trim();
			if (trimmed === '') return [];
			return rank(trimmed, prefilter.shortlist(trimmed, shortlistSize), limit);
		},
	};
}

/**
 * Ranks candidates with the single-article searcher so scores and highlights are exactly the
 * ones a reader sees inside an article. The candidates come from many articles whose quote and
 * entity ids overlap, so each goes in under a fresh id and is mapped back afterwards.
 */
function rank(query: string, candidates: readonly Candidate[], limit: number): LibraryHit[] {
	if (candidates.length === 0) return [];
	const origin = new Map<Quote | Entity, {candidate: Candidate; order: number}>();
	const quotes: Quote[] = [];
	const entities: Entity[] = [];
	const speakers: Entity[] = [];
	for (const [order, candidate] of candidates.entries()) {
		if (candidate.kind === 'quote') {
			const speakerId = candidate.speaker === null ? null : `s${order}`;
			if (speakerId !== null) speakers.push({id: speakerId, name: candidate.speaker!, type: 'person', aliases: [], mentions: []});
			const quote: Quote = {...candidate.quote, id: `q${order}`, speaker: speakerId};
			delete quote.continues;
			quotes.push(quote);
			origin.set(quote, {candidate, order});
		} else {
			const entity: Entity = {...candidate.entity, id: `e${order}`};
			entities.push(entity);
			origin.set(entity, {candidate, order});
		}
	}

	const shortlist: Article = {
		format: FORMAT_NAME,
		version: FORMAT_VERSION,
		meta: {id: 'shortlist', title: 'shortlist', titleOrigin: 'pullquote'},
		segments: [],
		quotes,
		entities: [...entities, ...speakers],
	};
	const ranked: Array<{hit: LibraryHit; order: number; weight: number}> = [];
	for (const hit of createSearcher(shortlist).search(query, candidates.length + speakers.length)) {
		const found = origin.get(hit.kind === 'quote' ? hit.quote : hit.entity);
		// Speakers are in the shortlist only to name who said a quote.
		if (found === undefined) continue;
		const {candidate, order} = found;
		const base = {articleId: candidate.articleId, articleTitle: candidate.articleTitle};
		if (hit.kind === 'quote' && candidate.kind === 'quote') {
			ranked.push({hit: {...hit, ...base, quote: candidate.quote}, order, weight: (candidate.speaker === null ? 2 : 0) + (candidate.quote.kind === 'partial' ? 1 : 0)});
		} else if (hit.kind === 'entity' && candidate.kind === 'entity') {
			ranked.push({hit: {...hit, ...base, entity: candidate.entity}, order, weight: 0});
		}
	}

	// Fuse often scores typo matches alike. Then, as in one article, an attributed statement comes
	// before a scare quote or a fragment; after that the index's order (rarer words and closer
	// spellings weigh more) tells them apart.
	ranked.sort((a, b) => a.hit.score - b.hit.score || a.weight - b.weight || a.order - b.order);
	return ranked.slice(0, limit).map(({hit}) => hit);
}
