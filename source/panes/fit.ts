import {graphemes, isOneColumnEach, textWidth} from '../terminal/text-width.js';
import type {Style} from './look.js';

/** A piece of a row: text and how it is drawn. */
export type Piece = {text: string; style?: Style | undefined; matched?: boolean};


export {textWidth};

/**
 * Cuts a row to `width` columns, ending it with `ellipsis` when it had to cut.
 * Ink's own truncation always uses "…", which an ASCII-only terminal cannot show.
 */
export function fitPieces(pieces: Piece[], width: number, ellipsis: string): Piece[] {
	const total = pieces.reduce((sum, piece) => sum + textWidth(piece.text), 0);
	if (total <= width) return pieces;
	const room = Math.max(0, width - textWidth(ellipsis));
	const kept: Piece[] = [];
	let used = 0;
	for (const piece of pieces) {
		let text = '';
		if (isOneColumnEach(piece.text)) {
			// One column a code unit: cut without finding graphemes.
			text = piece.text.slice(0, Math.max(0, room - used));
			used += text.length;
		} else {
			for (const {segment} of graphemes(piece.text)) {
				const cell = textWidth(segment);
				if (used + cell > room) break;
				text += segment;
				used += cell;
			}
		}

		if (text !== '') kept.push({...piece, text});
		if (text.length < piece.text.length) {
			kept.push({text: ellipsis.slice(0, Math.max(0, width - used)), style: piece.style});
			break;
		}
	}

	return kept;
}

/** Rows made exactly `height` long: cut, or filled with empty rows, so a pane keeps its height. */
export function fillRows(rows: Piece[][], height: number): Piece[][] {
	const filled = rows.slice(0, height);
	while (filled.length < height) filled.push([]);
	return filled;
}

export function fitText(text: string, width: number, ellipsis: string): string {
	return fitPieces([{text}], width, ellipsis)
		.map(piece => piece.text)
		.join('');
}

/** Pads a row with spaces to `width` columns, so a styled bar fills the line. */
export function padText(text: string, width: number): string {
	return text + ' '.repeat(Math.max(0, width - textWidth(text)));
}

/** Splits a value into pieces at matched ranges, the matched ones drawn with `matchStyle`. */
export function highlightRanges(value: string, ranges: Array<[number, number]>, matchStyle: Style, baseStyle?: Style): Piece[] {
	const pieces: Piece[] = [];
	let position = 0;
	for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
		if (end <= position) continue;
		const from = Math.max(start, position);
		if (from > position) pieces.push({text: value.slice(position, from), style: baseStyle});
		pieces.push({text: value.slice(from, end), style: {...baseStyle, ...matchStyle}, matched: true});
		position = end;
	}

	if (position < value.length) pieces.push({text: value.slice(position), style: baseStyle});
	return pieces;
}
