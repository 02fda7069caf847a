import MiniSearch, {type AsPlainObject, type Options, type SearchOptions} from 'minisearch';
import type {Article, Entity, Quote} from '../article/schema.js';

/*
 * A word index over the quotes and entities of every article, used to shortlist the few
 * hundred documents worth showing to Fuse. Fuse reads every character of every document on
 * every query; the index looks up words, so its cost grows with the vocabulary, not the library.
 */

/** One quote or entity found by the index, with everything needed to rank and show it. */
export type Candidate =
	| {kind: 'quote'; articleId: string; articleTitle: string; quote: Quote; speaker: string | null}
	| {kind: 'entity'; articleId: string; articleTitle: string; entity: Entity};

/** What the index holds per article: enough to remove it again and to tell whether it changed. */
export type IndexedArticle = {title: string; revision: string; documents: string[]};

type IndexDocument = {
	id: string;
	/** Stored: the article id, the quote or entity, and the speaker's name. */
	a: string;
	q?: Quote;
	e?: Entity;
	s?: string;
	text?: string;
	speaker?: string;
	name?: string;
	aliases?: string[];
	role?: string;
};

type Stored = {a: string; q?: Quote; e?: Entity; s?: string};

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
	// The word being typed is incomplete; earlier words are complete unless they are long enough to be a prefix worth extending.
	prefix: (term, index, terms) => term.length >= 2 && (index === terms.length - 1 || term.length >= 5),
	// Two edits from six letters on, so that swapped letters (two edits to Levenshtein) are forgiven;
	// a typo in a word under four letters reaches too many other words to tell anything apart.
	fuzzy: term => (term.length >= 6 ? 2 : term.length >= 4 ? 1 : false),
};

/**
 * A query of two or three letters is not worth a search of every quote: thousands of words
 * start with "re" or "som". Until a fourth letter arrives only entity names are searched,
 * which is what a short query usually is the start of. A single letter finds nothing, as
 * inside an article.
 */
const shortQueryOptions: SearchOptions = {...searchOptions, fields: ['name', 'aliases'], prefix: true, fuzzy: false};
const SHORT_QUERY = 4;

const indexOptions: Options<IndexDocument> = {
	fields: ['text', 'speaker', 'name', 'aliases', 'role'],
	storeFields: ['a', 'q', 'e', 's'],
	processTerm,
	extractField: (document, field) => {
		const value = document[field as keyof IndexDocument];
		// Stored fields come through here too: an absent one must stay undefined, not become ''.
		return (Array.isArray(value) ? value.join(' ') : value) as string;
	},
	searchOptions,
	// Vacuuming in batches with a delay would keep a worker or the event loop busy after the fact; one pass is cheap enough.
	autoVacuum: {batchSize: 100_000, batchWait: 0, minDirtCount: 200, minDirtFactor: 0.2},
};

export type PrefilterJSON = {articles: Record<string, IndexedArticle>; index: AsPlainObject};

export class Prefilter {
	static fromJSON(json: PrefilterJSON): Prefilter {
		return new Prefilter(MiniSearch.loadJS<IndexDocument>(json.index, indexOptions), new Map(Object.entries(json.articles)));
	}

	private constructor(
		private readonly index: MiniSearch<IndexDocument>,
		private readonly indexed: Map<string, IndexedArticle>,
	) {}

	static empty(): Prefilter {
		return new Prefilter(new MiniSearch<IndexDocument>(indexOptions), new Map());
	}

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
		const documents = documentsOf(article);
		this.index.addAll(documents);
		this.indexed.set(article.meta.id, {title: article.meta.title, revision, documents: documents.map(document => document.id)});
	}

	removeArticle(articleId: string): void {
		const known = this.indexed.get(articleId);
		if (known === undefined) return;
		// discard() leaves the postings to be swept later instead of rewriting them now.
		for (const id of known.documents) this.index.discard(id);
		this.indexed.delete(articleId);
	}

	/** The best `size` quotes and entities for the query, best first. */
	shortlist(query: string, size: number): Candidate[] {
		const letters = query.replace(/\s+/g, '').length;
		if (letters < 2) return [];
		const results = this.index.search(query, letters < SHORT_QUERY ? shortQueryOptions : {});
		const candidates: Candidate[] = [];
		for (const result of results.slice(0, size)) {
			const stored = result as unknown as Stored;
			const title = this.indexed.get(stored.a)?.title ?? stored.a;
			if (stored.q !== undefined) {
				candidates.push({kind: 'quote', articleId: stored.a, articleTitle: title, quote: stored.q, speaker: stored.s ?? null});
			} else if (stored.e !== undefined) {
				candidates.push({kind: 'entity', articleId: stored.a, articleTitle: title, entity: stored.e});
			}
		}

		return candidates;
	}

	toJSON(): PrefilterJSON {
		return {articles: Object.fromEntries(this.indexed), index: this.index.toJSON()};
	}
}

function documentsOf(article: Article): IndexDocument[] {
	const articleId = article.meta.id;
	const names = new Map(article.entities.map(entity => [entity.id, entity.name]));
	return [
		...article.quotes.map((quote): IndexDocument => {
			const speaker = quote.speaker === null ? undefined : names.get(quote.speaker);
			return {id: `${articleId}:q:${quote.id}`, a: articleId, q: quote, ...(speaker === undefined ? {} : {s: speaker, speaker}), text: quote.text};
		}),
		...article.entities.map(
			(entity): IndexDocument => ({
				id: `${articleId}:e:${entity.id}`,
				a: articleId,
				e: entity,
				name: entity.name,
				aliases: entity.aliases,
				...(entity.role === undefined ? {} : {role: entity.role}),
			}),
		),
	];
}
