import {readdirSync, readFileSync, statSync, type Stats} from 'node:fs';
import {basename, join} from 'node:path';
import {createHash} from 'node:crypto';
import {ArticleError, readArticleFile} from '../article/load.js';
import type {Article} from '../article/schema.js';
import {writeFileAtomic} from './atomic-write.js';
import {articleRevision, contentHash} from './content-hash.js';
import type {LibraryPaths} from './paths.js';

/** One article file of the library as the list shows it; a file that fails to load is listed with its error. */
export type LibraryEntry = LoadedEntry | BrokenEntry;

export type LoadedEntry = {
	ok: true;
	id: string;
	title: string;
	source?: string;
	publisher?: string;
	date?: string;
	quotes: number;
	entities: number;
	file: string;
	bundled: boolean;
	/** The hash of the segments' text that recognises the same article added twice. */
	hash: string;
	/** The hash of the whole article, which tells the search index the article changed. */
	revision: string;
};

export type BrokenEntry = {
	ok: false;
	/** The file name without .json: the id the article would have. */
	id: string;
	file: string;
	bundled: boolean;
	error: string;
};

const CATALOG_VERSION = 2;

type CachedEntry = Omit<LoadedEntry, 'ok' | 'file' | 'bundled'>;
type CachedFile = {size: number; mtimeMs: number; ino: number; entry: CachedEntry};
type Catalog = {version: number; files: Record<string, CachedFile>};

// The catalog is read on every start; a hand-written check costs a fraction of a schema parse.
function isCachedFile(value: unknown): value is CachedFile {
	const file = value as Partial<CachedFile> | null;
	const entry = file?.entry as Partial<CachedEntry> | undefined;
	return (
		typeof file?.size === 'number' &&
		typeof file.mtimeMs === 'number' &&
		typeof file.ino === 'number' &&
		typeof entry?.id === 'string' &&
		typeof entry.title === 'string' &&
		typeof entry.hash === 'string' &&
		typeof entry.revision === 'string' &&
		typeof entry.quotes === 'number' &&
		typeof entry.entities === 'number'
	);
}

/** The article files of the library folder, bundled article first, then by file name. */
export function articleFiles(paths: LibraryPaths): Array<{file: string; bundled: boolean}> {
	let names: string[] = [];
	try {
		names = readdirSync(paths.library).filter(name => name.endsWith('.json') && !name.startsWith('.')).sort();
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}

	return [{file: paths.bundled, bundled: true}, ...names.map(name => ({file: join(paths.library, name), bundled: false}))];
}

export function summarize(article: Article, file: string, bundled: boolean, hash = contentHash(article)): LoadedEntry {
	const {meta} = article;
	return {
		ok: true,
		id: meta.id,
		title: meta.title,
		...(meta.source === undefined ? {} : {source: meta.source}),
		...(meta.publisher === undefined ? {} : {publisher: meta.publisher}),
		...(meta.date === undefined ? {} : {date: meta.date}),
		quotes: article.quotes.length,
		entities: article.entities.length,
		file,
		bundled,
		hash,
		revision: articleRevision(article),
	};
}

export function brokenEntry(file: string, bundled: boolean, error: unknown): BrokenEntry {
	const message = error instanceof ArticleError ? error.message : `${file}: ${error instanceof Error ? error.message : String(error)}`;
	return {ok: false, id: basename(file, '.json'), file, bundled, error: message};
}

/**
 * Lists the library. Reading and validating a thousand files takes a second or more, so the
 * summaries are cached by file size, modification time and inode; only changed files are read,
 * and `onRead` is given each article that was, so a caller needing them need not read them twice.
 */
export function scanLibrary(paths: LibraryPaths, onRead?: (file: string, article: Article) => void): LibraryEntry[] {
	const cacheFile = catalogFile(paths);
	const cached = readCatalog(cacheFile);
	const next: Record<string, CachedFile> = {};
	let changed = false;
	const entries = articleFiles(paths).map(({file, bundled}): LibraryEntry => {
		let stats: Stats;
		try {
			stats = statSync(file);
		} catch (error) {
			return brokenEntry(file, bundled, new ArticleError(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error)}`));
		}

		const known = cached?.files[file];
		if (known !== undefined && known.size === stats.size && known.mtimeMs === stats.mtimeMs && known.ino === stats.ino) {
			next[file] = known;
			return {...known.entry, ok: true, file, bundled};
		}

		changed = true;
		try {
			const article = readArticleFile(file);
			onRead?.(file, article);
			const entry = summarize(article, file, bundled);
			const {ok: _ok, file: _file, bundled: _bundled, ...kept} = entry;
			next[file] = {size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino, entry: kept};
			return entry;
		} catch (error) {
			return brokenEntry(file, bundled, error);
		}
	});
	if (changed || cached === undefined || Object.keys(cached.files).length !== Object.keys(next).length) {
		try {
			writeFileAtomic(cacheFile, JSON.stringify({version: CATALOG_VERSION, files: next}));
		} catch {
			// The catalog only saves time: a read-only cache folder makes listing slower, not wrong.
		}
	}

	return entries;
}

/** Cache files are named after the library folder: two libraries never share one. */
export function cacheName(paths: LibraryPaths, kind: string): string {
	const key = createHash('sha256').update(paths.library).digest('hex').slice(0, 12);
	return join(paths.cache, `${kind}-${key}.json`);
}

function catalogFile(paths: LibraryPaths): string {
	return cacheName(paths, 'catalog');
}

function readCatalog(file: string): Catalog | undefined {
	try {
		const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<Catalog> | null;
		if (data?.version !== CATALOG_VERSION || typeof data.files !== 'object' || data.files === null) return undefined;
		return Object.values(data.files).every(isCachedFile) ? (data as Catalog) : undefined;
	} catch {
		return undefined;
	}
}
