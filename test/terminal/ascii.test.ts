import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {asciiBox, asciiFocusBox, toAscii} from '../../source/terminal/ascii.js';
import {sanitizeText} from '../../source/terminal/sanitize.js';

const printableAscii = /^[\x20-\x7e\n]*$/;
const fixture = (name: string) => new URL(`../fixtures/hostile/${name}`, import.meta.url);

describe('toAscii', () => {
	it('leaves ASCII text as it is', () => {
		expect(toAscii('Plain "ASCII" text -- with 100% of it\nkept.')).toBe('Plain "ASCII" text -- with 100% of it\nkept.');
	});

	it.each([
		['curly single quotes', '\u2018it\u2019s\u2019', '\'it\'s\''],
		['curly double quotes', '\u201cyes\u201d', '"yes"'],
		['low quotes', '\u201eja\u201c \u201aja\u2018', '"ja" \'ja\''],
		['guillemets', '\u00abnon\u00bb', '"non"'],
		['en dash', '1990\u20132000', '1990-2000'],
		['figure dash', '555\u20121234', '555-1234'],
		['em dash', 'wait\u2014what', 'wait--what'],
		['horizontal bar', '\u2015 quote', '-- quote'],
		['ellipsis', 'and so\u2026', 'and so...'],
		['bullet', '\u2022 item', '* item'],
		['middle dot', 'a\u00b7b', 'a.b'],
		['no-break space', 'a\u00a0b', 'a b'],
		['thin and em spaces', 'a\u2009b\u2003c\u202fd', 'a b c d'],
		['multiplication sign', '3\u00d74', '3x4'],
		['accented Latin', 'été Zürich Dvořák São Paulo Łódź Ærø', 'ete Zurich Dvorak Sao Paulo Lodz AEro'],
		['precomposed and combining accents alike', 'e\u0301 \u00e9', 'e e'],
		['ligatures', '\ufb01nal \ufb02ow', 'final flow'],
		['box drawing', '\u250c\u2500\u2510\u2502\u2514\u2518\u251c\u253c\u2550\u2551\u2554', '+-+|++++-|+'],
		['heavy and rounded box drawing', '\u250f\u2501\u2513\u2503\u256d\u256f', '+-+|++'],
		['replacement character', 'a\ufffdb', 'a?b'],
	])('%s', (_name, input, expected) => {
		expect(toAscii(input)).toBe(expected);
	});

	it('gives a wide character two columns of ?', () => {
		expect(toAscii('東京 is Tokyo')).toBe('???? is Tokyo');
		expect(toAscii('한국')).toBe('????');
	});

	it('gives an emoji one ?, however many code points build it', () => {
		expect(toAscii('a \u{1f600} b')).toBe('a ? b');
		expect(toAscii('\u{1f469}\u200d\u{1f469}\u200d\u{1f467}!')).toBe('?!');
		expect(toAscii('\u{1f1ec}\u{1f1e7}')).toBe('?');
		expect(toAscii('\u{1f44d}\u{1f3fd}')).toBe('?');
	});

	it('gives any other character one ?', () => {
		expect(toAscii('Москва')).toBe('??????');
		expect(toAscii('\u2603')).not.toMatch(/[^?]/);
	});

	it('drops controls, and turns tabs and CR LF into space and newline', () => {
		expect(toAscii('a\u001b[31mb\u0007\u009bc\td\r\ne')).toBe('a[31mbc d\ne');
	});

	it('produces printable ASCII for any input', () => {
		let everything = '';
		for (let codePoint = 0; codePoint < 0x3_00_00; codePoint += 7) {
			if (codePoint < 0xd8_00 || codePoint > 0xdf_ff) everything += String.fromCodePoint(codePoint);
		}

		expect(toAscii(everything)).toMatch(printableAscii);
		expect(toAscii('lone \ud800 surrogate \udc00')).toMatch(printableAscii);
	});

	it('produces printable ASCII from the hostile fixtures, raw or cleaned', () => {
		for (const name of ['hostile.txt', 'hostile.json', 'hostile-invalid-utf8.txt']) {
			const text = new TextDecoder().decode(readFileSync(fixture(name)));
			const decoded = name.endsWith('.json') ? JSON.stringify(JSON.parse(text)) : text;
			expect(toAscii(decoded)).toMatch(printableAscii);
			expect(toAscii(sanitizeText(decoded))).toMatch(printableAscii);
		}
	});
});

describe('ASCII borders', () => {
	it('are one ASCII column per side, and focus looks different', () => {
		for (const box of [asciiBox, asciiFocusBox]) {
			for (const character of Object.values(box)) expect(character).toMatch(/^[\x21-\x7e]$/);
		}

		expect(asciiFocusBox).not.toEqual(asciiBox);
	});
});
