import {deflateRawSync, inflateRawSync} from 'node:zlib';
import type {Article, Entity, Quote} from '../article/schema.js';

/*
 * A word index over the quotes and entities of every article, used to shortlist the few
 * dozen documents worth showing to Fuse. Fuse reads every character of every document on
 * every query; the index looks up words, so its cost grows with the vocabulary, not the library.
 *
 * The index is kept small on purpose, since a library of 100,000 quotes must fit in a few
 * hundred megabytes: words are plain strings in one array; their postings (document, field
 * and count packed in one number) one typed array, read straight from the index file; field
 * lengths one byte each in another; and the quotes and entities themselves compressed JSON,
 * an article inflated and a document parsed only when it is shortlisted. Scoring follows
 * BM25+ as MiniSearch does it, with which this index started, so rankings did not move when
 * it was replaced.
 */

/** One quote or entity found by the index, with everything needed to rank and show it. */
export type Candidate =
	| {kind: 'quote'; articleId: string; articleTitle: string; quote: Quote; speaker: string | null}
	| {kind: 'entity'; articleId: string; articleTitle: string; entity: Entity};

/**
 * What the index holds per article. Its documents have the numbers first to first + count - 1,
 * quotes then entities; `data` is their JSON in UTF-8 one after the other, deflated: a
 * quarter of the text and a fraction of the memory of the objects.
 */
export type IndexedArticle = {title: string; revision: string; first: number; count: number; data: Uint8Array};

type StoredDocument = {kind: 'quote'; quote: Quote; speaker: string | null} | {kind: 'entity'; entity: Entity};

// Fields, numbered as packed into postings: a quote's text and speaker (0, 1), an entity's
// name, aliases and role (2, 3, 4).
const NAME = 2;
const ALIASES = 3;
const FIELDS = 5;
// Entity names are what people most often type; quotes are long and match many words.
const boosts = [1, 1.5, 3, 2.5, 1.2];

/*
 * A posting is document * 32 + field * 4 + count, the count of the word in the field capped
 * at 3: BM25 barely tells a fourth occurrence from a third. The document part is taken apart
 * with arithmetic rather than bit operations, which would stop at 2^31; the index file stores
 * postings in 32 bits, enough for 2^27 documents.
 */
const POSTING_DOCUMENT = 32;
const POSTING_FIELD = 4;
const MAX_COUNT = 3;

// BM25+ as in MiniSearch: saturation, length normalization and the floor for any match.
const BM25 = {k: 1.2, b: 0.7, d: 0.5};
// A prefix or fuzzy match counts less than the word itself, less the further it is from it.
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

// Words so common that they would put most documents on every shortlist without telling any apart.
const stopWords = new Set(
	'a an and are as at be but by for from had has have he her his i in is it its of on or our she so that the their them they this to was we were which who will with would you'.split(
		' ',
	),
);

const separators = /[\n\r\p{Z}\p{P}]+/u;

function processTerm(term: string): string | null {
	const folded = term.normalize('NFKD').replace(/[\u0300-\u036F]/g, '').toLowerCase();
	return folded === '' || stopWords.has(folded) ? null : folded;
}

function terms(text: string): string[] {
	return text.split(separators).flatMap(token => processTerm(token) ?? []);
}

type QueryOptions = {
	/** Bit per field searched. */
	fields: number;
	/** Whether the query's term at `index` of `count` is also looked up as a prefix. */
	prefix(term: string, index: number, count: number): boolean;
	/** How many edits away a word may be and still match. */
	fuzzy(term: string): number;
};

const allFields = (1 << FIELDS) - 1;

const closeOptions: QueryOptions = {
	fields: allFields,
	// The word being typed is incomplete, so it is looked up as a prefix once it has four letters:
	// shorter prefixes ("re", "con") reach thousands of words and cost more than they tell.
	// Earlier words are complete unless they are long enough to be a prefix worth extending.
	prefix: (term, index, count) => (index === count - 1 ? term.length >= 4 : term.length >= 5),
	// One edit from four letters on; a typo in a shorter word reaches too many other words to tell anything apart.
	fuzzy: term => (term.length >= 4 ? 1 : 0),
};

