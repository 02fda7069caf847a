import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import width, {textWidth} from '../../source/terminal/text-width.js';

// Every character the quick count takes on itself, so each is checked against string-width.
function quickCharacters(): string[] {
	const ranges: Array<[number, number]> = [
		[0x20, 0x7e],
		[0xa0, 0x2ff],
		[0x2010, 0x205e],
		[0x2190, 0x21ff],
		[0x2500, 0x259f],
	];
	return ranges.flatMap(([from, to]) => Array.from({length: to - from + 1}, (_, index) => String.fromCodePoint(from + index)));
}

describe('text width', () => {
	test('each character counted without string-width takes the columns string-width gives it', () => {
		const differing = quickCharacters().filter(character => textWidth(character) !== stringWidth(character));
		expect(differing).toEqual([]);
	});

	test('none of those characters joins a neighbour into a cluster of another width', () => {
		// A character joins the one before it (a mark, a joiner) or the one after it (a prepended
		// sign); beside a plain letter either would change the width of the pair.
		const differing = quickCharacters().flatMap(character => [`a${character}`, `${character}a`, character + character]).filter(pair => textWidth(pair) !== stringWidth(pair));
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
