import process from 'node:process';
import {render} from 'ink';
import React from 'react';
import {App, type OpenedArticle, type ReaderSearcher} from './app.js';
import {readArticleFile} from './article/load.js';
import type {Article, Quote} from './article/schema.js';
import {listArticles, type LibraryEntry} from './library/library.js';
import type {LibraryPaths} from './library/paths.js';
import {loadReadingState, positionOf, saveReadingState, withPosition, type ReadingState} from './library/reading-state.js';
import {LookProvider, lookFor} from './panes/look.js';
import {createFrameWriter} from './render/frame-writer.js';
import type {LibraryItem} from './reader/state.js';
import {createSearchClient} from './search/search-worker.js';
import {createSearcher} from './search/search.js';
import type {Capabilities} from './terminal/capabilities.js';
import {formatQuoteForClipboard, osc52ForTerminal} from './terminal/clipboard.js';
import {openKeyboard, startSession} from './terminal/session.js';

/** The reader over the library: every article listed, searched together, positions and marks remembered. */
type LibraryReading = {paths: LibraryPaths};

/** Runs the full-screen reader until the user quits; resolves to the exit code. */
export async function runReader(article: Article, screen: Capabilities, library?: LibraryReading): Promise<number> {
	const keyboard = openKeyboard();
	if (!keyboard) {
		process.stderr.write('pullquote: no terminal to read keys from\n');
		return 1;
	}

	const copy = (quote: Quote, from: Article) => {
		const speaker = from.entities.find(entity => entity.id === quote.speaker)?.name ?? null;
		const text = formatQuoteForClipboard(quote.text, speaker, from.meta.title, screen.unicode);
		const sequence = osc52ForTerminal(text, process.env);
		if (sequence === undefined) return 'Quote too long to copy; try pullquote quotes --format markdown';
		process.stdout.write(sequence);
		return 'Copied the quote with its attribution';
	};

	const reading = library ? openLibrary(library.paths, article) : undefined;
	let current = article;
	// Ink renders into the frame writer, which sends the terminal only what changed.
	const writer = createFrameWriter(process.stdout);
	const session = startSession(writer, keyboard);
	// A burst of resizes that ends at the size it started from brings no 'resize' event, yet Ink
	// may have laid out a frame for a size in between, and the terminal may have cut the screen
	// meanwhile. So every SIGWINCH lays the frame out again for the size now, and paints it whole.
	const repaint = () => {
		writer.inkStream.emit('resize');
		setImmediate(() => writer.redraw());
	};
	process.on('SIGWINCH', repaint);
	try {
		const instance = render(
			<LookProvider value={lookFor(screen)}>
				<App
					article={article}
					searcher={reading?.searcher ?? createSearcher(article)}
					library={reading?.items}
					openArticle={
						reading &&
						(id => {
							const opened = reading.open(id);
							if (typeof opened !== 'string') current = opened.article;
							return opened;
						})
					}
					onLeave={reading?.leave}
					initialTop={reading?.remembered(article.meta.id).top}
					initialMarks={reading?.remembered(article.meta.id).marks}
					initialNotice={reading?.notice}
					ascii={!screen.unicode}
					onCopy={quote => copy(quote, current)}
				/>
			</LookProvider>,
			{
				stdout: writer.inkStream as unknown as NodeJS.WriteStream,
				stdin: keyboard,
				exitOnCtrlC: false,
				patchConsole: false,
				// The frame writer already draws at most one frame per turn of the event loop, the
				// latest; Ink's own 30 fps throttle would only hold a key's answer back by up to 33 ms.
				maxFps: 1000,
			},
		);
		await instance.waitUntilExit();
	} finally {
		process.off('SIGWINCH', repaint);
		session.restore();
		if (keyboard !== process.stdin) keyboard.destroy();
		await reading?.close();
	}

	if (reading?.notice) process.stderr.write(`pullquote: ${reading.notice}\n`);
	return 0;
}

function openLibrary(paths: LibraryPaths, first: Article) {
	const entries = listArticles(paths);
	const loaded = loadReadingState(paths.state);
	let state: ReadingState = loaded.state;
	const client = createSearchClient({source: {paths}});
	const remembered = (id: string) => ({top: positionOf(state, id)?.top, marks: [...(state.marks[id] ?? [])]});

	return {
		items: entries.map(toItem),
		notice: loaded.notice,
		searcher: {
			// The library is searched as the reader types; until the index is open, a query waits for it.
			search: query => (query.trim() === '' ? [] : client.search(query)),
		} satisfies ReaderSearcher,
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
			await client.close();
		},
	};
}

function toItem(entry: LibraryEntry): LibraryItem {
	if (!entry.ok) return {id: entry.id, title: entry.id, quotes: 0, error: entry.error};
	return {id: entry.id, title: entry.title, source: entry.source, publisher: entry.publisher, date: entry.date, quotes: entry.quotes};
}