/**
 * Swapped letters are two edits to Levenshtein, so words of six letters or more are looked up
 * again with two edits, but only to fill the shortlist after the closer matches: BM25 scores a
 * word two edits away almost as high as one a single edit away, and there are many more of them.
 */
const widerOptions: QueryOptions = {...closeOptions, fuzzy: term => (term.length >= 6 ? 2 : term.length >= 4 ? 1 : 0)};

/**
 * A query of three letters is not worth a search of every quote: thousands of words start with
 * "con". Until a fourth letter arrives only entity names are searched, which is what a short
 * query usually is the start of. One or two letters find nothing.
 */
const shortQueryOptions: QueryOptions = {fields: (1 << NAME) | (1 << ALIASES), prefix: () => true, fuzzy: () => 0};
const SHORT_QUERY = 4;
const SHORTEST_QUERY = 3;

/** Inflated articles kept for the next keystrokes, which mostly shortlist the same ones. */
const INFLATED_CACHE = 256;

/** Query words whose expansions are kept; a few queries' worth. */
const EXPANSION_CACHE = 64;

/** Removed documents, as a share of all, that make it worth renumbering and dropping their postings. */
const VACUUM_SHARE = 0.25;

/** The serialized index: a small JSON-able header and typed sections, see toBinary(). */
export type PrefilterHeader = {
	articles: Record<string, {title: string; revision: string; first: number; count: number; bytes: number}>;
	documents: number;
	terms: number;
	postings: number;
	termBytes: number;
};

type Search = {documents: number[]; matched: Set<string>};

export class Prefilter {
	static empty(): Prefilter {
		return new Prefilter();
	}

	/**
	 * Reads what toBinary() wrote. `body` is the sections back to back; postings, field lengths
	 * and the articles' data stay views into it rather than copies (the arrays are only ever
	 * replaced, never written, once loaded). Throws when the sections do not add up.
	 */
	static fromBinary(header: PrefilterHeader, body: Uint8Array): Prefilter {
		const prefilter = new Prefilter();
		const {documents, terms: termCount, postings: postingCount, termBytes} = header;
		let offset = 0;
		const take = (bytes: number) => {
			if (!Number.isSafeInteger(bytes) || bytes < 0 || offset + bytes > body.length) throw new Error('search index: sections do not fit');
			const section = body.subarray(offset, offset + bytes);
			offset += bytes;
			return section;
		};

		prefilter.baseEnds = uint32(take(termCount * 4));
		prefilter.base = uint32(take(postingCount * 4));
		prefilter.ends = uint32(take(documents * 4));
		prefilter.words = termCount === 0 ? [] : Buffer.from(take(termBytes)).toString('utf8').split('\n');
		if (prefilter.words.length !== termCount) throw new Error('search index: word list does not match');
		for (const [id, word] of prefilter.words.entries()) prefilter.termIds.set(word, id);
		for (let id = 0; id < termCount; id++) {
			if (prefilter.baseEnds[id]! < (id === 0 ? 0 : prefilter.baseEnds[id - 1]!)) throw new Error('search index: postings out of order');
		}

		if ((termCount === 0 ? 0 : prefilter.baseEnds[termCount - 1]) !== postingCount) throw new Error('search index: postings do not add up');
		prefilter.lengths = take(documents * FIELDS);
		prefilter.alive = new Uint8Array(documents);
		for (const [id, article] of Object.entries(header.articles)) {
			if (article.first < 0 || article.first + article.count > documents) throw new Error('search index: article out of range');
			for (let document = article.first + 1; document < article.first + article.count; document++) {
				if (prefilter.ends[document]! < prefilter.ends[document - 1]!) throw new Error('search index: documents out of order');
			}
			prefilter.indexed.set(id, {title: article.title, revision: article.revision, first: article.first, count: article.count, data: take(article.bytes)});
			prefilter.alive.fill(1, article.first, article.first + article.count);
			prefilter.live += article.count;
		}

		if (offset !== body.length) throw new Error('search index: bytes left over');
		prefilter.nextDocument = documents;
		for (let document = 0; document < documents; document++) {
			if (prefilter.alive[document] === 0) continue;
			for (let field = 0; field < FIELDS; field++) prefilter.fieldTotals[field]! += prefilter.lengths[document * FIELDS + field]!;
		}

		for (const posting of prefilter.base) {
			if (prefilter.alive[Math.floor(posting / POSTING_DOCUMENT)] !== 1) throw new Error('search index: posting for no document');
		}

		return prefilter;
	}

