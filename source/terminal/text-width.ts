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
// which takes no column), Latin Extended-A, and the dashes, quotes, bullets and ellipsis of
// General Punctuation (less its zero-width and direction characters), and box drawing.
const oneColumnEach = /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u017F\u2010-\u2027\u2030-\u205E\u2500-\u257F]*$/;
const styleSequence = /\u001B\[[\d;:]*m/g;

export type WidthOptions = {ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean};

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
