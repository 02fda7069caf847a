import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {MessageChannel, Worker} from 'node:worker_threads';
import type {Article} from '../article/schema.js';
import {scanLibrary} from '../library/catalog.js';
import type {LibraryPaths} from '../library/paths.js';
import {openSearchIndex} from './index-store.js';
import {createLibrarySearcher, searcherOver, type LibraryHit, type LibrarySearcher} from './library-search.js';
import type {FromWorker, ToWorker, WorkerData, WorkerSource} from './search-worker-thread.js';

/*
 * Search as the reader types: every query supersedes the one before it. A superseded query's
 * promise resolves 'stale' at once, whatever the searcher is doing, so a caller can simply
 * ignore 'stale' and show the results it does get, which are always for the newest query.
 */

/** Libraries with fewer documents (quotes plus entities) than this are searched on the main thread. */
export const WORKER_THRESHOLD = 2000;

export type SearchClientOptions = {
	/** The library on disk (its persisted index is used and kept up to date), or articles in memory. */
	source: WorkerSource;
	limit?: number;
	/** 'auto' (the default) uses a worker from WORKER_THRESHOLD documents on. */
	mode?: 'auto' | 'worker' | 'inline';
	threshold?: number;
};

export type SearchReady = {
	mode: 'worker' | 'inline';
	documentCount: number;
	/** How the persisted index was brought up to date: 'loaded', 'updated', 'rebuilt' or 'built'. */
	index?: string;
	/** Article files that failed to load and are not searchable. */
	errors: Array<{file: string; message: string}>;
};

export type SearchClient = {
	/** Resolves with the hits for `query`, or 'stale' once a newer query has been sent. */
	search(query: string): Promise<LibraryHit[] | 'stale'>;
	/** Settles when the index is open; searches sent before then wait for it. */
	readonly ready: Promise<SearchReady>;
	close(): Promise<void>;
};

export function createSearchClient(options: SearchClientOptions): SearchClient {
	const mode = options.mode ?? 'auto';
	const wanted = mode === 'worker' || (mode === 'auto' && documentCount(options.source) >= (options.threshold ?? WORKER_THRESHOLD));
	// A build without the worker file still searches, only on the main thread.
	const entry = wanted ? workerEntry() : undefined;
	return entry === undefined ? inlineClient(options) : workerClient(options, entry);
}

function documentCount(source: WorkerSource): number {
	const count = (quotes: number, entities: number) => quotes + entities;
	if ('articles' in source) return source.articles.reduce((sum, article) => sum + count(article.quotes.length, article.entities.length), 0);
	return scanLibrary(source.paths).reduce((sum, entry) => sum + (entry.ok ? count(entry.quotes, entry.entities) : 0), 0);
}

/** Keeps the one pending promise and settles older ones 'stale' as soon as a newer query is sent. */
function latestWins() {
	let latest = 0;
	let pending: {seq: number; resolve: (result: LibraryHit[] | 'stale') => void; reject: (error: Error) => void} | undefined;
	return {
		next(): {seq: number; promise: Promise<LibraryHit[] | 'stale'>} {
			pending?.resolve('stale');
			const seq = ++latest;
			const promise = new Promise<LibraryHit[] | 'stale'>((resolve, reject) => {
				pending = {seq, resolve, reject};
			});
			return {seq, promise};
		},
		isLatest: (seq: number) => seq === latest,
		settle(seq: number, hits: LibraryHit[]) {
			if (pending?.seq !== seq) return;
			pending.resolve(hits);
			pending = undefined;
		},
		fail(error: Error) {
			pending?.reject(error);
			pending = undefined;
		},
		drop() {
			pending?.resolve('stale');
			pending = undefined;
		},
	};
}

function inlineClient(options: SearchClientOptions): SearchClient {
	const limit = options.limit ?? 50;
	const queue = latestWins();
	let searcher: LibrarySearcher | undefined;
	let ready: SearchReady;
	try {
		if ('articles' in options.source) {
			searcher = createLibrarySearcher(options.source.articles);
			ready = {mode: 'inline', documentCount: searcher.documentCount, errors: []};
		} else {
			const opened = openSearchIndex(options.source.paths);
			searcher = searcherOver(opened.prefilter);
			ready = {mode: 'inline', documentCount: searcher.documentCount, index: opened.state, errors: opened.errors};
		}
	} catch (error) {
		const failure = error instanceof Error ? error : new Error(String(error));
		return {search: () => Promise.reject(failure), ready: Promise.reject(failure), close: async () => {}};
	}

	const opened = searcher;
	return {
		ready: Promise.resolve(ready),
		search(query) {
			const {seq, promise} = queue.next();
			// Deferred so that a burst of keystrokes costs one search, as with the worker.
			setImmediate(() => {
				if (queue.isLatest(seq)) queue.settle(seq, opened.search(query, limit));
			});
			return promise;
		},
		async close() {},
	};
}

function workerClient(options: SearchClientOptions, entry: URL): SearchClient {
	const limit = options.limit ?? 50;
	const queue = latestWins();
	const {port1, port2} = new MessageChannel();
	const data: WorkerData = {port: port2, source: options.source};
	const worker = new Worker(entry, {workerData: data, transferList: [data.port]});
	let closed = false;
	let resolveReady: (ready: SearchReady) => void;
	let rejectReady: (error: Error) => void;
	const ready = new Promise<SearchReady>((resolve, reject) => {
		resolveReady = resolve;
		rejectReady = reject;
	});
	// A caller that only ever searches should not see an unhandled rejection from `ready`.
	ready.catch(() => {});
	const failed = (error: Error) => {
		rejectReady(error);
		queue.fail(error);
	};

	port1.on('message', (message: FromWorker) => {
		switch (message.type) {
			case 'ready': {
				resolveReady({mode: 'worker', documentCount: message.documentCount, ...(message.index === undefined ? {} : {index: message.index}), errors: message.errors});
				break;
			}

			case 'results': {
				queue.settle(message.seq, message.hits as LibraryHit[]);
				break;
			}

			case 'stale': {
				break;
			}

			case 'failed': {
				failed(new Error(`search: ${message.message}`));
				break;
			}
		}
	});
	worker.on('error', error => failed(error));
	worker.on('exit', code => {
		if (!closed) failed(new Error(`search: the search worker stopped (exit code ${code})`));
	});

	const send = (message: ToWorker) => port1.postMessage(message);
	return {
		ready,
		search(query) {
			if (closed) return Promise.resolve('stale');
			const {seq, promise} = queue.next();
			send({type: 'search', seq, query, limit});
			return promise;
		},
		async close() {
			if (closed) return;
			closed = true;
			queue.drop();
			port1.close();
			await worker.terminate();
		},
	};
}

/**
 * The worker is its own file beside this one: dist/search-worker-thread.js in the bundle;
 * from the TypeScript sources, a small script that registers tsx and then loads
 * search-worker-thread.ts. Undefined when neither is there.
 */
function workerEntry(): URL | undefined {
	return ['search-worker-thread.js', 'search-worker-source.mjs']
		.map(name => new URL(name, import.meta.url))
		.find(url => existsSync(fileURLToPath(url)));
}
