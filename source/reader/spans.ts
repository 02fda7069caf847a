import type {Article} from '../article/schema.js';
import type {ArticleLine} from './article-lines.js';

/** A place in the article: a segment and a character range in it. */
export type Target = {segment: string; start: number; end: number};

/** A run of a row's text that is drawn one way. */
export type Span = {
	text: string;
	/** Index of the quote's speaker in the palette; -1 for a quote nobody said; undefined outside quotes. */
	quote?: number;
	mention?: boolean;
	highlight?: boolean;
};

type Mark = {start: number; end: number; quote?: number; mention?: boolean};

const markCache = new WeakMap<Article, Map<string, Mark[]>>();

/** Speakers in order of first quote, so each keeps one colour. */
export function speakerIndex(article: Article): Map<string, number> {
	const order = new Map<string, number>();
	for (const quote of article.quotes) {
		if (quote.speaker !== null && !order.has(quote.speaker)) order.set(quote.speaker, order.size);
	}

	return order;
}

function marksBySegment(article: Article): Map<string, Mark[]> {
	const cached = markCache.get(article);
	if (cached) return cached;
	const speakers = speakerIndex(article);
	const marks = new Map<string, Mark[]>();
	const add = (segment: string, mark: Mark) => {
		const list = marks.get(segment) ?? [];
		list.push(mark);
		marks.set(segment, list);
	};

	for (const quote of article.quotes) {
		add(quote.segment, {start: quote.start, end: quote.end, quote: quote.speaker === null ? -1 : speakers.get(quote.speaker)!});
	}

	for (const entity of article.entities) {
		for (const mention of entity.mentions) add(mention.segment, {start: mention.start, end: mention.end, mention: true});
	}

	markCache.set(article, marks);
	return marks;
}

/** Cuts a row into spans at every quote, mention and highlight boundary. */
export function lineSpans(article: Article, line: ArticleLine, highlight: Target | null): Span[] {
	if (line.segment === null || line.text === '') return [{text: line.text}];
	const marks = marksBySegment(article).get(line.segment) ?? [];
	const activeHighlight = highlight?.segment === line.segment ? highlight : null;
	const cuts = new Set<number>([line.start, line.end]);
	for (const mark of [...marks, ...(activeHighlight ? [activeHighlight] : [])]) {
		if (mark.start > line.start && mark.start < line.end) cuts.add(mark.start);
		if (mark.end > line.start && mark.end < line.end) cuts.add(mark.end);
	}

	const points = [...cuts].sort((a, b) => a - b);
	const spans: Span[] = [];
	for (let index = 0; index + 1 < points.length; index++) {
		const start = points[index]!;
		const end = points[index + 1]!;
		const span: Span = {text: line.text.slice(start - line.start, end - line.start)};
		for (const mark of marks) {
			if (mark.start <= start && mark.end >= end) {
				if (mark.quote !== undefined) span.quote = mark.quote;
				if (mark.mention) span.mention = true;
			}
		}

		if (activeHighlight && activeHighlight.start <= start && activeHighlight.end >= end) span.highlight = true;
		spans.push(span);
	}

	return spans;
}
