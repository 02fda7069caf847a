import {readFileSync} from 'node:fs';
import {bundledArticlePath, parseArticle, readArticleFile} from '../source/article/load.js';
import type {Article, Entity, Quote} from '../source/article/schema.js';

export const bundled: Article = readArticleFile(bundledArticlePath());

/** The bundled article as parsed JSON, for tests that spoil a copy of it. */
export function bundledJson(): Record<string, unknown> & {quotes: Array<Record<string, unknown>>; entities: Array<Record<string, unknown>>} {
	return JSON.parse(readFileSync(bundledArticlePath(), 'utf8'));
}

export function entityId(article: Article, name: string): string {
	const entity = article.entities.find(candidate => candidate.name === name);
	if (!entity) throw new Error(`no entity ${name}`);
	return entity.id;
}

/** An article of one paragraph, loaded the way a file is (validated and cleaned), with what a test puts in it. */
export function oneParagraphArticle(text: string, {quotes = [], entities = []}: {quotes?: Quote[]; entities?: Entity[]} = {}): Article {
	return parseArticle(
		JSON.stringify({
			format: 'pullquote/segmented-article',
			version: 1,
			meta: {id: 'test-article', title: 'A test article', titleOrigin: 'pullquote'},
			segments: [{id: 'p1', kind: 'paragraph', text, sentences: [{start: 0, end: text.length}]}],
			quotes,
			entities,
		}),
		'test-article.json',
	);
}

/** Where `words` stand in `text`, as a range for a quote or mention. */
export function rangeOf(text: string, words: string): {segment: string; start: number; end: number; text: string} {
	const start = text.indexOf(words);
	if (start < 0) throw new Error(`"${words}" is not in the text`);
	return {segment: 'p1', start, end: start + words.length, text: words};
}