	private readonly indexed = new Map<string, IndexedArticle>();
	private live = 0;
	private nextDocument = 0;
	// The dictionary: each word's number and the words by number.
	private termIds = new Map<string, number>();
	private words: string[] = [];
	// Postings by word: those of the last load or vacuum in one array, word n's ending at
	// baseEnds[n] (words added since have none there), then those added since, per word.
	private base: Uint32Array = new Uint32Array(0);
	private baseEnds: Uint32Array = new Uint32Array(0);
	private added = new Map<number, number[]>();
	// Word numbers in alphabetical order and by length, for prefix and fuzzy lookups; rebuilt after new words.
	private sorted: number[] | undefined;
	private byLength: number[][] | undefined;
	private letters: Uint32Array | undefined;
	// Each keystroke repeats the words before the one being typed: their expansions are kept.
	private readonly expansions = new Map<string, Map<number, number>>();
	// Per document number: whether it is still in the index, its field lengths, one byte each,
	// and where its JSON ends in its article's data (it starts where the one before ends).
	private alive = new Uint8Array(0);
	private lengths: Uint8Array = new Uint8Array(0);
	private ends: Uint32Array = new Uint32Array(0);
	private readonly fieldTotals = Array.from({length: FIELDS}, () => 0);
	private removedDocuments = 0;
	// Scratch space for scoring, per document number; reset after every search.
	private scores = new Float64Array(0);
	private matchedBits = new Uint32Array(0);
	/** Article ids by their first document number, ascending, to find a document's article. */
	private starts: Array<{first: number; id: string}> | undefined;
	private readonly inflated = new Map<string, Buffer>();

	private constructor() {}

	/** Count of the quotes and entities indexed. */
	get documentCount(): number {
		return this.live;
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
		const documents: string[][] = [
			...article.quotes.map((quote, index) => [quote.text, speakers[index] ?? '', '', '', '']),
			...article.entities.map(entity => ['', '', entity.name, entity.aliases.join(' '), entity.role ?? '']),
		];
		this.reserve(first + documents.length);
		for (const [offset, fields] of documents.entries()) this.addDocument(first + offset, fields);
		this.nextDocument += documents.length;
		this.live += documents.length;
		const stored = [
			...article.quotes.map((quote, index): StoredDocument => ({kind: 'quote', quote, speaker: speakers[index] ?? null})),
			...article.entities.map((entity): StoredDocument => ({kind: 'entity', entity})),
		].map(document => JSON.stringify(document));
		let end = 0;
		for (const [offset, json] of stored.entries()) this.ends[first + offset] = end += Buffer.byteLength(json);
		this.indexed.set(article.meta.id, {title: article.meta.title, revision, first, count: documents.length, data: deflateRawSync(stored.join(''))});
		this.starts = undefined;
	}

	removeArticle(articleId: string): void {
		const known = this.indexed.get(articleId);
		if (known === undefined) return;
		// The postings stay until a vacuum: searches skip documents no longer alive.
		for (let document = known.first; document < known.first + known.count; document++) {
			this.alive[document] = 0;
			for (let field = 0; field < FIELDS; field++) this.fieldTotals[field]! -= this.lengths[document * FIELDS + field]!;
		}

		this.live -= known.count;
		this.removedDocuments += known.count;
		this.indexed.delete(articleId);
		this.inflated.delete(articleId);
		this.starts = undefined;
		if (this.removedDocuments > VACUUM_SHARE * this.nextDocument) this.vacuum();
	}

