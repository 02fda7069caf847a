/*
 * Ink's Output (ink/build/output.js in Ink 6.8), which turns a frame's text writes into the
 * frame's lines, with one change: a line of the screen that is made of the same writes as
 * in an earlier frame is not drawn again. The build puts this module in place of Ink's own.
 *
 * Ink draws every frame from nothing: each line of each text is cut into styled characters,
 * placed cell by cell on a grid of the terminal's size and joined back into styled strings.
 * At 80x24 that is some ten milliseconds a frame, most of a key press's time, though a key
 * usually changes a line or two and scrolling only moves lines whose text stays the same.
 *
 * Everything else is Ink's logic kept as it is, clipping included, so the output is the same
 * string Ink makes (test/render/row-memo-output.test.ts compares the two on many frames).
 */
import {ansiCodesToString, diffAnsiCodes, reduceAnsiCodesIncremental, styledCharsFromTokens, tokenize, type AnsiCode, type StyledChar} from '@alcalzone/ansi-tokenize';
import sliceAnsi from 'slice-ansi';
import {isOneColumnEach, textWidth} from '../terminal/text-width.js';

type Transformer = (line: string, index: number) => string;
type Clip = {x1?: number | undefined; x2?: number | undefined; y1?: number | undefined; y2?: number | undefined};
type Operation =
	| {type: 'write'; x: number; y: number; text: string; transformers: Transformer[]}
	| {type: 'clip'; clip: Clip}
	| {type: 'unclip'};

/** A cache that forgets everything once full: frames repeat recent lines, not old ones. */
class Memo<Value> {
	private readonly values = new Map<string, Value>();

	constructor(private readonly capacity: number) {}

	get(key: string, make: () => Value): Value {
		let value = this.values.get(key);
		if (value === undefined) {
			if (this.values.size >= this.capacity) this.values.clear();
			value = make();
			this.values.set(key, value);
		}

		return value;
	}
}

const drawnRows = new Memo<string>(4096);
const styleCodes = new Memo<AnsiCode[] | false>(256);
const styledLines = new Memo<StyledChar[]>(512);
const widths = new Memo<number>(4096);

const blank: StyledChar = {type: 'char', value: ' ', fullWidth: false, styles: []};

function widestLine(text: string): number {
	let widest = 0;
	for (const line of text.split('\n')) widest = Math.max(widest, widths.get(line, () => textWidth(line)));
	return widest;
}

export default class Output {
	readonly width: number;
	readonly height: number;
	private readonly operations: Operation[] = [];

	constructor({width, height}: {width: number; height: number}) {
		this.width = width;
		this.height = height;
	}

	write(x: number, y: number, text: string, {transformers}: {transformers: Transformer[]}): void {
		if (!text) return;
		this.operations.push({type: 'write', x, y, text, transformers});
	}

	clip(clip: Clip): void {
		this.operations.push({type: 'clip', clip});
	}

	unclip(): void {
		this.operations.push({type: 'unclip'});
	}

