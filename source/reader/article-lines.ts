import {graphemes, textWidth} from '../terminal/text-width.js';
import type {Article} from '../article/schema.js';
import {toAscii} from '../terminal/ascii.js';

/** One row of the article as the reader shows it at a given width. */
export type ArticleLine = {
	kind: 'title' | 'heading' | 'paragraph' | 'blank';
	/** The segment the row belongs to; null for the title and blank rows. */
	segment: string | null;
	/** Offsets of the row in its segment's text (or in the title). */
	start: number;
	end: number;
	text: string;
};

export type WrappedArticle = {
	width: number;
	lines: ArticleLine[];
	/** The row that holds a character of a segment; 0 when the segment is unknown. */
	lineOf(segment: string, offset: number): number;
};

const cache = new WeakMap<Article, Map<string, WrappedArticle>>();

/**
 * Wraps the article once per width; scrolling only slices the result. With `ascii`
 * the widths are those of the ASCII the text will be shown as ("…" takes three columns).
 */
export function wrapArticle(article: Article, width: number, ascii = false): WrappedArticle {
	const safeWidth = Math.max(8, width);
	let byWidth = cache.get(article);
	if (!byWidth) {
		byWidth = new Map();
		cache.set(article, byWidth);
	}

	const key = `${safeWidth}${ascii ? 'a' : 'u'}`;
	const cached = byWidth.get(key);
	if (cached) return cached;
	const measure = ascii ? (text: string) => toAscii(text).length : textWidth;

	const lines: ArticleLine[] = [];
	const firstLine = new Map<string, number>();
	const blank = (): ArticleLine => ({kind: 'blank', segment: null, start: 0, end: 0, text: ''});

	for (const [start, end] of wrapText(article.meta.title, safeWidth, measure)) {
		lines.push({kind: 'title', segment: null, start, end, text: article.meta.title.slice(start, end)});
	}

	for (const segment of article.segments) {
		lines.push(blank());
		firstLine.set(segment.id, lines.length);
		for (const [start, end] of wrapText(segment.text, safeWidth, measure)) {
			lines.push({kind: segment.kind, segment: segment.id, start, end, text: segment.text.slice(start, end)});
		}
	}

	const wrapped: WrappedArticle = {
		width: safeWidth,
		lines,
		lineOf(segment, offset) {
			const first = firstLine.get(segment);
			if (first === undefined) return 0;
			let index = first;
			while (index + 1 < lines.length && lines[index + 1]!.segment === segment && lines[index + 1]!.start <= offset) index++;
			return index;
		},
	};
	byWidth.set(key, wrapped);
	return wrapped;
}


/**
 * Greedy word wrap by display width (wide characters count two columns).
 * Returns [start, end) ranges into the text; spaces at a break belong to no row.
 */
export function wrapText(text: string, width: number, measure: (text: string) => number = textWidth): Array<[number, number]> {
	const rows: Array<[number, number]> = [];
	const words = [...text.matchAll(/\S+/g)];
	let rowStart = -1;
	let rowEnd = 0;
	let rowWidth = 0;

	const flush = () => {
		if (rowStart >= 0) rows.push([rowStart, rowEnd]);
		rowStart = -1;
		rowWidth = 0;
	};

	for (const word of words) {
		const start = word.index;
		const wordWidth = measure(word[0]);
		const gap = rowStart < 0 ? 0 : measure(text.slice(rowEnd, start));
		if (rowStart >= 0 && rowWidth + gap + wordWidth <= width) {
			rowEnd = start + word[0].length;
			rowWidth += gap + wordWidth;
			continue;
		}

		flush();
		if (wordWidth <= width) {
			rowStart = start;
			rowEnd = start + word[0].length;
			rowWidth = wordWidth;
			continue;
		}

		// A word wider than the row is cut between graphemes.
		for (const {segment, index} of graphemes(word[0])) {
			const cellWidth = measure(segment);
			if (rowStart >= 0 && rowWidth + cellWidth > width) flush();
			if (rowStart < 0) rowStart = start + index;
			rowEnd = start + index + segment.length;
			rowWidth += cellWidth;
		}
	}

	flush();
	return rows.length > 0 ? rows : [[0, 0]];
}
