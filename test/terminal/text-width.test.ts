import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import width, {textWidth} from '../../source/terminal/text-width.js';

// Every character the quick count takes on itself, so each is checked against string-width.
function quickCharacters(): string[] {
	const ranges: Array<[number, number]> = [
		[0x20, 0x7e],
		[0xa0, 0x17f],
		[0x2010, 0x205e],
		[0x2500, 0x257f],
	];
	return ranges.flatMap(([from, to]) => Array.from({length: to - from + 1}, (_, index) => String.fromCodePoint(from + index)));
}

describe('text width', () => {
	test('each character counted without string-width takes the columns string-width gives it', () => {
		const differing = quickCharacters().filter(character => textWidth(character) !== stringWidth(character));
		expect(differing).toEqual([]);
	});

	test('no two of those characters join into a cluster of another width', () => {
		const characters = quickCharacters();
		const differing: string[] = [];
		for (const first of characters) {
			for (const second of characters) {
				const pair = first + second;
				if (textWidth(pair) !== stringWidth(pair)) differing.push(pair);
			}
		}

		expect(differing).toEqual([]);
	});

	test('article text, styled or not, measures as string-width measures it', () => {
		const samples = [
			'“legitimate” target for Moscow’s military — a day after Kyiv’s allies…',
			'\u001B[1m\u001B[36mZelenskyy\u001B[39m\u001B[22m hailed the move: “I think”',
			'Ça déjà vu, Łódź, Øresund, naïve – “quoted” ‘single’ • ellipsis…',
			' │ Quotes (12)',
		];
		for (const sample of samples) expect(textWidth(sample)).toBe(stringWidth(sample));
	});

	test('what it does not count itself is still measured by string-width', () => {
		const samples = ['東京 Tokyo', 'e\u0301cole', '👍🏽 ok', 'soft\u00ADhyphen', 'zero\u200Bwidth', '\u001B]0;title\u0007x', 'tab\there'];
		for (const sample of samples) expect(textWidth(sample)).toBe(stringWidth(sample));
		expect(textWidth('東京')).toBe(4);
		expect(textWidth('e\u0301')).toBe(1);
	});

	test('in string-width’s place it honours string-width’s options', () => {
		expect(width('“a”', {ambiguousIsNarrow: false})).toBe(stringWidth('“a”', {ambiguousIsNarrow: false}));
		expect(width('“a”', {ambiguousIsNarrow: false})).toBe(5);
		expect(width('\u001B[1ma\u001B[22m', {countAnsiEscapeCodes: true})).toBe(stringWidth('\u001B[1ma\u001B[22m', {countAnsiEscapeCodes: true}));
		expect(width('\u001B[1ma\u001B[22m')).toBe(1);
	});
});
