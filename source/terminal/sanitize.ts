import type {Article} from '../article/schema.js';

/*
 * Article text is untrusted and ends up written straight to a terminal, so every
 * string is cleaned once, at load time, before anything measures or draws it.
 *
 * What goes, and why:
 * - Terminal control sequences (CSI, OSC, DCS, SOS, PM, APC and two-character
 *   ESC sequences, in their 7-bit and 8-bit forms) are removed whole, so that
 *   neither their effect (clearing the screen, setting the window title, writing
 *   the clipboard) nor their leftover parameters ("[2J") reach the reader.
 * - Every other C0 control but newline, DEL and every C1 control. A tab becomes a
 *   single space: prose is re-wrapped to the pane anyway, and a tab stop would
 *   make the cleaned text of a quote depend on where its line starts. CR LF
 *   becomes LF; a lone CR (which would send the cursor back to overwrite the
 *   line) and BS are dropped.
 * - Bidirectional overrides, embeddings, isolates and marks, which can make text
 *   display in an order other than the one it is stored (and searched) in.
 * - Invisible characters (zero-width space and non-joiner, word joiner, BOM, soft
 *   hyphen, Mongolian vowel separator, invisible operators, interlinear
 *   annotation), which hide words from search and throw column counts off.
 *   The zero-width joiner stays only between two emoji, where it builds one
 *   glyph (a family, a profession); tag characters stay only inside an emoji
 *   tag sequence (subdivision flags).
 * - A lone UTF-16 surrogate (possible through a JSON "\uD800" escape) becomes
 *   U+FFFD, as undecodable UTF-8 does when the file is decoded.
 * - LINE SEPARATOR and PARAGRAPH SEPARATOR become newlines.
 */

/** Maps an offset into the original string to the offset of the same place in the cleaned one. */
export type OffsetMap = (offset: number) => number;

export type SanitizedText = {
	text: string;
	/**
	 * Where an original UTF-16 offset lands in the cleaned text. Offsets at or
	 * inside something removed land where it was; a range [start, end) maps to
	 * [mapOffset(start), mapOffset(end)). Offsets outside the original string stay
	 * outside the cleaned one by the same amount, so later range checks still
	 * report them.
	 */
	mapOffset: OffsetMap;
};

// Matched with lastIndex at an ESC or a C1 control. The bodies of string
// sequences stop at any (undoubled) ESC or C1 character, so an unterminated one
// never swallows the rest of the text and a run of them cannot make the scan
// quadratic; only its introducer is dropped then.
// DCS-like strings end only at ST and may hold doubled ESCs (tmux passthrough).
const controlSequence = new RegExp(
	[
		String.raw`(?:\x1b\[|\u009b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]`,
		String.raw`(?:\x1b\]|\u009d)[^\x07\x1b\u0080-\u009f]*(?:\x07|\x1b\\|\u009c)`,
		String.raw`(?:\x1b[PX^_]|[\u0090\u0098\u009e\u009f])(?:[^\x1b\u0080-\u009f]|\x1b\x1b)*(?:\x1b\\|\u009c)`,
		String.raw`\x1b[\x20-\x2f]*[\x30-\x7e]`,
	].join('|'),
	'y',
);

const onlySafeAscii = /^[\x20-\x7e\n]*$/;
const pictographic = /^\p{Extended_Pictographic}$/u;
const emojiModifier = /^\p{Emoji_Modifier}$/u;
const zeroWidthJoiner = 0x20_0d;
const blackFlag = 0x1_f3_f4;

export function sanitizeText(text: string): string {
	if (onlySafeAscii.test(text)) return text;
	return clean(text, false).text;
}

/** Like sanitizeText, and also tells where each original offset went (for segment ranges). */
export function sanitizeWithMap(text: string): SanitizedText {
	if (onlySafeAscii.test(text)) return {text, mapOffset: offset => offset};
	const {text: cleaned, offsets} = clean(text, true);
	const originalLength = text.length;
	return {
		text: cleaned,
		mapOffset(offset) {
			if (!Number.isInteger(offset) || offset < 0) return offset;
			if (offset > originalLength) return cleaned.length + (offset - originalLength);
			return offsets![offset]!;
		},
	};
}

/** Cleans every string inside a parsed JSON value, object keys included. */
export function sanitizeDeep<T>(value: T): T {
	return deep(value) as T;
}

function deep(value: unknown): unknown {
	if (typeof value === 'string') return sanitizeText(value);
	if (Array.isArray(value)) return value.map(item => deep(item));
	if (value !== null && typeof value === 'object') {
		const prototype = Object.getPrototypeOf(value) as unknown;
		if (prototype !== Object.prototype && prototype !== null) return value;
		// fromEntries defines properties, so a "__proto__" key from JSON stays a plain key.
		return Object.fromEntries(
			Object.entries(value as Record<string, unknown>).map(([key, item]) => [sanitizeText(key), deep(item)]),
		);
	}

	return value;
}

/**
 * Cleans every string of a validated article and moves every range (sentences,
 * quotes, mentions) to where its text now is. A quote's or mention's text that
 * matched its range before is replaced by the cleaned range, so it still matches
 * afterwards; one that did not is cleaned on its own, and findProblems still
 * reports it. Run findProblems on the result.
 */
