import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {readArticleFile} from '../../../source/article/load.js';
import type {Article} from '../../../source/article/schema.js';
import {segmentText} from '../../../source/segment/index.js';

/*
 * The bundled article was segmented by hand. The automatic segmentation of its
 * raw text must find the same quotes and credit them to the same people.
 */
const handmade = readArticleFile(new URL('../../../content/putin-warns-western-troops.json', import.meta.url).pathname);
const raw = readFileSync(new URL('../fixtures/putin-warns-western-troops.txt', import.meta.url), 'utf8');
const automatic = segmentText(raw);

const quotesWithSpeakers = (article: Article) => {
	const names = new Map(article.entities.map(entity => [entity.id, entity.name]));
	return article.quotes.map(quote => ({text: quote.text, speaker: quote.speaker === null ? null : names.get(quote.speaker)}));
};

describe('the bundled article', () => {
	it('has the same text as the hand segmentation', () => {
		expect(automatic.segments.map(segment => segment.text)).toEqual(handmade.segments.map(segment => segment.text));
	});

	it('finds every quote of the hand segmentation, and no other', () => {
		expect(automatic.quotes.map(quote => quote.text)).toEqual(handmade.quotes.map(quote => quote.text));
	});

	it('credits every quote to the same speaker', () => {
		expect(quotesWithSpeakers(automatic)).toEqual(quotesWithSpeakers(handmade));
	});
});
