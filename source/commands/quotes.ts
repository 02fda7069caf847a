import type {Article, Quote} from '../article/schema.js';
import {jsonOut, linesOut, oneLine, type TextOptions} from './output.js';
import {namesById, quoteRecord, speakerName} from './records.js';

export type QuotesOptions = TextOptions & {
	json: boolean;
	/** Ignored with json. */
	format?: 'text' | 'markdown';
};

/**
 * Every quote in reading order with its speaker. Text has one quote a line; a
 * quote that carries on an earlier one says so. Markdown writes a quotation and
 * its continuations as one list item, ready to paste into notes.
 */
export function quotesCommand(article: Article, options: QuotesOptions): string {
	const names = namesById(article);
	if (options.json) return jsonOut(article.quotes.map(quote => quoteRecord(quote, names)), options);
	if (options.format === 'markdown') return linesOut(markdownLines(article, names), options);
	return linesOut(article.quotes.map(quote => quoteLine(quote, names)), options);
}

/** `Speaker (cue): “words”`, the form used wherever a quote takes one line. */
export function quoteLine(quote: Quote, names: ReadonlyMap<string, string>): string {
	const notes = [quote.cue, quote.continues === undefined ? null : 'continued'].filter(note => note !== null);
	const label = speakerName(quote, names) ?? '(no speaker)';
	const attribution = notes.length === 0 ? label : `${label} (${notes.map(note => oneLine(note)).join(', ')})`;
	return `${oneLine(attribution)}: “${oneLine(quote.text)}”`;
}

function markdownLines(article: Article, names: ReadonlyMap<string, string>): string[] {
	const title = escapeMarkdown(oneLine(article.meta.title));
	return quotations(article.quotes).map(parts => {
		const words = parts.map(part => escapeMarkdown(oneLine(part.text))).join(' … ');
		const speaker = speakerName(parts[0]!, names);
		return speaker === null ? `- “${words}” (no speaker)` : `- “${words}” — ${escapeMarkdown(oneLine(speaker))}, *${title}*`;
	});
}

/** Quotes gathered into quotations: each one with the quotes that carry it on, in reading order. */
export function quotations(quotes: readonly Quote[]): Quote[][] {
	const groups: Quote[][] = [];
	const groupOf = new Map<string, Quote[]>();
	for (const quote of quotes) {
		// A continuation of a quote not seen yet (out of order, or missing) stands alone.
		const earlier = quote.continues === undefined ? undefined : groupOf.get(quote.continues);
		const group = earlier ?? [];
		if (earlier === undefined) groups.push(group);
		group.push(quote);
		groupOf.set(quote.id, group);
	}

	return groups;
}

function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_[\]<>~|]/g, '\\$&');
}
