import {receiveMessageOnPort, workerData, type MessagePort} from 'node:worker_threads';
import type {Article} from '../article/schema.js';
import type {LibraryPaths} from '../library/paths.js';
import {openSearchIndex} from './index-store.js';
import {createLibrarySearcher, searcherOver, type LibrarySearcher} from './library-search.js';

/*
 * The search worker: holds the library's index and answers queries off the main thread so
 * typing never waits for a search. Only the newest query matters; older ones still queued
 * when the worker gets to them are answered 'stale' without searching.
 */

export type WorkerSource = {paths: LibraryPaths} | {articles: Article[]};
export type WorkerData = {port: MessagePort; source: WorkerSource};

export type ToWorker = {type: 'search'; seq: number; query: string; limit: number} | {type: 'close'};
export type FromWorker =
	| {type: 'ready'; documentCount: number; index?: string; errors: Array<{file: string; message: string}>}
	| {type: 'results'; seq: number; hits: unknown[]}
	| {type: 'stale'; seq: number}
	| {type: 'failed'; message: string};

const {port, source} = workerData as WorkerData;

function open(): {searcher: LibrarySearcher; ready: FromWorker} {
	if ('articles' in source) {
		const searcher = createLibrarySearcher(source.articles);
		return {searcher, ready: {type: 'ready', documentCount: searcher.documentCount, errors: []}};
	}

	const opened = openSearchIndex(source.paths);
	const searcher = searcherOver(opened.prefilter);
	return {searcher, ready: {type: 'ready', documentCount: searcher.documentCount, index: opened.state, errors: opened.errors}};
}

function post(message: FromWorker): void {
	port.postMessage(message);
}

try {
	const {searcher, ready} = open();
	post(ready);
	port.on('message', (first: ToWorker) => {
		// Everything that arrived while the last search ran is waiting here; only the newest is worth answering.
		let message = first;
		for (let next = receiveMessageOnPort(port); next !== undefined; next = receiveMessageOnPort(port)) {
			if (message.type === 'search') post({type: 'stale', seq: message.seq});
			message = next.message as ToWorker;
		}

		if (message.type === 'close') {
			port.close();
			return;
		}

		post({type: 'results', seq: message.seq, hits: searcher.search(message.query, message.limit)});
	});
} catch (error) {
	post({type: 'failed', message: error instanceof Error ? error.message : String(error)});
	port.close();
}
