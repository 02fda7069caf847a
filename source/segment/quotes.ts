/*
 * Finds quoted spans by the position of each mark, not by its shape: writers
 * mix straight and curly marks and sometimes print “ where ” belongs. A mark
 * after a space opens, a mark before a space or punctuation closes; single
 * marks between letters are apostrophes. Nested quotes belong to the outer one.
 */

export interface QuoteSpan {
	/** Index of the block the span sits in. */
	block: number;
	/** Offsets of the quoted words, between the marks. */
	start: number;
	end: number;
	/** Offset of the opening mark, or -1 when the span carries on from the block before without one. */
	open: number;
	/** Offset just past the closing mark; the block length when the quote is left open. */
	after: number;
	leftOpen: boolean;
	/** Index into the span list of the span this one carries on from across blocks. */
	carriesOn: number | undefined;
}

type Family = 'double' | 'single';

interface Opening {
	family: Family;
	at: number;
}

const doubleMarks = new Set(['"', '“', '”', '«', '»', '„']);
const singleMarks = new Set(["'", '‘', '’', '‹', '›', '‚']);
const openingShapes = new Set(['“', '«', '„', '‘', '‹', '‚']);
const closingShapes = new Set(['”', '»', '’', '›']);
const openers = /[\s([{—–\-/]/;
const closerFollowers = /[\s.,;:!?)\]}—–\-…/]/;
const letterOrDigit = /[\p{L}\p{N}]/u;
// 'n' in "rock 'n' roll", clipped words and decades: apostrophes that look like openers.
const elidedStart = /^(?:n['’](?=\s)|(?:tis|twas|em|cause|til|bout|round|s)\b|\d0s\b|\d\d\b)/i;

export function findQuoteSpans(blocks: readonly string[]): QuoteSpan[] {
	const spans: QuoteSpan[] = [];
	let openFromBefore: number | undefined;
	for (const [index, text] of blocks.entries()) {
		// A single-quoted statement runs on only when the next paragraph reopens it with a single mark.
		const nextReopensSingle = /^['‘]\p{L}/u.test(blocks[index + 1] ?? '');
		openFromBefore = scanBlock(text, index, openFromBefore, spans, nextReopensSingle);
	}

	return spans;
}

/** Returns the index of the span left open at the end of the block, if any. */
function scanBlock(text: string, block: number, openFromBefore: number | undefined, spans: QuoteSpan[], nextReopensSingle: boolean): number | undefined {
	const stack: Opening[] = [];
	let firstMark = true;
	let carried = openFromBefore;
	// A quote left open in the block before and not reopened here: the block starts inside it.
	const firstMarkIndex = findFirstMark(text);
	if (carried !== undefined && (firstMarkIndex !== 0 || classify(text, firstMarkIndex, stack) !== 'open')) {
		if (firstMarkIndex > 0 && classify(text, firstMarkIndex, [{family: 'double', at: -1}]) === 'close') {
			stack.push({family: 'double', at: -1});
		} else {
			carried = undefined;
		}
	}

	for (let index = 0; index < text.length; index++) {
		const char = text[index]!;
		if (!doubleMarks.has(char) && !singleMarks.has(char)) continue;
		const family: Family = doubleMarks.has(char) ? 'double' : 'single';
		if (family === 'single') {
			const skip = elidedStart.exec(text.slice(index + 1, index + 8));
			if (skip !== null && isOpeningPosition(text, index)) {
				index += skip[0].startsWith('n') ? 2 : 0;
				continue;
			}
		}

		const role = classify(text, index, stack);
		if (role === 'open') {
			stack.push({family, at: index});
		} else if (role === 'close') {
			const depth = findOpen(stack, family);
			if (depth === -1) continue;
			const opening = stack[depth]!;
			stack.length = depth;
			if (depth === 0) {
				const start = opening.at + 1;
				if (index > start) {
					spans.push({
						block,
						start,
						end: index,
						open: opening.at,
						after: index + 1,
						leftOpen: false,
						carriesOn: firstMark ? carried : undefined,
					});
				}

				firstMark = false;
			}
		}
	}

	const outer = stack.find(opening => opening.family === 'double') ?? (nextReopensSingle ? stack[0] : undefined);
	if (outer === undefined) return undefined;
	let end = text.length;
	while (end > outer.at + 1 && /\s/.test(text[end - 1]!)) end--;
	if (end <= outer.at + 1) return undefined;
	spans.push({
		block,
		start: outer.at + 1,
		end,
		open: outer.at,
		after: text.length,
		leftOpen: true,
		carriesOn: firstMark ? carried : undefined,
	});
	return spans.length - 1;
}

function findFirstMark(text: string): number {
	for (let index = 0; index < text.length; index++) {
		const char = text[index]!;
		if (doubleMarks.has(char) || (index === 0 && singleMarks.has(char))) return index;
	}

	return -1;
}

function findOpen(stack: readonly Opening[], family: Family): number {
	for (let depth = stack.length - 1; depth >= 0; depth--) {
		if (stack[depth]!.family === family) return depth;
	}

	return -1;
}

function isOpeningPosition(text: string, index: number): boolean {
	const before = index === 0 ? ' ' : text[index - 1]!;
	return openers.test(before) || doubleMarks.has(before) || singleMarks.has(before);
}

function classify(text: string, index: number, stack: readonly Opening[]): 'open' | 'close' | 'none' {
	const char = text[index]!;
	const before = index === 0 ? ' ' : text[index - 1]!;
	const after = index + 1 >= text.length ? ' ' : text[index + 1]!;
	const isDouble = doubleMarks.has(char);
	const canOpen = isOpeningPosition(text, index) && !/\s/.test(after);
	const canClose = !/\s/.test(before) && (closerFollowers.test(after) || doubleMarks.has(after) || singleMarks.has(after));
	const insideSame = findOpen(stack, isDouble ? 'double' : 'single') !== -1;

	if (!isDouble) {
		if (letterOrDigit.test(before) && letterOrDigit.test(after)) return 'none';
		if (canOpen && !canClose) return letterOrDigit.test(after) || after === '…' || after === '[' ? 'open' : 'none';
		// A closing single mark is an apostrophe ("leaders’ summit") unless a single quote is open; even then, a plural
		// possessive before a noun ("lads from the builders’ yard. Well, …’") is one when a later mark can close the quote.
		// A small word after the mark ("‘Harbour Lights’ by", "‘Open Doors’ and") shows it closes.
		if (canClose && !canOpen && insideSame && before === 's' && /^\s\p{Ll}/u.test(text.slice(index + 1, index + 3))
			&& !/^\s(?:by|and|or|in|on|at|to|for|from|with|as|is|was|are|were|that|which|who|but|of|the|a|an|he|she|it|they|we|said|says)\b/.test(text.slice(index + 1, index + 12))
			&& /\S[’'](?=[\s.,;:!?)\]}—–…]|$)/.test(text.slice(index + 1))) return 'none';
		if (canClose && !canOpen) return insideSame ? 'close' : 'none';
		return 'none';
	}

	// Inch marks: 5'11", a 6" pipe.
	if (/\p{N}/u.test(before) && !insideSame && !canOpen) return 'none';
	if (canOpen && !canClose) return 'open';
	if (canClose && !canOpen) return insideSame ? 'close' : 'none';
	if (openingShapes.has(char) && !closingShapes.has(char)) return insideSame && canClose ? 'close' : 'open';
	if (closingShapes.has(char)) return insideSame ? 'close' : 'open';
	return insideSame ? 'close' : 'open';
}
