import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {fitPieces, fitText, padText, textWidth} from '../../source/panes/fit.js';

describe('fitting rows to their width', () => {
	it('counts wide characters as two columns and combining marks as none', () => {
		expect(textWidth('abc')).toBe(3);
		expect(textWidth('漢字')).toBe(4);
		expect(textWidth('e\u0301te\u0301')).toBe(3);
	});

	it('cuts by columns, never through a wide character, and ends with the ellipsis', () => {
		const cut = fitText('東京都の知事が語った', 7, '…');
		expect(stringWidth(cut)).toBeLessThanOrEqual(7);
		expect(cut.endsWith('…')).toBe(true);
		expect(fitText('short', 10, '...')).toBe('short');
		expect(fitText('a long line of text', 8, '...')).toBe('a lon...');
	});

	it('keeps styles on the pieces it keeps', () => {
		const pieces = fitPieces([{text: 'Putin ', style: {bold: true}}, {text: 'said something long'}], 10, '…');
		expect(pieces[0]).toEqual({text: 'Putin ', style: {bold: true}});
		expect(pieces.map(piece => piece.text).join('')).toBe('Putin sai…');
	});

	it('pads to the width in columns', () => {
		expect(stringWidth(padText('漢字', 6))).toBe(6);
		expect(padText('a\u0301', 3)).toBe('a\u0301  ');
	});
});
