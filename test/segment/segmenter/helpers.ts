import {findProblems} from '../../../source/article/check.js';
import {articleSchema, type Article} from '../../../source/article/schema.js';
import {segmentText} from '../../../source/segment/index.js';

/** Segments text and fails loudly if the result would not load in the reader. */
export function segment(text: string): Article {
	const article = articleSchema.parse(segmentText(text));
	const problems = findProblems(article);
	if (problems.length > 0) throw new Error(problems.join('\n'));
	return article;
}

export function quoteTexts(article: Article): string[] {
	return article.quotes.map(quote => quote.text);
}

/** Each quote as [text, speaker name or null]. */
export function speakers(article: Article): Array<[string, string | null]> {
	const names = new Map(article.entities.map(entity => [entity.id, entity.name]));
	return article.quotes.map(quote => [quote.text, quote.speaker === null ? null : names.get(quote.speaker) ?? '?']);
}

export function sentenceTexts(article: Article, segment = 0): string[] {
	const {text, sentences} = article.segments[segment]!;
	return sentences.map(range => text.slice(range.start, range.end));
}
