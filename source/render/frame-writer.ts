/**
 * The terminal writer Ink renders into.
 *
 * Ink 6.8 redraws by erasing every line of its previous frame and writing the whole new
 * frame; when the frame is as tall as the terminal it clears the screen, scrollback
 * included, on every update (and its incremental mode is broken). Over SSH that means a
 * screenful of bytes per key press. So Ink does not write to the terminal here: it writes to
 * `inkStream`, a stand-in that looks like a TTY (size and 'resize' come from the real output),
 * and each of its writes is read as a whole frame: its erase, clear and cursor escapes are
 * dropped, the lines are kept.
 *
 * The writer keeps a model of what the terminal shows (the styled string of each row, split
 * into cells when needed) and writes only the difference: the changed columns of changed rows,
 * with the shortest cursor moves and style changes, an erase where a row got shorter or a run
 * of blanks replaced text (ECH), and a single erase below a frame that shrank. The terminal's
 * rendition is tracked, so every cell is written in exactly its own style and the plain style
 * is restored before erasing, scrolling and at the end of each update: styles never bleed.
 * When a block of whole rows moved up or down (the zoomed article scrolling), the terminal
 * scrolls them itself inside a scroll region (DECSTBM, then SU or SD) and only the rows that
 * scrolled in are drawn. Frames are drawn on the next turn of the event loop,
 * and not while the output is congested, so a burst of frames costs one update: the latest.
 * A resize forgets the model; the next update clears the screen once and paints it whole.
 *
 * Widths come from string-width, as in Ink; nothing is written past the last column, and
 * autowrap is off while the writer runs. Characters whose width terminals disagree on (emoji,
 * flags, joined sequences) make the rest of their row be erased and rewritten in one run,
 * since the terminal may have placed what follows them elsewhere than the model says.
 *
 * Ink's incremental rendering and <Static> output are not supported: each write must be a
 * frame. Ink's useCursor works: the cursor is shown where Ink asks for it. A frame taller than
 * the terminal shows its top rows; a frame as tall as the terminal is fine here.
 *
 * Use: const writer = createFrameWriter(process.stdout); writer.start();
 * render(<App />, {stdout: writer.inkStream as unknown as NodeJS.WriteStream, ...});
 * and writer.stop() on the way out (it is safe in signal and exit handlers).
 */
import {writeSync} from 'node:fs';
import {Writable} from 'node:stream';
import {InkOutputReader} from './ink-output.js';
import type {CursorIntent} from './ink-output.js';
import {Screen} from './screen.js';

/** The real terminal output, normally process.stdout. */
export type TerminalOutput = {
	write(chunk: string): boolean;
	on(event: 'resize' | 'drain', listener: () => void): unknown;
	off(event: 'resize' | 'drain', listener: () => void): unknown;
	readonly columns?: number | undefined;
	readonly rows?: number | undefined;
	readonly fd?: number | undefined;
	readonly isTTY?: boolean | undefined;
};

/** What Ink receives as stdout: a writable stream with a terminal's size. */
export type InkStream = Writable & {
	readonly isTTY: true;
	readonly columns: number;
	readonly rows: number;
};

export type FrameWriterOptions = {
	/** Wrap each update in synchronized-output markers (ESC[?2026h/l), 16 bytes more each. */
	synchronized?: boolean;
	/** When to draw the frames that arrived; the default waits for the next event loop turn. */
	schedule?: (draw: () => void) => void;
};

export type FrameWriter = {
	readonly inkStream: InkStream;
	/** Enter the alternate screen, hide the cursor and clear it. */
	start(): void;
	/** Leave the alternate screen and show the cursor; synchronous, idempotent, signal-safe. */
	stop(): void;
	/** Clear and repaint the whole screen now. */
	redraw(): void;
	/**
	 * Shows a frame made elsewhere than in Ink, now: lines as Ink would write them. Ink's next
	 * frame is compared with it like any other, so a frame equal to it writes nothing.
	 */
	paint(lines: string[]): void;
	/** Works out what showing these frames one after another would write, and writes nothing. */
	rehearse(frames: string[][]): void;
};

