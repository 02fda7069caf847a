import MiniSearch, {type AsPlainObject, type Options, type SearchOptions} from 'minisearch';
import type {Article, Entity, Quote} from '../article/schema.js';

/*
 * A word index over the quotes and entities of every article, used to shortlist the few
 * dozen documents worth showing to Fuse. Fuse reads every character of every document on
 * every query; the index looks up words, so its cost grows with the vocabulary, not the library.
 */

/** One quote or entity found by the index, with everything needed to rank and show it. */
export type Candidate =
	| {kind: 'quote'; articleId: string; articleTitle: string; quote: Quote; speaker: string | null}
	| {kind: 'entity'; articleId: string; articleTitle: string; entity: Entity};

/**
 * What the index holds per article. Its documents have the numbers first to first + count - 1,
 * quotes then entities; the quotes and entities themselves are kept as one JSON string, a
 * fraction of the memory of the objects, and parsed only when one of them is shortlisted.
 */
export type IndexedArticle = {title: string; revision: string; first: number; count: number; data: string};

type Stored = {quotes: Quote[]; entities: Entity[]; speakers: Array<string | null>};

type IndexDocument = {id: number; text?: string; speaker?: string; name?: string; aliases?: string; role?: string};

// Words so common that they would put most documents on every shortlist without telling any apart.
const stopWords = new Set(
	'a an and are as at be but by for from had has have he her his i in is it its of on or our she so that the their them they this to was we were which who will with would you'.split(
		' ',
	),
);

function processTerm(term: string): string | null {
	const folded = term.normalize('NFKD').replace(/[\u0300-\u036F]/g, '').toLowerCase();
	return folded === '' || stopWords.has(folded) ? null : folded;
}

const searchOptions: SearchOptions = {
	combineWith: 'OR',
	// Entity names are what people most often type; quotes are long and match many words.
	boost: {name: 3, aliases: 2.5, speaker: 1.5, role: 1.2, text: 1},
	// The word being typed is incomplete, so it is looked up as a prefix once it has four letters:
	// shorter prefixes ("re", "con") reach thousands of words and cost more than they tell.
	// Earlier words are complete unless they are long enough to be a prefix worth extending.
	prefix: (term, index, terms) => (index === terms.length - 1 ? term.length >= 4 : term.length >= 5),
	// One edit from four letters on; a typo in a shorter word reaches too many other words to tell anything apart.
	fuzzy: term => (term.length >= 4 ? 1 : false),
};

/**
 * Swapped letters are two edits to Levenshtein, so words of six letters or more are looked up
 * again with two edits, but only to fill the shortlist after the closer matches: the index
 * scores a word two edits away almost as high as one a single edit away, and there are many
 * more of them.
 */
const widerOptions: SearchOptions = {fuzzy: term => (term.length >= 6 ? 2 : term.length >= 4 ? 1 : false)};

/**
 * A query of three letters is not worth a search of every quote: thousands of words start with
 * "con". Until a fourth letter arrives only entity names are searched, which is what a short
 * query usually is the start of. One or two letters find nothing.
 */
const shortQueryOptions: SearchOptions = {...searchOptions, fields: ['name', 'aliases'], prefix: true, fuzzy: false};
const SHORT_QUERY = 4;
const SHORTEST_QUERY = 3;

const indexOptions: Options<IndexDocument> = {
	fields: ['text', 'speaker', 'name', 'aliases', 'role'],
	processTerm,
	searchOptions,
	// Vacuuming in batches with a delay would keep a worker or the event loop busy after the fact; one pass is cheap enough.
	autoVacuum: {batchSize: 100_000, batchWait: 0, minDirtCount: 200, minDirtFactor: 0.2},
};

/** The query's words of six letters or more, as the index sees them. */
function longTerms(query: string): string[] {
	return (query.match(/[\p{L}\p{N}]+/gu) ?? []).flatMap(word => processTerm(word) ?? []).filter(term => term.length >= 6);
}

export type PrefilterJSON = {articles: Record<string, IndexedArticle>; nextDocument: number; index: AsPlainObject};

/** Parsed articles kept for the next keystrokes, which mostly shortlist the same ones. */
const PARSED_CACHE = 256;

export class Prefilter {
	static empty(): Prefilter {
		return new Prefilter(new MiniSearch<IndexDocument>(indexOptions), new Map(), 0);
	}

	static fromJSON(json: PrefilterJSON): Prefilter {
		return new Prefilter(MiniSearch.loadJS<IndexDocument>(json.index, indexOptions), new Map(Object.entries(json.articles)), json.nextDocument);
	}

	/** Article ids by their first document number, ascending, to find a document's article. */
	private starts: Array<{first: number; id: string}> | undefined;
	private readonly parsed = new Map<string, Stored>();

