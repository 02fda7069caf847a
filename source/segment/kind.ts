import type {QuoteSpan} from './quotes.js';
import type {Range} from '../article/schema.js';
import {reportingVerbs} from './gazetteer.js';
import {isTitleCase} from './terms.js';

/*
 * "statement" for a quoted sentence or more; "partial" for a few words woven
 * into the writer's own sentence (reported speech, scare quotes, names).
 */
export function quoteKind(text: string, span: QuoteSpan, sentence: Range, heading: boolean): 'statement' | 'partial' {
	if (heading) return 'partial';
	if (span.open < 0) return 'statement';
	const quoted = text.slice(span.start, span.end);
	const startsUpper = /^[\s.…[(]*[\p{Lu}\p{N}]/u.test(quoted);
	const words = quoted.trim().split(/\s+/).length;
	if (!startsUpper) return 'partial';
	if (words <= 3 && !/[.!?,]$/.test(quoted.trim())) return 'partial';
	// A title or slogan without a sentence's closing mark is named, not spoken.
	if (isTitleCase(quoted) && !/[.!?,…]$/.test(quoted.trim())) return 'partial';
	const before = text.slice(Math.min(sentence.start, span.open), span.open).trim();
	if (before === '' || /[:,—–-]$/.test(before)) return 'statement';
	const lastWord = /(\p{L}+)$/u.exec(before)?.[1] ?? '';
	if (reportingVerbs.has(lastWord) || /\b(?:that|reporters|journalists)$/.test(before)) return 'statement';
	return 'partial';
}
