import {join} from 'node:path';
import {rmSync} from 'node:fs';
import {ArticleError, decodeText, readArticleFile, readBytes} from '../article/load.js';
import {articleFromText} from '../article/open.js';
import type {Article} from '../article/schema.js';
import {createFileAtomic} from './atomic-write.js';
import {articleFiles, brokenEntry, scanLibrary, type LibraryEntry} from './catalog.js';
import {contentHash} from './content-hash.js';
import type {LibraryPaths} from './paths.js';
import {loadReadingState, marksOf, positionOf, saveReadingState, withoutArticle} from './reading-state.js';

export type {LibraryEntry, LoadedEntry, BrokenEntry} from './catalog.js';

export type AddResult =
	| {file: string; status: 'added'; id: string; title: string; message: string}
	| {file: string; status: 'duplicate'; id: string; title: string; message: string}
	| {file: string; status: 'error'; message: string};

export type RemoveResult = {ok: true; id: string; file: string; message: string} | {ok: false; message: string};

export type LibraryArticle = {article: Article; file: string; bundled: boolean; hash: string};
export type LoadedLibrary = {articles: LibraryArticle[]; errors: Array<{file: string; message: string}>};

/** Every article of the library with what the list shows; files that fail to load are listed with their error. */
export function listArticles(paths: LibraryPaths): LibraryEntry[] {
	return scanLibrary(paths);
}

/** Loads every article; a file that fails is reported in `errors` and the others still load. */
export function loadLibrary(paths: LibraryPaths): LoadedLibrary {
	const loaded: LoadedLibrary = {articles: [], errors: []};
	for (const {file, bundled} of articleFiles(paths)) {
		try {
			const article = readArticleFile(file);
			loaded.articles.push({article, file, bundled, hash: contentHash(article)});
		} catch (error) {
			loaded.errors.push({file, message: brokenEntry(file, bundled, error).error});
		}
	}

	return loaded;
}

/**
 * Adds article files to the library: segmented articles (.json) are validated, anything
 * else is treated as raw text and segmented. Each file gets its own result; one bad file
 * does not stop the others.
 */
export async function addArticles(paths: LibraryPaths, files: readonly string[]): Promise<AddResult[]> {
	const byHash = new Map<string, {id: string; title: string}>();
	const taken = new Set<string>();
	for (const entry of scanLibrary(paths)) {
		taken.add(entry.id);
		if (entry.ok && !byHash.has(entry.hash)) byHash.set(entry.hash, {id: entry.id, title: entry.title});
	}

	const results: AddResult[] = [];
	for (const file of files) {
		try {
			const article = await readForAdding(file);
			const hash = contentHash(article);
			const existing = byHash.get(hash);
			if (existing !== undefined) {
				results.push({file, status: 'duplicate', id: existing.id, title: existing.title, message: `${file}: already in the library as ${existing.id}`});
				continue;
			}

			const wanted = article.meta.id;
			const id = store(paths, article, taken);
			taken.add(id);
			byHash.set(hash, {id, title: article.meta.title});
			const renamed = id === wanted ? '' : ` (another article already has the id ${wanted})`;
			results.push({file, status: 'added', id, title: article.meta.title, message: `${file}: added as ${id}${renamed}`});
		} catch (error) {
			const message = error instanceof ArticleError ? error.message : `${file}: ${error instanceof Error ? error.message : String(error)}`;
			results.push({file, status: 'error', message});
		}
	}

	return results;
}

/** Removes an article from the library folder. The bundled article stays: it is part of pullquote itself. */
export function removeArticle(paths: LibraryPaths, id: string): RemoveResult {
	const entries = scanLibrary(paths);
	const entry = entries.find(candidate => !candidate.bundled && candidate.id === id) ?? entries.find(candidate => candidate.id === id);
	if (entry === undefined) return {ok: false, message: `no article "${id}" in the library (${paths.library})`};
	if (entry.bundled) {
		return {ok: false, message: `${id} is the article that comes with pullquote: it is always in the library and cannot be removed`};
	}

	rmSync(entry.file, {force: true});
	forgetReading(paths, id);
	const title = entry.ok ? ` "${entry.title}"` : '';
	return {ok: true, id, file: entry.file, message: `removed ${id}${title}`};
}

/** Drops a removed article's place and marks, so an article added later under its id starts afresh. */
function forgetReading(paths: LibraryPaths, id: string): void {
	const {state} = loadReadingState(paths.state);
	if (positionOf(state, id) === undefined && marksOf(state, id).length === 0) return;
	try {
		saveReadingState(paths.state, withoutArticle(state, id));
	} catch {
		// The article is gone either way; a place left behind in the reading state is harmless.
	}
}

async function readForAdding(file: string): Promise<Article> {
	return articleFromText(decodeText(readBytes(file), file), file);
}

/** Writes `<id>.json`, moving to id-2, id-3... while the name is taken; never overwrites. */
function store(paths: LibraryPaths, article: Article, taken: ReadonlySet<string>): string {
	const base = article.meta.id;
	for (let attempt = 1; ; attempt++) {
		const id = attempt === 1 ? base : `${base}-${attempt}`;
		if (taken.has(id)) continue;
		const stored: Article = {...article, meta: {...article.meta, id}};
		if (createFileAtomic(join(paths.library, `${id}.json`), `${JSON.stringify(stored, null, '\t')}\n`)) return id;
	}
}