	/** The best `size` quotes and entities for the query, best first. */
	shortlist(query: string, size: number): Candidate[] {
		const letters = query.replace(/\s+/g, '').length;
		if (letters < SHORTEST_QUERY) return [];
		if (letters < SHORT_QUERY) return this.toCandidates(this.search(query, shortQueryOptions, size).documents);
		const close = this.search(query, closeOptions, size);
		const missing = terms(query).some(term => term.length >= 6 && !close.matched.has(term));
		if (!missing && close.documents.length >= size) return this.toCandidates(close.documents);
		// A long word that matched nothing within one edit is probably the misspelled one: what two
		// edits find for it comes first. Otherwise two edits only fill what one left empty.
		const wide = this.search(query, widerOptions, size).documents;
		const ordered = missing ? [...wide, ...close.documents] : [...close.documents, ...wide];
		return this.toCandidates([...new Set(ordered)].slice(0, size));
	}

	/**
	 * The index as a header and sections to write back to back: postings per word, postings and
	 * where each document's JSON ends (32-bit, little-endian as on every platform Node runs on),
	 * the words, the field lengths, and each article's data. Removed documents are vacuumed
	 * first so nothing dead is written.
	 */
	toBinary(): {header: PrefilterHeader; sections: Uint8Array[]} {
		if (this.removedDocuments > 0 || this.added.size > 0) this.vacuum();
		const words = Buffer.from(this.words.join('\n'));
		const articles: PrefilterHeader['articles'] = {};
		for (const [id, {title, revision, first, count, data}] of this.indexed) articles[id] = {title, revision, first, count, bytes: data.length};
		const header: PrefilterHeader = {articles, documents: this.nextDocument, terms: this.words.length, postings: this.base.length, termBytes: words.length};
		const bytes = (array: Uint32Array, length: number) => new Uint8Array(array.buffer, array.byteOffset, length * 4);
		const sections = [
			bytes(this.baseEnds, this.words.length),
			bytes(this.base, this.base.length),
			bytes(this.ends, this.nextDocument),
			words,
			this.lengths.subarray(0, this.nextDocument * FIELDS),
			...[...this.indexed.values()].map(article => article.data),
		];
		return {header, sections};
	}

	private addDocument(document: number, fields: readonly string[]): void {
		this.alive[document] = 1;
		for (const [field, value] of fields.entries()) {
			if (value === '') continue;
			const tokens = value.split(separators).filter(token => token !== '');
			// As MiniSearch did: a field's length is its count of distinct tokens, stop words included.
			const length = Math.min(255, new Set(tokens).size);
			this.lengths[document * FIELDS + field] = length;
			this.fieldTotals[field]! += length;
			const counts = new Map<string, number>();
			for (const token of tokens) {
				const term = processTerm(token);
				if (term !== null) counts.set(term, (counts.get(term) ?? 0) + 1);
			}

			for (const [term, count] of counts) {
				let id = this.termIds.get(term);
				if (id === undefined) {
					id = this.words.length;
					this.termIds.set(term, id);
					this.words.push(term);
					this.forgetWordOrder();
				}

				let list = this.added.get(id);
				if (list === undefined) this.added.set(id, (list = []));
				list.push(document * POSTING_DOCUMENT + field * POSTING_FIELD + Math.min(count, MAX_COUNT));
			}
		}
	}

	/** Makes room for documents numbered below `documents`. */
	private reserve(documents: number): void {
		if (documents <= this.alive.length) return;
		const capacity = Math.max(documents, Math.ceil(this.alive.length * 1.5), 64);
		const alive = new Uint8Array(capacity);
		alive.set(this.alive);
		this.alive = alive;
		const lengths = new Uint8Array(capacity * FIELDS);
		lengths.set(this.lengths);
		this.lengths = lengths;
		const ends = new Uint32Array(capacity);
		ends.set(this.ends);
		this.ends = ends;
	}