	private constructor(
		private readonly index: MiniSearch<IndexDocument>,
		private readonly indexed: Map<string, IndexedArticle>,
		private nextDocument: number,
	) {}

	get documentCount(): number {
		return this.index.documentCount;
	}

	/** The articles indexed, by id. */
	get articles(): ReadonlyMap<string, IndexedArticle> {
		return this.indexed;
	}

	/** Adds an article, replacing any earlier version with the same id. */
	addArticle(article: Article, revision: string): void {
		this.removeArticle(article.meta.id);
		const first = this.nextDocument;
		const names = new Map(article.entities.map(entity => [entity.id, entity.name]));
		const speakers = article.quotes.map(quote => (quote.speaker === null ? null : (names.get(quote.speaker) ?? null)));
		const documents: IndexDocument[] = [
			...article.quotes.map((quote, index): IndexDocument => ({id: first + index, text: quote.text, speaker: speakers[index] ?? ''})),
			...article.entities.map(
				(entity, index): IndexDocument => ({id: first + article.quotes.length + index, name: entity.name, aliases: entity.aliases.join(' '), role: entity.role ?? ''}),
			),
		];
		this.index.addAll(documents);
		this.nextDocument += documents.length;
		const stored: Stored = {quotes: article.quotes, entities: article.entities, speakers};
		this.indexed.set(article.meta.id, {title: article.meta.title, revision, first, count: documents.length, data: JSON.stringify(stored)});
		this.starts = undefined;
	}

	removeArticle(articleId: string): void {
		const known = this.indexed.get(articleId);
		if (known === undefined) return;
		// discard() leaves the postings to be swept later instead of rewriting them now.
		for (let id = known.first; id < known.first + known.count; id++) this.index.discard(id);
		this.indexed.delete(articleId);
		this.parsed.delete(articleId);
		this.starts = undefined;
	}

	/** The best `size` quotes and entities for the query, best first. */
	shortlist(query: string, size: number): Candidate[] {
		const letters = query.replace(/\s+/g, '').length;
		if (letters < SHORTEST_QUERY) return [];
		if (letters < SHORT_QUERY) return this.toCandidates(this.index.search(query, shortQueryOptions).slice(0, size));
		const close = this.index.search(query);
		const matched = new Set(close.flatMap(result => result.queryTerms));
		const long = longTerms(query);
		const missing = long.some(term => !matched.has(term));
		if (!missing && close.length >= size) return this.toCandidates(close.slice(0, size));
		// A long word that matched nothing within one edit is probably the misspelled one: what two
		// edits find for it comes first. Otherwise two edits only fill what one left empty.
		const wide = this.index.search(query, widerOptions);
		const ordered = missing ? [...wide, ...close] : [...close, ...wide];
		const seen = new Set<number>();
		const chosen = ordered.filter(result => {
			if (seen.has(result.id as number)) return false;
			seen.add(result.id as number);
			return true;
		});
		return this.toCandidates(chosen.slice(0, size));
	}

	private toCandidates(results: ReadonlyArray<{id: unknown}>): Candidate[] {
		return results.flatMap(result => this.candidate(result.id as number) ?? []);
	}

	toJSON(): PrefilterJSON {
		return {articles: Object.fromEntries(this.indexed), nextDocument: this.nextDocument, index: this.index.toJSON()};
	}

	private candidate(document: number): Candidate | undefined {
		const articleId = this.articleOf(document);
		const indexed = articleId === undefined ? undefined : this.indexed.get(articleId);
		if (articleId === undefined || indexed === undefined) return undefined;
		const stored = this.stored(articleId, indexed);
		const offset = document - indexed.first;
		const base = {articleId, articleTitle: indexed.title};
		if (offset < stored.quotes.length) {
			return {kind: 'quote', ...base, quote: stored.quotes[offset]!, speaker: stored.speakers[offset] ?? null};
		}

		const entity = stored.entities[offset - stored.quotes.length];
		return entity === undefined ? undefined : {kind: 'entity', ...base, entity};
	}

	private stored(articleId: string, indexed: IndexedArticle): Stored {
		let stored = this.parsed.get(articleId);
		if (stored === undefined) {
			stored = JSON.parse(indexed.data) as Stored;
			if (this.parsed.size >= PARSED_CACHE) this.parsed.delete(this.parsed.keys().next().value!);
		} else {
			this.parsed.delete(articleId);
		}

		// Re-inserted so the map's order is least recently used first.
		this.parsed.set(articleId, stored);
		return stored;
	}

	private articleOf(document: number): string | undefined {
		this.starts ??= [...this.indexed].map(([id, {first}]) => ({first, id})).sort((a, b) => a.first - b.first);
		let low = 0;
		let high = this.starts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if (this.starts[middle]!.first <= document) low = middle;
			else high = middle - 1;
		}

		const found = this.starts[low];
		return found !== undefined && found.first <= document ? found.id : undefined;
	}
}
