import process from 'node:process';
import {Writable} from 'node:stream';
import React from 'react';
import type {AppProps} from './app.js';
import {namesById} from './article/names.js';
import type {Article, Quote} from './article/schema.js';
import type {LibraryPaths} from './library/paths.js';
import {openLibrary} from './library/reading-session.js';
import {LookProvider, lookFor} from './panes/look.js';
import {paintScreen} from './panes/screen.js';
import {initialState, reduce, startOptions, type ReaderState} from './reader/state.js';
import {createFrameWriter} from './render/frame-writer.js';
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
		const speaker = quote.speaker === null ? null : (namesById(from).get(quote.speaker) ?? null);
		const text = formatQuoteForClipboard(quote.text, speaker, from.meta.title, screen.unicode);
		const sequence = osc52ForTerminal(text, process.env);
		if (sequence === undefined) return 'Quote too long to copy; try pullquote quotes --format markdown';
		process.stdout.write(sequence);
		return 'Copied the quote with its attribution';
	};

	const reading = library ? openLibrary(library.paths, article) : undefined;
	const look = lookFor(screen);
	const props: Omit<AppProps, 'searcher'> = {
		article,
		library: reading?.items,
		openArticle: reading?.open,
		onLeave: reading?.leave,
		initialTop: reading?.remembered(article.meta.id).top,
		initialMarks: reading?.remembered(article.meta.id).marks,
		initialNotice: reading?.notice,
		ascii: !screen.unicode,
		onCopy: copy,
	};
	// Ink renders into the frame writer, which sends the terminal only what changed.
	const writer = createFrameWriter(process.stdout);
	const session = startSession(writer, keyboard);
	// The first screen comes straight from the reader's state, before Ink, React and Yoga have
	// loaded (most of a start); Ink's first frame is the same screen and writes nothing.
	const {columns, rows} = writer.inkStream;
	const first = initialState(article, columns, rows, startOptions(props));
	writer.paint(paintScreen(first, look));
	// A burst of resizes that ends at the size it started from brings no 'resize' event, yet Ink
	// may have laid out a frame for a size in between, and the terminal may have cut the screen
	// meanwhile. So every SIGWINCH lays the frame out again for the size now, and paints it whole.
	const repaint = () => {
		writer.inkStream.emit('resize');
		setImmediate(() => writer.redraw());
	};
	process.on('SIGWINCH', repaint);
	try {
		const [{render}, {App, Screen}, {createSearcher}] = await withoutFetch(async () =>
			Promise.all([import('ink'), import('./app.js'), import('./search/search.js')]),
		);
		const searcher = reading?.searcher ?? createSearcher(article);
		const instance = render(
			<LookProvider value={look}>
				<App {...props} searcher={searcher} />
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
		// V8 compiles a function when it first runs, so the first key press used to take twice as long as
		// the next. While the reader waits for it, it goes once through what the usual keys run, writing
		// nothing: the screens after a line down, a page down, zooming and a line down zoomed, drawn by
		// React and Ink into a terminal that is not there, and the updates the frame writer would send.
		const warmUp = setTimeout(() => {
			const press = (state: ReaderState, key: string) => reduce(state, {type: 'key', key, text: key.length === 1 ? key : ''});
			const steps = [press(first, 'j'), press(press(first, 'j'), 'space'), press(first, 'z'), press(press(first, 'z'), 'j')];
			const nowhere = Object.assign(new Writable({write: (_chunk, _encoding, done) => done()}), {isTTY: true, columns, rows});
			const tree = (state: ReaderState) => (
				<LookProvider value={look}>
					<Screen state={state} />
				</LookProvider>
			);
			try {
				const rehearsal = render(tree(first), {stdout: nowhere as unknown as NodeJS.WriteStream, debug: true, patchConsole: false, exitOnCtrlC: false});
				for (const state of steps) rehearsal.rerender(tree(state));
				rehearsal.unmount();
				writer.rehearse(steps.map(state => paintScreen(state, look)));
			} catch {
				// Warming up only saves time; the reader works the same without it.
			}
		}, 0);
		await instance.waitUntilExit();
		clearTimeout(warmUp);
	} finally {
		process.off('SIGWINCH', repaint);
		session.restore();
		if (keyboard !== process.stdin) keyboard.destroy();
		await reading?.close();
	}

	if (reading?.notice) process.stderr.write(`pullquote: ${reading.notice}\n`);
	return 0;
}

/**
 * Runs `load` with no global fetch. Yoga, Ink's layout engine, loads its WebAssembly with fetch
 * whenever fetch exists: Node then starts its HTTP client and percent-decodes the inline data URL,
 * some 40 ms of every start. Without fetch Yoga decodes the same bytes itself.
 */
async function withoutFetch<T>(load: () => Promise<T>): Promise<T> {
	// The descriptor, not the value: reading globalThis.fetch is what starts the HTTP client.
	const fetchProperty = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
	if (!fetchProperty?.configurable) return load();
	Object.defineProperty(globalThis, 'fetch', {value: undefined, configurable: true, writable: true});
	try {
		return await load();
	} finally {
		Object.defineProperty(globalThis, 'fetch', fetchProperty);
	}
}
