import {createHash} from 'node:crypto';
import type {Article} from '../article/schema.js';

/**
 * Two files are the same article when their segments hold the same text, whatever their
 * ids, titles or segmentation details: the text is what a reader would recognise.
 */
export function contentHash(article: Article): string {
	const hash = createHash('sha256');
	for (const segment of article.segments) {
		hash.update(segment.text.replace(/\s+/g, ' ').trim());
		hash.update('\u0000');
	}

	return hash.digest('hex').slice(0, 32);
}

/** Changes whenever anything in the article does: tells the search index an article needs indexing again. */
export function articleRevision(article: Article): string {
	return createHash('sha256').update(JSON.stringify(article)).digest('hex').slice(0, 32);
}
