import {textWidth} from '../terminal/text-width.js';
import type {Article} from '../article/schema.js';
import {forTerminal, linesOut, oneLine, type TextOptions} from './output.js';

/**
 * The article as plain text, for a pipe or a terminal that cannot run the
 * reader: the title underlined, then who published it and when, then the
 * segments. A paragraph is one line, left for the pager to wrap; blank lines
 * separate paragraphs, and a heading is underlined with blank lines around it.
 */
export function plainTextArticle(article: Article, options: TextOptions = {}): string {
	const {meta} = article;
	// Underlines are measured on the text as it will be shown, ASCII spelling included.
	const shown = (text: string) => forTerminal(oneLine(text.trim()), options);
	const title = shown(meta.title);
	const lines = [title, underline(title, '=')];
	const byline = [meta.publisher, meta.source, meta.date]
		.filter((part, index, parts): part is string => part !== undefined && parts.indexOf(part) === index)
		.map(part => shown(part));
	if (byline.length > 0) lines.push(byline.join(' · '));
	if (meta.url !== undefined) lines.push(shown(meta.url));

	for (const segment of article.segments) {
		const text = shown(segment.text);
		lines.push('');
		if (segment.kind === 'heading') lines.push(text, underline(text, '-'));
		else lines.push(text);
	}

	return linesOut(lines, options);
}

function underline(text: string, character: string): string {
	return character.repeat(Math.max(1, textWidth(text)));
}
