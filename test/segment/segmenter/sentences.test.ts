import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {segment, sentenceTexts} from './helpers.js';

const sentencesOf = (text: string) => sentenceTexts(segment(text));

describe('sentences', () => {
	it('does not end a sentence at U.S., U.K. or D.C. inside it', () => {
		expect(sentencesOf('The U.S. President met U.K. officials in Washington, D.C. on Monday. They talked.')).toEqual([
			'The U.S. President met U.K. officials in Washington, D.C. on Monday.',
			'They talked.',
		]);
	});

	it('ends a sentence at an abbreviation when an ordinary opener follows', () => {
		expect(sentencesOf('Troops came from the U.S. The talks went on.')).toEqual(['Troops came from the U.S.', 'The talks went on.']);
	});

	it('keeps titles, months and initials inside the sentence', () => {
		expect(sentencesOf('Mr. Reed met Dr. Obi on Jan. 30 with J. R. Mbeki. It went well.')).toEqual([
			'Mr. Reed met Dr. Obi on Jan. 30 with J. R. Mbeki.',
			'It went well.',
		]);
	});

	it('keeps decimals and amounts whole', () => {
		expect(sentencesOf('The deal is worth $2.8 billion, or 11.5 times earnings. Shares rose 6.2 percent.')).toEqual([
			'The deal is worth $2.8 billion, or 11.5 times earnings.',
			'Shares rose 6.2 percent.',
		]);
	});

	it('ends a sentence after a quote closed by .” and not before “he said”', () => {
		expect(sentencesOf('“We will win.” He smiled. “Ask me on Friday,” she said. “Tonight we sing!” he added.')).toEqual([
			'“We will win.”',
			'He smiled.',
			'“Ask me on Friday,” she said.',
			'“Tonight we sing!” he added.',
		]);
	});

	it('handles ellipses: a capital after one starts a sentence, lower case does not', () => {
		expect(sentencesOf('It was... fine, I suppose. Then it rained… We left.')).toEqual(['It was... fine, I suppose.', 'Then it rained…', 'We left.']);
	});
});

describe('layout', () => {
	it('reads one paragraph per line', () => {
		const article = segment('Headline here\nFirst paragraph.\nSecond paragraph.\nA subheading\nThird paragraph.');
		expect(article.meta.title).toBe('Headline here');
		expect(article.segments.map(item => [item.kind, item.text])).toEqual([
			['paragraph', 'First paragraph.'],
			['paragraph', 'Second paragraph.'],
			['heading', 'A subheading'],
			['paragraph', 'Third paragraph.'],
		]);
	});

	it('reads paragraphs separated by blank lines, keeping wrapped lines together', () => {
		const article = segment('One paragraph that is\nwrapped over two lines.\n\nAnother one.\n');
		expect(article.segments.map(item => item.text)).toEqual(['One paragraph that is\nwrapped over two lines.', 'Another one.']);
	});

	it('turns Markdown headings into headings without the marks', () => {
		const article = segment('# The title\n\nFirst paragraph.\n\n## What comes next\n\nSecond paragraph.');
		expect(article.meta.title).toBe('The title');
		expect(article.meta.titleOrigin).toBe('publisher');
		expect(article.segments.map(item => [item.kind, item.text])).toEqual([
			['paragraph', 'First paragraph.'],
			['heading', 'What comes next'],
			['paragraph', 'Second paragraph.'],
		]);
	});

	it('accepts Windows line endings and a byte-order mark', () => {
		const article = segment('\uFEFFShort headline\r\n\r\nA paragraph.\r\n\r\nAnother paragraph.\r\n');
		expect(article.meta.title).toBe('Short headline');
		expect(article.segments.map(item => item.text)).toEqual(['A paragraph.', 'Another paragraph.']);
	});

	it('does not take a long first sentence for a headline', () => {
		const article = segment('The board voted on Tuesday to close the branch.\nResidents protested.');
		expect(article.meta.titleOrigin).toBe('pullquote');
		expect(article.segments).toHaveLength(2);
	});
});

describe('the sentence fixture', () => {
	// One sentence per line, paragraphs between blank lines: the cases the splitters were compared on.
	const paragraphs = readFileSync(new URL('../fixtures/sentences.txt', import.meta.url), 'utf8')
		.trim()
		.split(/\n\s*\n/)
		.map(paragraph => paragraph.split('\n'));

	it.each(paragraphs.map(lines => [lines[0]!, lines] as const))('splits "%s…" as written', (_first, lines) => {
		expect(sentencesOf(lines.join(' '))).toEqual(lines);
	});
});
