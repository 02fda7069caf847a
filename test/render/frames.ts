// Seeded random frames: styled words, wide characters and emoji, and the edits a reader
// makes between frames (scrolls, insertions, deletions, growing and shrinking).
import stringWidth from 'string-width';

export type Random = () => number;

export function seeded(seed: number): Random {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6D2B79F5) >>> 0;
		let value = state;
		value = Math.imul(value ^ (value >>> 15), value | 1);
		value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
		return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
	};
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const words = ['the', 'minister', 'said', 'talks', 'would', 'resume', 'Kyiv', 'Brussels', '—', '“quote”', 'a', 'reporter', 'asked'];
const wideWords = ['漢字', '東京', '한국어', 'ｆｕｌｌ'];
const emoji = ['😀', '👍🏽', '🇫🇷', '❤️', '👩‍👩‍👧'];
const styles: ReadonlyArray<readonly [string, string]> = [
	['\u001B[31m', '\u001B[39m'],
	['\u001B[1m', '\u001B[22m'],
	['\u001B[2m', '\u001B[22m'],
	['\u001B[3m', '\u001B[23m'],
	['\u001B[4m', '\u001B[24m'],
	['\u001B[7m', '\u001B[27m'],
	['\u001B[44m', '\u001B[49m'],
	['\u001B[38;5;208m', '\u001B[39m'],
	['\u001B[38;2;10;200;30m\u001B[48;5;236m', '\u001B[49m\u001B[39m'],
	['\u001B[1m\u001B[36m', '\u001B[39m\u001B[22m'],
];

export type Flavour = {wide?: boolean; emoji?: boolean; styled?: boolean; panes?: boolean};

/** One line of at most `columns` cells, as Ink would write it. */
export function randomLine(random: Random, columns: number, flavour: Flavour, fill = false): string {
	if (flavour.panes && columns > 8) {
		// Two panes side by side: the left one padded with blanks up to a border.
		const split = Math.floor(columns * 0.6);
		const left = randomLine(random, split, {...flavour, panes: false}, fill);
		const pad = ' '.repeat(split - stringWidth(left));
		return `${left}${pad}│${randomLine(random, columns - split - 1, {...flavour, panes: false}, fill)}`;
	}

	let line = '';
	let width = 0;
	const target = fill ? columns : Math.floor(random() * (columns + 1));
	if (random() < 0.1 && !fill) return '';
	const indent = random() < 0.2 ? Math.floor(random() * 6) : 0;
	line += ' '.repeat(Math.min(indent, target));
	width += Math.min(indent, target);
	for (;;) {
		const roll = random();
		let word = pick(random, words);
		if (flavour.wide && roll < 0.15) word = pick(random, wideWords);
		else if (flavour.emoji && roll < 0.22) word = pick(random, emoji);
		const gap = width === 0 ? '' : ' ';
		const size = stringWidth(gap + word);
		if (width + size > target) break;
		width += size;
		if (flavour.styled && random() < 0.35) {
			const [open, close] = pick(random, styles);
			line += gap + open + word + close;
		} else {
			line += gap + word;
		}
	}

	if (fill && width < columns) line += '.'.repeat(columns - width);
	return line;
}

export function randomFrame(random: Random, columns: number, rows: number, flavour: Flavour): string[] {
	const height = 1 + Math.floor(random() * rows);
	return Array.from({length: height}, () => randomLine(random, columns, flavour, random() < 0.3));
}

/** The next frame: an edit a reader would cause, applied to `frame`. */
export function nextFrame(random: Random, frame: readonly string[], columns: number, rows: number, flavour: Flavour): string[] {
	const lines = [...frame];
	const fresh = () => randomLine(random, columns, flavour, random() < 0.4);
	const roll = random();
	if (roll < 0.3) {
		// Scroll a block (or the whole frame) by k rows, as a zoomed article does.
		const k = 1 + Math.floor(random() * Math.max(1, Math.min(8, lines.length - 1)));
		const top = random() < 0.5 ? 0 : Math.floor(random() * lines.length);
		const bottom = random() < 0.5 ? lines.length - 1 : top + Math.floor(random() * (lines.length - top));
		const block = lines.slice(top, bottom + 1);
		const moved = random() < 0.5
			? [...block.slice(k), ...Array.from({length: Math.min(k, block.length)}, fresh)]
			: [...Array.from({length: Math.min(k, block.length)}, fresh), ...block.slice(0, Math.max(0, block.length - k))];
		lines.splice(top, block.length, ...moved.slice(0, block.length));
	} else if (roll < 0.45) {
		lines.splice(Math.floor(random() * (lines.length + 1)), 0, ...Array.from({length: 1 + Math.floor(random() * 3)}, fresh));
	} else if (roll < 0.6) {
		lines.splice(Math.floor(random() * lines.length), 1 + Math.floor(random() * 3));
	} else if (roll < 0.8) {
		for (let count = 1 + Math.floor(random() * 3); count > 0; count--) {
			lines[Math.floor(random() * lines.length)] = fresh();
		}
	} else if (roll < 0.9) {
		lines.length = Math.floor(random() * lines.length);
	} else {
		return randomFrame(random, columns, rows, flavour);
	}

	if (lines.length === 0) lines.push(fresh());
	return lines.slice(0, rows);
}

/** A full-screen article: `rows - 1` full-width lines of text and a status line. */
export function articleScreen(text: readonly string[], offset: number, rows: number, status: string): string[] {
	return [...text.slice(offset, offset + rows - 1), status];
}

export function articleText(random: Random, columns: number, count: number): string[] {
	return Array.from({length: count}, () => randomLine(random, columns, {styled: true}, true));
}
