import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {articleSchema} from '../../../source/article/schema.js';
import {findProblems} from '../../../source/article/check.js';
import {segmentText} from '../../../source/segment/index.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

describe('segmentText', () => {
	it('produces a valid, self-consistent article', () => {
		const article = segmentText(fixture('briefing.txt'));
		expect(() => articleSchema.parse(article)).not.toThrow();
		expect(findProblems(article)).toEqual([]);
	});

	it('takes a short first line without final punctuation as the headline', () => {
		const article = segmentText(fixture('briefing.txt'));
		expect(article.meta.title).toBe('Harbour board delays ferry contract');
		expect(article.meta.titleOrigin).toBe('publisher');
		expect(article.meta.id).toBe('harbour-board-delays-ferry-contract');
		expect(article.segments[0]!.text.startsWith('The harbour board')).toBe(true);
	});

	it('writes a title from the first sentence when there is no headline', () => {
		const article = segmentText('The council met on Monday to discuss the budget. It agreed on nothing.');
		expect(article.meta.titleOrigin).toBe('pullquote');
		expect(article.meta.title).toBe('The council met on Monday to discuss the budget');
	});

	it('uses the id and title it is given', () => {
		const article = segmentText('Some text here.', {id: 'my-id', title: 'My title'});
		expect(article.meta.id).toBe('my-id');
		expect(article.meta.title).toBe('My title');
	});

	it('throws a one-line error for empty text', () => {
		expect(() => segmentText('')).toThrow(/empty/);
		expect(() => segmentText(' \n\n\t ')).toThrow(/empty/);
	});

	it('handles text with no quotes and a single paragraph', () => {
		const article = segmentText('Nothing was said by anyone today');
		expect(article.segments).toHaveLength(1);
		expect(article.quotes).toEqual([]);
	});
});

describe('segmentText on hostile input', () => {
	it('refuses text far longer than any article with a one-line message', () => {
		expect(() => segmentText('word '.repeat(2_000_000))).toThrow(/^segmentText: the text is 10\.0 million characters long/);
	});

	it('segments long runs of marks, capitals and abbreviations', () => {
		for (const text of ['"'.repeat(100_000), "'a ".repeat(100_000), 'Abc '.repeat(100_000), 'U.S. '.repeat(100_000), '"a," he said. '.repeat(20_000)]) {
			const article = segmentText(text);
			expect(findProblems(article)).toEqual([]);
		}
	});

	it('segments a long article', () => {
		const paragraph = fixture('briefing.txt').split('\n').slice(2).join('\n');
		const article = segmentText(paragraph.repeat(400));
		expect(article.quotes.length).toBeGreaterThan(800);
		expect(findProblems(article)).toEqual([]);
	});
});

describe('ids', () => {
	it('makes an id given with spaces and capitals valid', () => {
		expect(segmentText('Some text here.', {id: 'My Article 2'}).meta.id).toBe('my-article-2');
	});
});
