import {readArticleFile} from '../article/load.js';
import type {Article} from '../article/schema.js';
import type {LibraryItem, ReaderHit} from '../reader/state.js';
import type {SearchClient} from '../search/search-worker.js';
import {listArticles, type LibraryEntry} from './library.js';
import type {LibraryPaths} from './paths.js';
import {loadReadingState, positionOf, saveReadingState, withPosition, type ReadingState} from './reading-state.js';

/*
 * The library as the reader uses it: the list of articles, search across all of them, opening
 * one by id, and remembering the position and marks of each article left.
 */

export type OpenedArticle = {article: Article; marks: string[]; top?: number | undefined};

/** Opens the library at `paths` with `first` already open in the reader. */
export function openLibrary(paths: LibraryPaths, first: Article) {
	const entries = listArticles(paths);
	const loaded = loadReadingState(paths.state);
	let state: ReadingState = loaded.state;
	// The search index, and the code that searches it, are loaded at the first query, not before the first screen.
	let client: Promise<SearchClient> | undefined;
	const searchClient = async () =>
		(client ??= import('../search/search-worker.js').then(({createSearchClient}) => createSearchClient({source: {paths}})));
	const remembered = (id: string) => ({top: positionOf(state, id)?.top, marks: [...(state.marks[id] ?? [])]});

	return {
		items: entries.map(toItem),
		notice: loaded.notice,
		searcher: {
			// The library is searched as the reader types; until the index is open, a query waits for it.
			search: (query: string): ReaderHit[] | Promise<ReaderHit[] | 'stale'> =>
				query.trim() === '' ? [] : searchClient().then(async opened => opened.search(query)),
		},
		remembered,
		open(id: string): OpenedArticle | string {
			if (id === first.meta.id) return {article: first, ...remembered(id)};
			const entry = entries.find(candidate => candidate.id === id);
			if (entry === undefined) return `No article "${id}" in the library`;
			if (!entry.ok) return entry.error;
			try {
				return {article: readArticleFile(entry.file), ...remembered(id)};
			} catch (error) {
				return error instanceof Error ? error.message : String(error);
			}
		},
		leave(articleId: string, top: number, marks: string[]) {
			state = withPosition(state, articleId, top);
			state = {...state, marks: {...state.marks, [articleId]: marks}};
			if (marks.length === 0) delete state.marks[articleId];
			try {
				saveReadingState(paths.state, state);
			} catch {
				// Losing a reading position is not worth interrupting the reader for.
			}
		},
		async close() {
			await (await client)?.close();
		},
	};
}

function toItem(entry: LibraryEntry): LibraryItem {
	if (!entry.ok) return {id: entry.id, title: entry.id, quotes: 0, error: entry.error};
	return {id: entry.id, title: entry.title, source: entry.source, publisher: entry.publisher, date: entry.date, quotes: entry.quotes};
}