	/**
	 * Renumbers the live documents from 0, drops the postings and words of removed ones, and
	 * moves every posting into one typed array with the words in alphabetical order (so the
	 * file is written sorted and sorting after loading takes one pass): a library edited for
	 * years costs what a freshly built one does.
	 */
	private vacuum(): void {
		const renumbered = new Int32Array(this.nextDocument).fill(-1);
		const lengths = new Uint8Array(this.live * FIELDS);
		const ends = new Uint32Array(this.live);
		let next = 0;
		for (const article of [...this.indexed.values()].sort((a, b) => a.first - b.first)) {
			for (let offset = 0; offset < article.count; offset++) renumbered[article.first + offset] = next + offset;
			lengths.set(this.lengths.subarray(article.first * FIELDS, (article.first + article.count) * FIELDS), next * FIELDS);
			ends.set(this.ends.subarray(article.first, article.first + article.count), next);
			article.first = next;
			next += article.count;
		}

		let total = this.base.length;
		for (const list of this.added.values()) total += list.length;
		const base = new Uint32Array(total);
		const baseEnds: number[] = [];
		const termIds = new Map<string, number>();
		const words: string[] = [];
		let size = 0;
		for (const id of this.sortedTerms()) {
			const start = size;
			for (const list of this.postingLists(id)) {
				for (let index = 0; index < list.length; index++) {
					const posting = list[index]!;
					const document = Math.floor(posting / POSTING_DOCUMENT);
					const kept = renumbered[document]!;
					if (kept !== -1) base[size++] = kept * POSTING_DOCUMENT + (posting - document * POSTING_DOCUMENT);
				}
			}

			if (size === start) continue;
			termIds.set(this.words[id]!, words.length);
			words.push(this.words[id]!);
			baseEnds.push(size);
		}

		this.termIds = termIds;
		this.words = words;
		this.base = base.slice(0, size);
		this.baseEnds = Uint32Array.from(baseEnds);
		this.added = new Map();
		this.lengths = lengths;
		this.ends = ends;
		this.alive = new Uint8Array(next).fill(1);
		this.nextDocument = next;
		this.removedDocuments = 0;
		this.forgetWordOrder();
		this.starts = undefined;
		this.scores = new Float64Array(0);
		this.matchedBits = new Uint32Array(0);
	}

	/**
	 * The `size` best documents for the query, and which of its terms matched anything. Every
	 * term's matches are scored BM25+ per field and summed per document, and a document's sum is
	 * multiplied by how many of the query's terms it matched, as MiniSearch does with OR.
	 */
	private search(query: string, options: QueryOptions, size: number): Search {
		const queryTerms = terms(query);
		if (this.scores.length < this.nextDocument) {
			this.scores = new Float64Array(this.alive.length);
			this.matchedBits = new Uint32Array(this.alive.length);
		}

		const touched: number[] = [];
		const matched = new Set<string>();
		// Beyond 32 terms the bit per term runs out; nobody types that much into a search field.
		for (const [index, term] of queryTerms.slice(0, 32).entries()) {
			for (const [id, weight] of this.expand(term, options.prefix(term, index, queryTerms.length), options.fuzzy(term))) {
				if (this.scoreTerm(id, weight, options.fields, index, touched)) matched.add(term);
			}
		}

		const finals = new Float64Array(touched.length);
		for (const [index, document] of touched.entries()) {
			let bits = this.matchedBits[document]!;
			let termCount = 0;
			for (; bits !== 0; bits &= bits - 1) termCount++;
			finals[index] = this.scores[document]! * termCount;
			this.scores[document] = 0;
			this.matchedBits[document] = 0;
		}

		// Sorting every match costs more than finding the score the best `size` reach and sorting those.
		const threshold = touched.length <= size ? 0 : finals.slice().sort()[touched.length - size]!;
		const best: Array<{document: number; score: number}> = [];
		for (const [index, document] of touched.entries()) if (finals[index]! >= threshold) best.push({document, score: finals[index]!});
		best.sort((a, b) => b.score - a.score || a.document - b.document);
		return {documents: best.slice(0, size).map(({document}) => document), matched};
	}

