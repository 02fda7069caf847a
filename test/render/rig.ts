// A frame writer wired to a fake terminal output and a headless terminal emulator that
// replays everything the writer emits, with frames drawn only when the test says so.
import {EventEmitter} from 'node:events';
import xterm from '@xterm/headless';
import type {Terminal} from '@xterm/headless';
import {createFrameWriter} from '../../source/render/frame-writer.js';
import type {FrameWriter} from '../../source/render/frame-writer.js';

export class FakeOutput extends EventEmitter {
	readonly isTTY = true;
	chunks: string[] = [];

	constructor(public columns: number, public rows: number) {
		super();
	}

	write(chunk: string): boolean {
		this.chunks.push(chunk);
		return true;
	}

	/** Everything written since the last call. */
	take(): string {
		const all = this.chunks.join('');
		this.chunks = [];
		return all;
	}
}

/** Cells of the emulator's screen, one string per row, with a style tag wherever it changes. */
export function snapshot(terminal: Terminal): string[] {
	const buffer = terminal.buffer.active;
	const rows: string[] = [];
	const cell = buffer.getNullCell();
	for (let y = 0; y < terminal.rows; y++) {
		const line = buffer.getLine(buffer.viewportY + y);
		let text = '';
		let lastTag = '';
		for (let x = 0; x < terminal.cols; x++) {
			line?.getCell(x, cell);
			if (cell.getWidth() === 0) continue;
			const tag = [
				cell.getFgColorMode(),
				cell.getFgColor(),
				cell.getBgColorMode(),
				cell.getBgColor(),
				cell.isBold(),
				cell.isDim(),
				cell.isItalic(),
				cell.isUnderline(),
				cell.isInverse(),
				cell.isStrikethrough(),
				cell.isInvisible(),
			].join(',');
			if (tag !== lastTag) {
				text += `{${tag}}`;
				lastTag = tag;
			}

			text += cell.getChars() || ' ';
		}

		rows.push(text);
	}

	return rows;
}

export function emulator(columns: number, rows: number): Terminal {
	return new xterm.Terminal({cols: columns, rows, allowProposedApi: true, scrollback: 0});
}

export async function feed(terminal: Terminal, data: string): Promise<void> {
	await new Promise<void>(resolve => {
		terminal.write(data, resolve);
	});
}

const eraseLines = (count: number): string => {
	let out = '';
	for (let index = 0; index < count; index++) out += `\u001B[2K${index < count - 1 ? '\u001B[1A' : ''}`;
	return count > 0 ? `${out}\u001B[G` : '';
};

/**
 * Writes frames into the writer the way Ink 6.8 does: eraseLines of the previous frame's
 * height, then the frame with a trailing newline; a frame as tall as the terminal comes as
 * clearTerminal + frame once the previous one was that tall too.
 */
export class Rig {
	readonly output: FakeOutput;
	readonly writer: FrameWriter;
	readonly terminal: Terminal;
	private readonly tasks: Array<() => void> = [];
	private previousHeight = 0;

	constructor(columns: number, rows: number) {
		this.output = new FakeOutput(columns, rows);
		this.writer = createFrameWriter(this.output, {schedule: task => this.tasks.push(task)});
		this.terminal = emulator(columns, rows);
	}

	/** Hands a frame to the writer as Ink would, without drawing it yet. */
	write(lines: readonly string[]): void {
		const {rows} = this.output;
		const stream = this.writer.inkStream;
		stream.write('\u001B[?2026h');
		if (this.previousHeight >= rows) {
			stream.write(`\u001B[2J\u001B[3J\u001B[H${lines.join('\n')}`);
		} else {
			const full = lines.length >= rows;
			stream.write(eraseLines(this.previousHeight + (this.previousHeight > 0 ? 1 : 0)) + lines.join('\n') + (full ? '' : '\n'));
		}

		stream.write('\u001B[?2026l');
		this.previousHeight = lines.length;
	}

	/** Runs the drawing the writer scheduled and returns the bytes it wrote. */
	flush(): string {
		while (this.tasks.length > 0) this.tasks.shift()?.();
		return this.output.take();
	}

	async start(): Promise<string> {
		this.writer.start();
		const bytes = this.flush();
		await feed(this.terminal, bytes);
		return bytes;
	}

	/** Draws what the writer holds and replays the bytes in the emulator. */
	async draw(): Promise<string> {
		const bytes = this.flush();
		await feed(this.terminal, bytes);
		return bytes;
	}

	/** Writes a frame, draws it, replays the bytes in the emulator and returns them. */
	async frame(lines: readonly string[]): Promise<string> {
		this.write(lines);
		const bytes = this.flush();
		await feed(this.terminal, bytes);
		return bytes;
	}

	async resize(columns: number, rows: number): Promise<void> {
		await feed(this.terminal, this.output.take());
		this.terminal.resize(columns, rows);
		this.output.columns = columns;
		this.output.rows = rows;
		this.output.emit('resize');
	}

	screen(): string[] {
		return snapshot(this.terminal);
	}
}

/** The screen a fresh writer shows after starting and drawing `lines` once. */
export async function freshScreen(columns: number, rows: number, lines: readonly string[]): Promise<string[]> {
	const rig = new Rig(columns, rows);
	await rig.start();
	await rig.frame(lines);
	return rig.screen();
}
