import type {Range} from '../article/schema.js';
import {neverFinalAbbreviations, sentenceWords, sometimesFinalAbbreviations} from './gazetteer.js';

/*
 * Sentence boundaries by rule. A boundary is terminal punctuation, optional
 * closing quotes or brackets, then white space and something that can start a
 * sentence. The word before a full stop decides whether it is an abbreviation.
 */

const candidate = /[.!?…]+['"’”»)\]]*(?=\s)/g;
const closers = /['"’”»)\]]/;

export function splitSentences(text: string): Range[] {
	const ranges: Range[] = [];
	let start = skipSpace(text, 0);
	candidate.lastIndex = 0;
	for (let match = candidate.exec(text); match !== null; match = candidate.exec(text)) {
		const end = match.index + match[0].length;
		const next = skipSpace(text, end);
		if (next >= text.length) break;
		if (end <= start) continue;
		if (!endsSentence(text, match.index, match[0], next)) continue;
		ranges.push({start, end});
		start = next;
	}

	const last = trimEnd(text, text.length);
	if (last > start) ranges.push({start, end: last});
	return ranges;
}

function endsSentence(text: string, at: number, punctuation: string, next: number): boolean {
	const following = text.slice(next, next + 40);
	const first = following[0] ?? '';
	if (/[\p{Ll},;:)\]}]/u.test(first)) return false;
	// A dash or another full stop after a space continues the same sentence.
	if (/[–—-]/.test(first)) return false;
	const marks = punctuation.replace(/['"’”»)\]]+$/, '');
	const closed = marks.length < punctuation.length && closers.test(punctuation.at(-1) ?? '');
	// "“Why stop now?” Hale asked.": a question or an exclamation in quotes, then who said it, is one sentence.
	if (closed && /[?!]$/.test(marks) && /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:said|says|asked|asks|shouted|shouts|cried|wondered|added|replied|told|yelled|exclaimed)\b/u.test(following)) return false;
	if (marks !== '.') return true;
	const word = wordBefore(text, at);
	if (word === '') return true;
	if (closed) return true;
	if (neverFinalAbbreviations.has(word) || neverFinalAbbreviations.has(word.toLowerCase())) return false;
	// An initial: "J. R. Tolkien", "George W. Bush".
	if (/^\p{Lu}$/u.test(word)) return false;
	const dotted = /^(?:\p{L}\.)+\p{L}$/u.test(word);
	if (dotted || sometimesFinalAbbreviations.has(word)) {
		const nextWord = /^['"‘“(]*([\p{L}\p{N}]+)/u.exec(following)?.[1] ?? '';
		return sentenceWords.has(nextWord);
	}

	return true;
}

/** The token ending just before the full stop at `at`, without leading punctuation. */
function wordBefore(text: string, at: number): string {
	let begin = at;
	while (begin > 0 && !/\s/.test(text[begin - 1]!) && at - begin < 40) begin--;
	return text.slice(begin, at).replace(/^[('"‘“«[]+/, '');
}

function skipSpace(text: string, index: number): number {
	let position = index;
	while (position < text.length && /\s/.test(text[position]!)) position++;
	return position;
}

function trimEnd(text: string, index: number): number {
	let position = index;
	while (position > 0 && /\s/.test(text[position - 1]!)) position--;
	return position;
}
