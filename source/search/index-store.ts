import {closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync} from 'node:fs';
import {createHash, randomBytes} from 'node:crypto';
import {basename, dirname, join} from 'node:path';
import {crc32} from 'node:zlib';
import {readArticleFile} from '../article/load.js';
import type {Article} from '../article/schema.js';
import {cacheName, scanLibrary, type LibraryEntry, type LoadedEntry} from '../library/catalog.js';
import type {LibraryPaths} from '../library/paths.js';
import {Prefilter, type PrefilterHeader} from './prefilter.js';

/*
 * The search index lives in the cache folder so that opening a large library does not mean
 * reading and indexing every article. It is only a cache: whatever is wrong with it (another
 * version, a library changed behind its back, a truncated file) is repaired without asking.
 *
 * The file is one line of JSON (version, fingerprint, the article table, section sizes and a
 * checksum) followed by the index's binary sections. Binary because parsing a JSON index of a
 * large library took seconds and a peak of memory several times the index's own size.
 */

/** Raise whenever the index options or the stored document shape change. */
export const INDEX_VERSION = 4;

type PersistedHeader = {version: number; fingerprint: string; bytes: number; checksum: number; prefilter: PrefilterHeader};

export type OpenedIndex = {
	prefilter: Prefilter;
	/** How the index was brought up to date, for a status line or a log. */
	state: 'loaded' | 'updated' | 'rebuilt' | 'built';
	added: string[];
	removed: string[];
	/** Articles that failed to load and are therefore not searchable. */
	errors: Array<{file: string; message: string}>;
};

/** Still named .json, though only its first line is JSON, so that the file an older version wrote is replaced rather than left behind. */
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
	let bytes: Buffer;
	try {
		bytes = readFileSync(file);
	} catch {
		return 'missing';
	}

	try {
		const newline = bytes.indexOf(0x0a);
		if (newline === -1) return 'unusable';
		const data = JSON.parse(bytes.toString('utf8', 0, newline)) as Partial<PersistedHeader> | null;
		if (data?.version !== INDEX_VERSION || data.prefilter === undefined || typeof data.fingerprint !== 'string') return 'unusable';
		// A fingerprint that disagrees with the article table means the file was not written by save().
		if (fingerprint(Object.entries(data.prefilter.articles)) !== data.fingerprint) return 'unusable';
		// A torn write or a flipped byte in the sections shows in their length or checksum.
		const body = bytes.subarray(newline + 1);
		if (body.length !== data.bytes || crc32(body) !== data.checksum) return 'unusable';
		return {prefilter: Prefilter.fromBinary(data.prefilter, body)};
	} catch {
		return 'unusable';
	}
}

function save(file: string, prefilter: Prefilter): void {
	const {header, sections} = prefilter.toBinary();
	let checksum = 0;
	let bytes = 0;
	for (const section of sections) {
		checksum = crc32(section, checksum);
		bytes += section.length;
	}

	const persisted: PersistedHeader = {version: INDEX_VERSION, fingerprint: fingerprint(Object.entries(header.articles)), bytes, checksum, prefilter: header};
	try {
		const line = JSON.stringify(persisted);
		// Spaces before the newline start the sections on a 4-byte boundary, where their 32-bit arrays can be read in place.
		const padding = (4 - ((Buffer.byteLength(line) + 1) % 4)) % 4;
		writeAtomic(file, [Buffer.from(`${line}${' '.repeat(padding)}\n`), ...sections]);
	} catch {
		// Without a writable cache the index is rebuilt on every start: slower, never wrong.
	}
}

/** Replaces `file` by the parts written back to back, so a reader sees the old file or the new one, never half. */
function writeAtomic(file: string, parts: readonly Uint8Array[]): void {
	const folder = dirname(file);
	mkdirSync(folder, {recursive: true});
	const temporary = join(folder, `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
	const descriptor = openSync(temporary, 'wx', 0o644);
	try {
		for (const part of parts) {
			for (let written = 0; written < part.length; ) written += writeSync(descriptor, part, written);
		}

		fsyncSync(descriptor);
		closeSync(descriptor);
		renameSync(temporary, file);
	} catch (error) {
		try {
			closeSync(descriptor);
		} catch {
			// Already closed.
		}

		rmSync(temporary, {force: true});
		throw error;
	}
}