	/** The words a query term stands for, with their weights: itself, words it begins, words a few edits away. */
	private expand(term: string, prefix: boolean, fuzzy: number): Map<number, number> {
		const key = `${prefix ? 'prefix' : 'word'} ${fuzzy} ${term}`;
		const known = this.expansions.get(key);
		if (known !== undefined) return known;
		const found = new Map<number, number>();
		const exact = this.termIds.get(term);
		if (exact !== undefined) found.set(exact, 1);
		if (prefix) {
			const sorted = this.sortedTerms();
			let low = 0;
			let high = sorted.length;
			while (low < high) {
				const middle = (low + high) >> 1;
				if (this.words[sorted[middle]!]! < term) low = middle + 1;
				else high = middle;
			}

			for (let index = low; index < sorted.length && this.words[sorted[index]!]!.startsWith(term); index++) {
				const id = sorted[index]!;
				const word = this.words[id]!;
				if (id !== exact) found.set(id, (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * (word.length - term.length)));
			}
		}

		if (fuzzy > 0) {
			const byLength = this.termsByLength();
			const letters = this.letters!;
			const mine = letterBits(term);
			for (let length = Math.max(1, term.length - fuzzy); length <= term.length + fuzzy; length++) {
				for (const id of byLength[length] ?? []) {
					// Each edit adds or removes at most one letter, so words with more letters not in
					// common cannot be close: most of the dictionary is passed over on that alone.
					const theirs = letters[id]!;
					if (bitCount(mine & ~theirs) > fuzzy || bitCount(theirs & ~mine) > fuzzy) continue;
					// A word that is also a prefix match keeps the prefix weight.
					if (found.has(id)) continue;
					const word = this.words[id]!;
					const distance = editDistance(term, word, fuzzy);
					if (distance <= fuzzy) found.set(id, (FUZZY_WEIGHT * word.length) / (word.length + distance));
				}
			}
		}

		if (this.expansions.size >= EXPANSION_CACHE) this.expansions.clear();
		this.expansions.set(key, found);
		return found;
	}

	/** Adds one word's BM25+ scores to its live documents; whether any document matched. */
	private scoreTerm(id: number, weight: number, fields: number, queryIndex: number, touched: number[]): boolean {
		const lists = this.postingLists(id);
		// Documents with the word, per field: rarer words weigh more.
		const frequency = [0, 0, 0, 0, 0];
		for (const list of lists) {
			for (let index = 0; index < list.length; index++) frequency[Math.floor((list[index]! % POSTING_DOCUMENT) / POSTING_FIELD)]!++;
		}

		const inverses = frequency.map(matching => Math.log(1 + (this.live - matching + 0.5) / (matching + 0.5)));
		const averages = this.fieldTotals.map(total => Math.max(1, total / Math.max(1, this.live)));
		const {k, b, d} = BM25;
		let any = false;
		for (const list of lists) {
			for (let index = 0; index < list.length; index++) {
				const posting = list[index]!;
				const document = Math.floor(posting / POSTING_DOCUMENT);
				const rest = posting - document * POSTING_DOCUMENT;
				const field = rest >> 2;
				if ((fields & (1 << field)) === 0 || this.alive[document] !== 1) continue;
				const count = rest & 3;
				const length = this.lengths[document * FIELDS + field]!;
				const score = inverses[field]! * (d + (count * (k + 1)) / (count + k * (1 - b + (b * length) / averages[field]!)));
				if (this.matchedBits[document] === 0) touched.push(document);
				this.scores[document]! += weight * boosts[field]! * score;
				this.matchedBits[document]! |= 1 << queryIndex;
				any = true;
			}
		}

		return any;
	}

	private postingLists(id: number): Array<ArrayLike<number>> {
		const lists: Array<ArrayLike<number>> = [];
		if (id < this.baseEnds.length) lists.push(this.base.subarray(id === 0 ? 0 : this.baseEnds[id - 1], this.baseEnds[id]));
		const added = this.added.get(id);
		if (added !== undefined) lists.push(added);
		return lists;
	}

