import {readFileSync} from 'node:fs';
import {createHash} from 'node:crypto';
import {readArticleFile} from '../article/load.js';
import type {Article} from '../article/schema.js';
import {writeFileAtomic} from '../library/atomic-write.js';
import {cacheName, scanLibrary, type LibraryEntry, type LoadedEntry} from '../library/catalog.js';
import type {LibraryPaths} from '../library/paths.js';
import {Prefilter, type PrefilterJSON} from './prefilter.js';

/*
 * The search index lives in the cache folder so that opening a large library does not mean
 * reading and indexing every article. It is only a cache: whatever is wrong with it (another
 * version, a library changed behind its back, a truncated file) is repaired without asking.
 */

/** Raise whenever the index options or the stored document shape change. */
export const INDEX_VERSION = 3;

type PersistedIndex = {version: number; fingerprint: string; prefilter: PrefilterJSON};

export type OpenedIndex = {
	prefilter: Prefilter;
	/** How the index was brought up to date, for a status line or a log. */
	state: 'loaded' | 'updated' | 'rebuilt' | 'built';
	added: string[];
	removed: string[];
	/** Articles that failed to load and are therefore not searchable. */
	errors: Array<{file: string; message: string}>;
};

export function indexFile(paths: LibraryPaths): string {
	return cacheName(paths, 'search-index');
}

/** Ids and revisions of the searchable articles, in one string. */
export function fingerprint(articles: Iterable<[string, {revision: string}]>): string {
	const lines = [...articles].map(([id, {revision}]) => `${id} ${revision}`).sort();
	return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 32);
}

/**
 * Opens the library's search index: loads the persisted one, adds the articles that are new or
 * changed since, discards those that are gone, and saves it again when anything changed.
 */
export function openSearchIndex(paths: LibraryPaths, listed?: readonly LibraryEntry[]): OpenedIndex {
	const file = indexFile(paths);
	const read = new Map<string, Article>();
	const entries = listed ?? scanLibrary(paths, (articleFile, article) => read.set(articleFile, article));
	const wanted = new Map<string, LoadedEntry>();
	const errors: OpenedIndex['errors'] = [];
	for (const entry of entries) {
		if (!entry.ok) errors.push({file: entry.file, message: entry.error});
		// The first of two files claiming one id wins, as the list shows both.
		else if (!wanted.has(entry.id)) wanted.set(entry.id, entry);
	}

	const persisted = readPersisted(file);
	const prefilter = typeof persisted === 'string' ? Prefilter.empty() : persisted.prefilter;
	const added: string[] = [];
	const removed: string[] = [];
	for (const [id, indexed] of [...prefilter.articles]) {
		if (wanted.get(id)?.revision === indexed.revision) continue;
		prefilter.removeArticle(id);
		removed.push(id);
	}

	for (const [id, entry] of wanted) {
		if (prefilter.articles.has(id)) continue;
		try {
			const article = read.get(entry.file) ?? readArticleFile(entry.file);
			prefilter.addArticle(article.meta.id === id ? article : {...article, meta: {...article.meta, id}}, entry.revision);
			added.push(id);
		} catch (error) {
			// Changed between listing and indexing: searchable next time.
			errors.push({file: entry.file, message: error instanceof Error ? error.message : String(error)});
		}
	}

	const changed = added.length > 0 || removed.length > 0;
	if (typeof persisted === 'string' || changed) save(file, prefilter);
	const state = persisted === 'missing' ? 'built' : persisted === 'unusable' ? 'rebuilt' : changed ? 'updated' : 'loaded';
	// An article both removed and added again has changed, not gone.
	return {prefilter, state, added, removed: removed.filter(id => !added.includes(id)), errors};
}

function readPersisted(file: string): {prefilter: Prefilter} | 'missing' | 'unusable' {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		return 'missing';
	}

	try {
		const data = JSON.parse(text) as Partial<PersistedIndex> | null;
		if (data?.version !== INDEX_VERSION || data.prefilter === undefined || typeof data.fingerprint !== 'string') return 'unusable';
		// A fingerprint that disagrees with the article table means the file was not written by save().
		if (fingerprint(Object.entries(data.prefilter.articles)) !== data.fingerprint) return 'unusable';
		return {prefilter: Prefilter.fromJSON(data.prefilter)};
	} catch {
		return 'unusable';
	}
}

function save(file: string, prefilter: Prefilter): void {
	const json = prefilter.toJSON();
	const persisted: PersistedIndex = {version: INDEX_VERSION, fingerprint: fingerprint(Object.entries(json.articles)), prefilter: json};
	try {
		writeFileAtomic(file, JSON.stringify(persisted));
	} catch {
		// Without a writable cache the index is rebuilt on every start: slower, never wrong.
	}
}
