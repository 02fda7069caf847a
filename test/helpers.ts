import {readFileSync} from 'node:fs';
import {bundledArticlePath, readArticleFile} from '../source/article/load.js';
import type {Article} from '../source/article/schema.js';

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