	get(): {output: string; height: number} {
		// What each line of the screen is made of: pairs of column and styled text, in drawing order.
		const rows: Array<Array<number | string>> = Array.from({length: this.height}, () => []);
		const clips: Clip[] = [];
		for (const operation of this.operations) {
			if (operation.type === 'clip') {
				clips.push(operation.clip);
				continue;
			}

			if (operation.type === 'unclip') {
				clips.pop();
				continue;
			}

			const {text, transformers} = operation;
			let {x, y} = operation;
			let lines = text.split('\n');
			const clip = clips.at(-1);
			if (clip) {
				const {x1, x2, y1, y2} = clip;
				const clipsColumns = typeof x1 === 'number' && typeof x2 === 'number';
				const clipsRows = typeof y1 === 'number' && typeof y2 === 'number';
				if (clipsColumns && (x + widestLine(text) < x1 || x > x2)) continue;
				if (clipsRows && (y + lines.length < y1 || y > y2)) continue;
				if (clipsColumns) {
					lines = lines.map(line => {
						const from = x < x1 ? x1 - x : 0;
						const width = widths.get(line, () => textWidth(line));
						const to = x + width > x2 ? x2 - x : width;
						return sliceAnsi(line, from, to);
					});
					if (x < x1) x = x1;
				}

				if (clipsRows) {
					const from = y < y1 ? y1 - y : 0;
					const to = y + lines.length > y2 ? y2 - y : lines.length;
					lines = lines.slice(from, to);
					if (y < y1) y = y1;
				}
			}

			// As in Ink, a line that falls outside the screen does not advance to the next row.
			let offsetY = 0;
			for (let [index, line] of lines.entries()) {
				const row = rows[y + offsetY];
				if (!row) continue;
				for (const transformer of transformers) line = transformer(line, index);
				row.push(x, line);
				offsetY++;
			}
		}

		const output = rows
			.map(row => {
				if (row.length === 0) return '';
				// Ink drops the columns between the frame's width and a write placed beyond it, so the width is part of the key.
				const key = `${this.width}:${row.map(part => (typeof part === 'number' ? `${part}:` : `${part.length}:${part}`)).join('')}`;
				return drawnRows.get(key, () => this.draw(row));
			})
			.join('\n');
		return {output, height: this.height};
	}

	private draw(parts: Array<number | string>): string {
		const cells: Array<StyledChar | undefined> = Array.from({length: this.width}, () => blank);
		for (let part = 0; part < parts.length; part += 2) {
			const line = parts[part + 1] as string;
			let column = parts[part] as number;
			for (const character of styledLines.get(line, () => quickStyledCharacters(line) ?? styledCharsFromTokens(tokenize(line)))) {
				cells[column] = character;
				const width = Math.max(1, widths.get(character.value, () => textWidth(character.value)));
				for (let extra = 1; extra < width; extra++) {
					cells[column + extra] = {type: 'char', value: '', fullWidth: false, styles: character.styles};
				}

				column += width;
			}
		}

		return charactersToString(cells.filter((cell): cell is StyledChar => cell !== undefined)).trimEnd();
	}
}

const styleSequence = /\u001B\[[\d;:]*m/g;

/**
 * What tokenize and styledCharsFromTokens make of the usual line, one-column characters and
 * SGR styles, made without segmenting it into graphemes, and with the characters of a run
 * sharing one array of styles; undefined for any other line.
 */
function quickStyledCharacters(line: string): StyledChar[] | undefined {
	const characters: StyledChar[] = [];
	let styles: AnsiCode[] = [];
	const addText = (text: string): boolean => {
		if (!isOneColumnEach(text)) return false;
		for (const value of text) characters.push({type: 'char', value, fullWidth: false, styles});
		return true;
	};

	let last = 0;
	for (const match of line.matchAll(styleSequence)) {
		if (!addText(line.slice(last, match.index))) return undefined;
		const codes = styleCodes.get(match[0], () => {
			const tokens = tokenize(match[0]);
			return tokens.every(token => token.type === 'ansi') && tokens;
		});
		if (!codes) return undefined;
		styles = reduceAnsiCodesIncremental(styles, codes);
		last = match.index + match[0].length;
	}

	return addText(line.slice(last)) ? characters : undefined;
}

function sameStyles(first: AnsiCode[], second: AnsiCode[]): boolean {
	if (first === second) return true;
	if (first.length !== second.length) return false;
	return first.every((code, index) => code.code === second[index]!.code && code.endCode === second[index]!.endCode);
}

/**
 * ansi-tokenize's styledCharsToString, which works out the change of style between every two
 * characters; most neighbours share their style, and between equal styles there is no change.
 */
function charactersToString(characters: StyledChar[]): string {
	let text = '';
	let previous: AnsiCode[] = [];
	for (const character of characters) {
		if (!sameStyles(previous, character.styles)) text += ansiCodesToString(diffAnsiCodes(previous, character.styles));
		text += character.value;
		previous = character.styles;
	}

	return characters.length === 0 ? text : text + ansiCodesToString(diffAnsiCodes(previous, []));
}
