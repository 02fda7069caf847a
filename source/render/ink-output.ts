// Reads what Ink 6.8 writes to its stdout and keeps only what it means: the lines of the
// frame, where Ink wants the cursor, and escapes that are not about drawing (mode switches,
// keyboard protocol queries) which must still reach the terminal.
//
// Ink's log-update writes, in one write per frame: optionally "hide cursor + move back to the
// bottom of the frame", then eraseLines(previous height), then the frame (with a trailing
// newline unless the frame is as tall as the terminal), then optionally "cursor up, column,
// show cursor" for useCursor. A frame as tall as the terminal comes instead as clearTerminal +
// frame, followed by a separate cursor-only write. Around each frame Ink writes the
// synchronized-update markers as writes of their own, and cli-cursor writes hide/show alone.
// log.clear() (on a narrowing resize) writes only eraseLines: it is not a frame.
import {applyHyperlink, applySgr, plainStyle, styleId, styleTransition} from './style.js';
import type {Style} from './style.js';

export type CursorIntent = {readonly x: number; readonly y: number; readonly visible: boolean};

export type InkWrite = {
	/** The frame's lines, each carrying the style it starts in, when the write held a frame. */
	readonly lines: string[] | undefined;
	/** Escapes unrelated to drawing, to forward to the terminal unchanged. */
	readonly passthrough: string;
	/** Where Ink wants the cursor, relative to the frame's top left corner. */
	readonly cursor: CursorIntent;
};

const tokenPattern = /\u001B(?:\[([0-?]*)([ -/]*)([@-~])|\]([^\u0007\u001B]*)(?:\u0007|\u001B\\)?|([@-Z\\-_]))|[^\u001B]+/g;

function count(params: string): number {
	const value = Number.parseInt(params, 10);
	return Number.isNaN(value) || value < 1 ? 1 : value;
}

export class InkOutputReader {
	private x = 0;
	private y = 0;
	private visible = false;

	read(chunk: string): InkWrite {
		let lines: string[] | undefined;
		let cleared = false;
		let passthrough = '';
		// Styles set before any text belong to the first line.
		let pending = '';
		let line = '';
		let lineHasText = false;
		let style: Style = plainStyle;
		let contentOpen = false;

		const closeContent = () => {
			if (!contentOpen || !lines) return;
			contentOpen = false;
			if (lineHasText || lines.length === 0) lines.push(line);
			// Ink places the cursor as if it sat just below the frame, trailing newline or not.
			this.y = lines.length;
			this.x = 0;
		};

		const addText = (text: string) => {
			if (!lines) {
				lines = [];
				line = pending;
				contentOpen = true;
			} else if (!contentOpen) {
				// Text after cursor movement: a second block in one write, such as static output
				// followed by the frame. The later block is what stays on screen; start over.
				lines = [];
				line = pending;
				lineHasText = false;
				contentOpen = true;
			}

			let start = 0;
			for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', start)) {
				line += text.slice(start, index);
				lines.push(line);
				line = styleTransition(0, styleId(style));
				lineHasText = false;
				start = index + 1;
			}

			if (start < text.length) {
				line += text.slice(start);
				lineHasText = true;
			}
		};

		for (const match of chunk.matchAll(tokenPattern)) {
			const [token, params = '', intermediates = '', final, osc, single] = match;
			if (!token.startsWith('\u001B')) {
				addText(token.replaceAll('\r', ''));
				continue;
			}

			if (final === 'm' && intermediates === '' && !params.startsWith('?')) {
				style = applySgr(style, params);
				if (contentOpen) line += token;
				else pending += token;
				continue;
			}

			if (osc !== undefined) {
				if (osc.startsWith('8;')) {
					style = applyHyperlink(style, osc.slice(2));
					if (contentOpen) line += token;
					else pending += token;
				} else {
					passthrough += token;
				}

				continue;
			}

			closeContent();
			if (single !== undefined || final === undefined) continue;
			if (params.startsWith('?') && (final === 'h' || final === 'l')) {
				if (params === '?25') this.visible = final === 'h';
				else if (params !== '?2026') passthrough += token;
				continue;
			}

			if (/^[<>=?]/.test(params) || intermediates !== '') {
				passthrough += token;
				continue;
			}

			if (!this.move(final, params)) {
				if (final === 'J' && (params === '2' || params === '3')) cleared = true;
				else if (!'JKrSTsuX'.includes(final)) passthrough += token;
			}
		}

		closeContent();
		if (!lines && cleared) lines = [];
		return {lines, passthrough, cursor: {x: this.x, y: this.y, visible: this.visible}};
	}

	/** Applies a cursor movement to where Ink believes its cursor is; false when `final` is none. */
	private move(final: string, params: string): boolean {
		const n = count(params);
		switch (final) {
			case 'A': {
				this.y -= n;
				break;
			}

			case 'B': {
				this.y += n;
				break;
			}

			case 'C': {
				this.x += n;
				break;
			}

			case 'D': {
				this.x = Math.max(0, this.x - n);
				break;
			}

			case 'E': {
				this.y += n;
				this.x = 0;
				break;
			}

			case 'F': {
				this.y -= n;
				this.x = 0;
				break;
			}

			case 'G': {
				this.x = n - 1;
				break;
			}

			case 'H':
			case 'f': {
				const [row = '', column = ''] = params.split(';');
				this.y = count(row) - 1;
				this.x = count(column) - 1;
				break;
			}

			default: {
				return false;
			}
		}

		return true;
	}
}