const enterAlternateScreen = '\u001B[?1049h';
const leaveAlternateScreen = '\u001B[?1049l';
// With autowrap off, a line the terminal finds wider than string-width does loses its end
// instead of wrapping onto (and scrolling) the rows below it.
const autowrapOff = '\u001B[?7l';
const autowrapOn = '\u001B[?7h';
const hideCursor = '\u001B[?25l';
const showCursor = '\u001B[?25h';
const beginUpdate = '\u001B[?2026h';
const endUpdate = '\u001B[?2026l';

class TerminalStandIn extends Writable {
	readonly isTTY = true as const;

	constructor(
		private readonly output: TerminalOutput,
		private readonly receive: (chunk: string) => void,
	) {
		super({decodeStrings: false});
	}

	get columns(): number {
		return Math.max(1, this.output.columns ?? 80);
	}

	get rows(): number {
		return Math.max(1, this.output.rows ?? 24);
	}

	override _write(chunk: unknown, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
		this.receive(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
		callback();
	}
}

export function createFrameWriter(output: TerminalOutput, options: FrameWriterOptions = {}): FrameWriter {
	const schedule = options.schedule ?? ((draw: () => void) => setImmediate(draw));
	const reader = new InkOutputReader();
	let active = false;
	let screen: Screen | undefined;
	let frame: string[] = [];
	let cursor: CursorIntent = {x: 0, y: 0, visible: false};
	let cursorShown = false;
	let dirty = false;
	let scheduled = false;
	let congested = false;

	const receive = (chunk: string) => {
		const write = reader.read(chunk);
		if (write.passthrough) output.write(write.passthrough);
		if (write.lines) {
			frame = write.lines;
			dirty = true;
		}

		const next = write.cursor;
		if (next.visible !== cursor.visible || (next.visible && (next.x !== cursor.x || next.y !== cursor.y))) dirty = true;
		cursor = next;
		if (dirty) request();
	};

	const inkStream = new TerminalStandIn(output, receive);

	const request = () => {
		if (scheduled || !active) return;
		scheduled = true;
		schedule(draw);
	};

	const onDrain = () => {
		output.off('drain', onDrain);
		congested = false;
		request();
	};

	const draw = () => {
		scheduled = false;
		if (!active || congested || !dirty) return;
		dirty = false;
		const {columns, rows} = inkStream;
		let out = '';
		if (!screen || screen.columns !== columns || screen.rows !== rows) {
			screen = new Screen(columns, rows);
			out += screen.clear();
		}

		const changes = screen.paint(frame);
		if (changes && cursorShown) {
			out += hideCursor;
			cursorShown = false;
		}

		out += changes;
		if (cursor.visible && cursor.y >= 0 && cursor.y < rows) {
			out += screen.placeCursor(cursor.x, cursor.y);
			if (!cursorShown) out += showCursor;
			cursorShown = true;
		} else if (cursorShown) {
			out += hideCursor;
			cursorShown = false;
		}

		if (out === '') return;
		if (options.synchronized) out = beginUpdate + out + endUpdate;
		if (!output.write(out)) {
			congested = true;
			output.on('drain', onDrain);
		}
	};

	// Ink hears of every resize, also while stopped (suspended), so its layout stays current.
	output.on('resize', () => {
		screen = undefined;
		dirty = true;
		inkStream.emit('resize');
		request();
	});

	return {
		inkStream,
		start() {
			if (active) return;
			active = true;
			screen = new Screen(inkStream.columns, inkStream.rows);
			cursorShown = false;
			output.write(enterAlternateScreen + autowrapOff + hideCursor + screen.clear());
			dirty = true;
			request();
		},
		stop() {
			if (!active) return;
			active = false;
			screen = undefined;
			const restore = `\u001B[r\u001B[m${autowrapOn}${showCursor}${leaveAlternateScreen}`;
			if (output.isTTY && typeof output.fd === 'number') {
				try {
					writeSync(output.fd, restore);
					return;
				} catch {
					// Fall back to the stream below.
				}
			}

			output.write(restore);
		},
		redraw() {
			screen = undefined;
			dirty = true;
			draw();
		},
		paint(lines) {
			frame = lines;
			dirty = true;
			draw();
		},
		rehearse(frames) {
			const scratch = new Screen(inkStream.columns, inkStream.rows);
			for (const lines of [frame, ...frames]) scratch.paint(lines);
		},
	};
}