	/** After words are added or renumbered, everything derived from the word list is out of date. */
	private forgetWordOrder(): void {
		this.sorted = undefined;
		this.byLength = undefined;
		this.letters = undefined;
		this.expansions.clear();
	}

	private sortedTerms(): number[] {
		this.sorted ??= this.words.map((_, id) => id).sort((a, b) => (this.words[a]! < this.words[b]! ? -1 : 1));
		return this.sorted;
	}

	private termsByLength(): number[][] {
		if (this.byLength === undefined) {
			const byLength: number[][] = [];
			for (const [id, word] of this.words.entries()) (byLength[word.length] ??= []).push(id);
			this.byLength = byLength;
			this.letters = Uint32Array.from(this.words, letterBits);
		}

		return this.byLength;
	}

	private toCandidates(documents: readonly number[]): Candidate[] {
		return documents.flatMap(document => this.candidate(document) ?? []);
	}

	private candidate(document: number): Candidate | undefined {
		const articleId = this.articleOf(document);
		const indexed = articleId === undefined ? undefined : this.indexed.get(articleId);
		if (articleId === undefined || indexed === undefined || document >= indexed.first + indexed.count) return undefined;
		const start = document === indexed.first ? 0 : this.ends[document - 1]!;
		const json = this.inflate(articleId, indexed).toString('utf8', start, this.ends[document]);
		return {...(JSON.parse(json) as StoredDocument), articleId, articleTitle: indexed.title};
	}

	private inflate(articleId: string, indexed: IndexedArticle): Buffer {
		let data = this.inflated.get(articleId);
		if (data === undefined) {
			data = inflateRawSync(indexed.data);
			if (this.inflated.size >= INFLATED_CACHE) this.inflated.delete(this.inflated.keys().next().value!);
		} else {
			this.inflated.delete(articleId);
		}

		// Re-inserted so the map's order is least recently used first.
		this.inflated.set(articleId, data);
		return data;
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

/** The bytes as 32-bit numbers: a view when they are aligned for it, else a copy. */
function uint32(bytes: Uint8Array): Uint32Array {
	return bytes.byteOffset % 4 === 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4) : new Uint32Array(new Uint8Array(bytes).buffer);
}

/** A bit per letter in the word; letters beyond a-z share bits, which only lets more words through. */
function letterBits(word: string): number {
	let bits = 0;
	for (let index = 0; index < word.length; index++) bits |= 1 << (word.charCodeAt(index) & 31);
	return bits >>> 0;
}

function bitCount(bits: number): number {
	let count = 0;
	for (let rest = bits >>> 0; rest !== 0; rest &= rest - 1) count++;
	return count;
}

// One row of the edit-distance table, reused: lookups run once per word of a similar length.
let row = new Uint16Array(64);

/**
 * Levenshtein distance between two words, or limit + 1 as soon as it must exceed the limit.
 * Only cells within `limit` of the diagonal can stay within the limit, so only those are
 * computed; most words of a dictionary are given up after a row or two.
 */
function editDistance(a: string, b: string, limit: number): number {
	const over = limit + 1;
	if (Math.abs(a.length - b.length) > limit) return over;
	if (row.length <= b.length) row = new Uint16Array(b.length * 2);
	// Cells beyond the band are never written and keep the value `over`.
	for (let j = 0; j <= b.length; j++) row[j] = Math.min(j, over);
	for (let i = 1; i <= a.length; i++) {
		const code = a.charCodeAt(i - 1);
		const low = Math.max(1, i - limit);
		const high = Math.min(b.length, i + limit);
		let diagonal = row[low - 1]!;
		let left = low === 1 ? Math.min(i, over) : over;
		row[low - 1] = left;
		let smallest = left;
		for (let j = low; j <= high; j++) {
			const above = row[j]!;
			const value = Math.min(above + 1, left + 1, diagonal + (code === b.charCodeAt(j - 1) ? 0 : 1), over);
			row[j] = value;
			diagonal = above;
			left = value;
			if (value < smallest) smallest = value;
		}

		if (smallest > limit) return over;
	}

	return row[b.length]!;
}
