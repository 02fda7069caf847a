import {graphemes, textWidth} from './text-width.js';

/*
 * For terminals without UTF-8 (LANG=C, old serial consoles, odd fonts): text is
 * turned into printable ASCII so that nothing arrives as mojibake or as a byte
 * the terminal takes for a control. Typography gets its nearest ASCII spelling;
 * what has none becomes "?" per column it would have taken (a CJK character
 * "??"), so wrapped lines keep roughly the shape they had. An emoji, however
 * many code points it is built from, becomes a single "?".
 */

const typography: Record<string, string> = {
	'\u2018': '\'',
	'\u2019': '\'',
	'\u201a': '\'',
	'\u201b': '\'',
	'\u2039': '\'',
	'\u203a': '\'',
	'\u2032': '\'',
	'\u02bc': '\'',
	'\u00b4': '\'',
	'\u201c': '"',
	'\u201d': '"',
	'\u201e': '"',
	'\u201f': '"',
	'\u00ab': '"',
	'\u00bb': '"',
	'\u2033': '"',
	'\u2010': '-',
	'\u2011': '-',
	'\u2012': '-',
	'\u2013': '-',
	'\u2212': '-',
	'\u2014': '--',
	'\u2015': '--',
	'\u2026': '...',
	'\u2022': '*',
	'\u2023': '*',
	'\u2043': '-',
	'\u25cf': '*',
	'\u25e6': 'o',
	'\u00b7': '.',
	'\u00d7': 'x',
	'\u00f7': '/',
	'\u2044': '/',
	'\u00a9': '(c)',
	'\u00ae': '(R)',
	'\u2122': '(TM)',
	'\u00b0': 'deg',
	'\u00a3': 'GBP',
	'\u20ac': 'EUR',
	'\u00a5': 'JPY',
	'\u00a7': 'S',
	'\u00b6': 'P',
	'\u2020': '+',
	'\u2021': '++',
	'\u2190': '<-',
	'\u2192': '->',
	'\u2194': '<->',
	'\u21d2': '=>',
	'\u2264': '<=',
	'\u2265': '>=',
	'\u2260': '!=',
	'\u00b1': '+/-',
	'\u00df': 'ss',
	'\u00e6': 'ae',
	'\u00c6': 'AE',
	'\u0153': 'oe',
	'\u0152': 'OE',
	'\u00f8': 'o',
	'\u00d8': 'O',
	'\u0111': 'd',
	'\u0110': 'D',
	'\u00f0': 'd',
	'\u00d0': 'D',
	'\u00fe': 'th',
	'\u00de': 'Th',
	'\u0142': 'l',
	'\u0141': 'L',
	'\u0131': 'i',
	'\u00bf': '?',
	'\u00a1': '!',
	'\uFFFD': '?',
};

/** Box-drawing characters by what they draw: lines become - and |, everything that meets becomes +. */
function boxDrawing(codePoint: number): string | undefined {
	if (codePoint >= 0x25_80 && codePoint <= 0x25_9f) return '#';
	if (codePoint < 0x25_00 || codePoint > 0x25_7f) return undefined;
	if (codePoint === 0x25_71) return '/';
	if (codePoint === 0x25_72) return '\\';
	if (codePoint === 0x25_73) return 'X';
	const horizontal = [0x00, 0x01, 0x04, 0x05, 0x08, 0x09, 0x4c, 0x4d, 0x50, 0x74, 0x76, 0x78, 0x7a, 0x7c, 0x7e];
	const vertical = [0x02, 0x03, 0x06, 0x07, 0x0a, 0x0b, 0x4e, 0x4f, 0x51, 0x75, 0x77, 0x79, 0x7b, 0x7d, 0x7f];
	const low = codePoint - 0x25_00;
	if (horizontal.includes(low)) return '-';
	if (vertical.includes(low)) return '|';
	return '+';
}

const printableAscii = /^[\x20-\x7e\n]*$/;
const combiningMarks = /\p{M}/gu;
const emoji = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const spaces = /^[\p{Zs}\t]$/u;

/** Printable ASCII and newlines only, whatever the input; controls are dropped. */
export function toAscii(text: string): string {
	if (printableAscii.test(text)) return text;
	let output = '';
	for (const {segment} of graphemes(text)) output += graphemeToAscii(segment);
	return output;
}

function graphemeToAscii(grapheme: string): string {
	if (printableAscii.test(grapheme)) return grapheme;
	if (grapheme === '\r\n') return '\n';
	if (grapheme === '\t') return ' ';
	const first = grapheme.codePointAt(0)!;
	if (first < 0x20 || (first >= 0x7f && first <= 0x9f)) return '';
	const mapped = typography[grapheme] ?? typography[String.fromCodePoint(first)] ?? boxDrawing(first);
	if (mapped !== undefined) return mapped;
	if (spaces.test(grapheme)) return ' ';
	if (emoji.test(grapheme)) return '?';

	// Accented letters, ligatures, full-width forms: their compatibility
	// decomposition without the marks, when that is all ASCII.
	const decomposed = [...grapheme.normalize('NFKD').replace(combiningMarks, '')]
		.map(character => typography[character] ?? character)
		.join('');
	if (decomposed !== '' && printableAscii.test(decomposed)) return decomposed;

	const width = textWidth(grapheme);
	return width === 0 ? '' : '?'.repeat(Math.min(width, 2));
}

/** The eight characters of a box border, as Ink's Box takes them for a custom borderStyle. */
export type BoxChars = {
	topLeft: string;
	top: string;
	topRight: string;
	right: string;
	bottomRight: string;
	bottom: string;
	bottomLeft: string;
	left: string;
};

export const asciiBox: BoxChars = {
	topLeft: '+',
	top: '-',
	topRight: '+',
	right: '|',
	bottomRight: '+',
	bottom: '-',
	bottomLeft: '+',
	left: '|',
};

/** A focused pane in ASCII: the = and # set it apart from asciiBox without colour. */
export const asciiFocusBox: BoxChars = {
	topLeft: '#',
	top: '=',
	topRight: '#',
	right: '#',
	bottomRight: '#',
	bottom: '=',
	bottomLeft: '#',
	left: '#',
};
