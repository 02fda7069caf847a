import stringWidth from 'string-width';

/*
 * How many columns a text takes, as string-width counts them, without its cost for the text
 * a news article is made of. string-width counts plain ASCII at once but sends anything else,
 * a curly quote or an accented letter included, through grapheme segmentation and Unicode
 * property lookups: at 80x24 that was several milliseconds of every key press. Latin letters
 * and typographic punctuation take one column each and never join into wider clusters, so
 * they are counted the same way; anything else is still measured by string-width. The build
 * gives Ink this function in place of string-width too.
 */

// One column each and no grapheme joins between them: ASCII, Latin-1 (less the soft hyphen,
// which takes no column), Latin Extended, the dashes, quotes, bullets and ellipsis of General
// Punctuation (less its zero-width and direction characters), arrows, box drawing and blocks.
const oneColumnEach = /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u02FF\u2010-\u2027\u2030-\u205E\u2190-\u21FF\u2500-\u259F]*$/;
const styleSequence = /\u001B\[[\d;:]*m/g;

let graphemeSegmenter: Intl.Segmenter | undefined;

/** A text's graphemes. The segmenter is made on first use: making one loads Unicode data, some 20 ms of a start. */
export function graphemes(text: string): Intl.Segments {
	graphemeSegmenter ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'});
	return graphemeSegmenter.segment(text);
}

export type WidthOptions = {ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean};

/** Whether every UTF-16 unit of the text is a character one column wide of its own. */
export function isOneColumnEach(text: string): boolean {
	return oneColumnEach.test(text);
}

export function textWidth(text: string): number {
	if (oneColumnEach.test(text)) return text.length;
	if (text.includes('\u001B')) {
		const unstyled = text.replace(styleSequence, '');
		if (oneColumnEach.test(unstyled)) return unstyled.length;
	}

	return stringWidth(text);
}

/** string-width's own signature, for the code that calls string-width (Ink's). */
export default function width(text: string, options?: WidthOptions): number {
	if (typeof text !== 'string') return 0;
	const defaults = options === undefined || (options.ambiguousIsNarrow !== false && options.countAnsiEscapeCodes !== true);
	return defaults ? textWidth(text) : stringWidth(text, options);
}
