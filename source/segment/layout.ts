/*
 * Splits raw article text into blocks: an optional headline, then headings and
 * paragraphs. Two layouts are common: paragraphs separated by blank lines, and
 * one paragraph per line with no blank lines at all.
 */

export interface Block {
	kind: 'heading' | 'paragraph';
	text: string;
}

export interface Layout {
	/** The first line when it reads as the article's own headline. */
	headline: string | undefined;
	blocks: Block[];
}

const markdownHeading = /^#{1,6}[ \t]+/;
const finalPunctuation = /[.!?,;:…]['"’”»)\]]*$/;

export function normalizeText(text: string): string {
	let normalized = text.startsWith('\uFEFF') ? text.slice(1) : text;
	normalized = normalized.replace(/\r\n?/g, '\n');
	// Form feeds, vertical tabs and the Unicode line separators break lines too.
	return normalized.replace(/[\f\v\u2028\u2029\u0085]/g, '\n');
}

export function splitLayout(text: string): Layout {
	const lines = normalizeText(text).split('\n');
	const groups: string[][] = [];
	let current: string[] = [];
	let sawBlank = false;
	for (const line of lines) {
		if (line.trim() === '') {
			if (current.length > 0) {
				groups.push(current);
				current = [];
			}

			continue;
		}

		// Blank lines count as the layout only when they separate text, not when they trail it.
		if (current.length === 0 && groups.length > 0) sawBlank = true;
		current.push(line);
	}

	if (current.length > 0) groups.push(current);

	const rawBlocks: string[] = [];
	for (const group of groups) {
		if (!sawBlank || linesStandAlone(group)) {
			rawBlocks.push(...group);
		} else {
			splitMarkdownHeadings(group, rawBlocks);
		}
	}

	const blocks = rawBlocks.map(raw => toBlock(raw)).filter((block): block is Block => block !== undefined);
	let headline: string | undefined;
	const first = rawBlocks[0];
	if (first !== undefined && blocks.length > 1 && (markdownHeading.test(first.trim()) || looksLikeHeading(first, 20))) {
		headline = blocks.shift()!.text;
	}

	return {headline, blocks};
}

/* A group of lines inside blank-line layout is hard-wrapped prose unless every line ends a sentence or is a heading. */
function linesStandAlone(group: string[]): boolean {
	if (group.length === 1) return true;
	// A line followed by one starting in lower case was wrapped mid-sentence.
	if (group.slice(1).some(line => /^\s*\p{Ll}/u.test(line))) return false;
	return group.slice(0, -1).every((line, index) => (index === 0 && looksLikeHeading(line, 20)) || finalPunctuation.test(line.trimEnd()) || markdownHeading.test(line.trim()) || looksLikeHeading(line, 12));
}

function splitMarkdownHeadings(group: string[], into: string[]): void {
	let prose: string[] = [];
	for (const line of group) {
		if (markdownHeading.test(line.trim())) {
			if (prose.length > 0) into.push(prose.join('\n'));
			prose = [];
			into.push(line);
		} else {
			prose.push(line);
		}
	}

	if (prose.length > 0) into.push(prose.join('\n'));
}

function toBlock(raw: string): Block | undefined {
	const trimmed = raw.trim();
	if (markdownHeading.test(trimmed)) {
		const text = trimmed.replace(markdownHeading, '').replace(/[ \t]+#+$/, '').trim();
		return text === '' ? undefined : {kind: 'heading', text};
	}

	if (trimmed === '' || /^#+$/.test(trimmed)) return undefined;
	return {kind: looksLikeHeading(trimmed, 12) ? 'heading' : 'paragraph', text: trimmed};
}

/** Short, on one line, starting like a title and without the punctuation that ends a sentence. */
function looksLikeHeading(line: string, maxWords: number): boolean {
	const trimmed = line.trim();
	if (trimmed.includes('\n') || trimmed.length > 160) return false;
	if (finalPunctuation.test(trimmed)) return false;
	if (!/^['"‘“«(]?[\p{Lu}\p{N}]/u.test(trimmed)) return false;
	const words = trimmed.split(/\s+/).length;
	return words <= maxWords;
}