export function sanitizeArticle(article: Article): Article {
	const segments = new Map<string, {original: string; cleaned: SanitizedText}>();
	for (const segment of article.segments) {
		segments.set(segment.id, {original: segment.text, cleaned: sanitizeWithMap(segment.text)});
	}

	const remap = <R extends {segment: string; start: number; end: number; text: string}>(range: R): R => {
		const cleanedRange = sanitizeDeep(range);
		const segment = segments.get(range.segment);
		if (segment === undefined) return cleanedRange;
		const start = segment.cleaned.mapOffset(range.start);
		const end = segment.cleaned.mapOffset(range.end);
		const matched = segment.original.slice(range.start, range.end) === range.text;
		return {...cleanedRange, start, end, text: matched ? segment.cleaned.text.slice(start, end) : cleanedRange.text};
	};

	return {
		...article,
		meta: sanitizeDeep(article.meta),
		segments: article.segments.map(segment => {
			const {cleaned} = segments.get(segment.id)!;
			return {
				...sanitizeDeep(segment),
				text: cleaned.text,
				sentences: segment.sentences.map(sentence => ({
					...sentence,
					start: cleaned.mapOffset(sentence.start),
					end: cleaned.mapOffset(sentence.end),
				})),
			};
		}),
		quotes: article.quotes.map(quote => remap(quote)),
		entities: article.entities.map(entity => ({
			...sanitizeDeep(entity),
			mentions: entity.mentions.map(mention => remap(mention)),
		})),
	};
}

/**
 * Text as search compares it: cleaned, NFKC (so ligatures, full-width and
 * compatibility forms match their plain letters), without any joiner, case-folded,
 * with typographic apostrophes, quotation marks and dashes folded to ASCII so
 * "don't" finds "don’t". Lengths can change, so offsets do not carry over.
 */
export function normalizeForSearch(text: string): string {
	return sanitizeText(text)
		.normalize('NFKC')
		.replace(/\u200d/g, '')
		.toLowerCase()
		.replace(/ß/g, 'ss')
		.replace(/ς/g, 'σ')
		.replace(/[\u2018\u2019\u201a\u201b\u2032\u02bc]/g, '\'')
		.replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
		.replace(/[\u2010-\u2015\u2212]/g, '-');
}

function clean(text: string, withOffsets: boolean): {text: string; offsets: Int32Array | undefined} {
	const offsets = withOffsets ? new Int32Array(text.length + 1) : undefined;
	let output = '';
	let lastKept = -1;
	let index = 0;

	const emit = (length: number, replacement: string) => {
		if (offsets !== undefined) offsets.fill(output.length, index, index + length);
		output += replacement;
		index += length;
	};

	while (index < text.length) {
		const unit = text.charCodeAt(index);
		if (unit >= 0x20 && unit < 0x7f) {
			lastKept = unit;
			emit(1, text[index]!);
			continue;
		}

		if (unit === 0x1b || (unit >= 0x80 && unit <= 0x9f)) {
			controlSequence.lastIndex = index;
			const sequence = controlSequence.exec(text);
			emit(sequence === null ? 1 : sequence[0].length, '');
			continue;
		}

		const codePoint = text.codePointAt(index)!;
		const length = codePoint > 0xff_ff ? 2 : 1;
		const replacement = replace(codePoint, lastKept, text, index + length) ?? text.slice(index, index + length);
		if (replacement !== '') lastKept = replacement.codePointAt(0)!;
		emit(length, replacement);
	}

	if (offsets !== undefined) offsets[text.length] = output.length;
	return {text: output, offsets};
}

/** What one code point (not printable ASCII, not ESC or C1) becomes: a substitute, nothing (''), or itself (undefined). */
function replace(codePoint: number, lastKept: number, text: string, next: number): string | undefined {
	if (codePoint === 0x0a) return '\n';
	if (codePoint === 0x09) return ' ';
	if (codePoint < 0x20 || codePoint === 0x7f) return '';
	if (codePoint >= 0xd8_00 && codePoint <= 0xdf_ff) return '\uFFFD';
	if (codePoint === 0x20_28 || codePoint === 0x20_29) return '\n';
	if (codePoint === zeroWidthJoiner) return joinsEmoji(lastKept, text.codePointAt(next)) ? '\u200d' : '';
	if (codePoint >= 0xe_00_00 && codePoint <= 0xe_00_7f) {
		const inTagSequence = codePoint >= 0xe_00_20 && (lastKept === blackFlag || (lastKept >= 0xe_00_20 && lastKept <= 0xe_00_7f));
		return inTagSequence ? undefined : '';
	}

	return isInvisible(codePoint) ? '' : undefined;
}

function isInvisible(codePoint: number): boolean {
	return (
		codePoint === 0xad // Soft hyphen
		|| codePoint === 0x06_1c // Arabic letter mark
		|| codePoint === 0x18_0e // Mongolian vowel separator
		|| codePoint === 0x20_0b // Zero-width space
		|| codePoint === 0x20_0c // Zero-width non-joiner
		|| codePoint === 0x20_0e // Left-to-right mark
		|| codePoint === 0x20_0f // Right-to-left mark
		|| (codePoint >= 0x20_2a && codePoint <= 0x20_2e) // Bidi embeddings and overrides
		|| (codePoint >= 0x20_60 && codePoint <= 0x20_64) // Word joiner, invisible operators
		|| (codePoint >= 0x20_66 && codePoint <= 0x20_6f) // Bidi isolates, deprecated format controls
		|| codePoint === 0xfe_ff // Byte order mark, zero-width no-break space
		|| (codePoint >= 0xff_f9 && codePoint <= 0xff_fb) // Interlinear annotation
	);
}

function joinsEmoji(before: number, after: number | undefined): boolean {
	if (before < 0 || after === undefined) return false;
	const left = String.fromCodePoint(before);
	const leftIsEmoji = pictographic.test(left) || emojiModifier.test(left) || before === 0xfe_0f;
	return leftIsEmoji && pictographic.test(String.fromCodePoint(after));
}
