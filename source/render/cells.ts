// A styled line split into terminal cells, so that two versions of a row can be compared
// column by column and only the columns that differ are written.
import {graphemes, isOneColumnEach, textWidth} from '../terminal/text-width.js';
import {applyHyperlink, sgrStyleId, styleId, styleOf} from './style.js';

export type RowCells = {
	/** One grapheme per column; '' marks the right half of a wide character. */
	readonly chars: string[];
	/** The style id of each column. */
	readonly styles: number[];
	/** Columns up to the last one that is not a plain blank: beyond it the row is empty. */
	readonly width: number;
	/**
	 * The first column holding a grapheme whose width terminals disagree on (emoji, flags,
	 * joined sequences), or the row's length when there is none. Columns from here on may sit
	 * elsewhere on the real screen, so they are only ever written in one run to the row's end.
	 */
	readonly risky: number;
};

const escapePattern = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|[@-Z\\-_])/g;
const pictographic = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|[\u200D\uFE0E\uFE0F]/u;
const widths = new Map<string, number>();

function graphemeWidth(grapheme: string): number {
	let width = widths.get(grapheme);
	if (width === undefined) {
		width = textWidth(grapheme);
		if (widths.size > 4096) widths.clear();
		widths.set(grapheme, width);
	}

	return width;
}

/** Lines start in the plain style: a line that continues a style carries it as a prefix. */
export function parseCells(line: string, columns: number): RowCells {
	const chars: string[] = [];
	const styles: number[] = [];
	let risky = columns;
	let id = 0;

	const place = (grapheme: string, width: number): boolean => {
		if (chars.length + width > columns) {
			// A wide character that would wrap is shown as a blank in the last column.
			if (chars.length < columns) {
				chars.push(' ');
				styles.push(id);
			}

			return false;
		}

		chars.push(grapheme);
		styles.push(id);
		if (width === 2) {
			chars.push('');
			styles.push(id);
		}

		return true;
	};

	const addText = (text: string): boolean => {
		// Most text is one narrow cell per code unit, with no need to find graphemes.
		if (isOneColumnEach(text)) {
			for (let index = 0; index < text.length; index++) {
				if (!place(text[index]!, 1)) return false;
			}

			return true;
		}

		for (const {segment} of graphemes(text)) {
			const code = segment.codePointAt(0) ?? 0;
			if (code < 0x20 || (code >= 0x7F && code < 0xA0)) continue;
			const width = segment.length === 1 && code < 0x300 ? 1 : graphemeWidth(segment);
			if (width === 0) {
				// Combining marks without a base join the previous cell; the terminal does the same.
				let previous = chars.length - 1;
				while (previous > 0 && chars[previous] === '') previous--;
				if (previous >= 0) chars[previous] += segment;
				continue;
			}

			if (risky === columns && pictographic.test(segment)) risky = chars.length;
			if (!place(segment, width)) return false;
		}

		return true;
	};

	let last = 0;
	let fits = true;
	for (const match of line.matchAll(escapePattern)) {
		if (fits && match.index > last) fits = addText(line.slice(last, match.index));
		last = match.index + match[0].length;
		const escape = match[0];
		if (escape.endsWith('m') && escape[1] === '[') {
			id = sgrStyleId(id, escape.slice(2, -1));
		} else if (escape.startsWith('\u001B]8;')) {
			id = styleId(applyHyperlink(styleOf(id), escape.slice(4).replace(/\u0007$|\u001B\\$/, '')));
		}
	}

	if (fits && last < line.length) addText(line.slice(last));

	let width = chars.length;
	while (width > 0 && chars[width - 1] === ' ' && styles[width - 1] === 0) width--;
	while (chars.length < columns) {
		chars.push(' ');
		styles.push(0);
	}

	return {chars, styles, width, risky};
}

export function blankCells(columns: number): RowCells {
	return {chars: Array.from({length: columns}, () => ' '), styles: Array.from({length: columns}, () => 0), width: 0, risky: columns};
}
