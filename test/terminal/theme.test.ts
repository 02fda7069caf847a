import {describe, expect, it} from 'vitest';
import type {ColorDepth} from '../../source/terminal/capabilities.js';
import {hexToAnsi256, speakerStyle, themeFor, type Style, type Theme} from '../../source/terminal/theme.js';

const depths: ColorDepth[] = [0, 4, 8, 24];
const allThemes = depths.flatMap(colorDepth =>
	(['dark', 'light'] as const).flatMap(theme =>
		[true, false].map(unicode => ({caps: {colorDepth, theme, unicode}, theme: themeFor({colorDepth, theme, unicode})}))));

const colours = (theme: Theme): string[] =>
	[theme.text, theme.muted, theme.heading, theme.focusBorder, theme.border, theme.mention, theme.highlight, theme.searchMatch, theme.status, theme.error, ...theme.speakers]
		.flatMap(style => [style.color, style.backgroundColor])
		.filter((value): value is string => value !== undefined);

const standsOut = (style: Style) => style.bold === true || style.underline === true || style.inverse === true;

describe('themeFor', () => {
	it('uses no colour at all at depth 0', () => {
		for (const theme of ['dark', 'light'] as const) expect(colours(themeFor({colorDepth: 0, theme, unicode: true}))).toEqual([]);
	});

	it('keeps focus, marks and search matches visible without colour', () => {
		const plain = themeFor({colorDepth: 0, theme: 'dark', unicode: true});
		for (const token of ['focusBorder', 'heading', 'mention', 'highlight', 'searchMatch', 'status', 'error'] as const) {
			expect(standsOut(plain[token]), token).toBe(true);
		}

		expect(plain.mention).not.toEqual(plain.searchMatch);
		expect(plain.highlight).not.toEqual(plain.searchMatch);
		expect(plain.borders.focused).not.toEqual(plain.borders.normal);
	});

	it('marks mentions and search matches by attribute in every theme', () => {
		for (const {theme} of allThemes) {
			expect(standsOut(theme.mention)).toBe(true);
			expect(standsOut(theme.searchMatch) || theme.searchMatch.backgroundColor !== undefined).toBe(true);
		}
	});

	it('names the 16 colours at depth 4', () => {
		for (const theme of ['dark', 'light'] as const) {
			for (const colour of colours(themeFor({colorDepth: 4, theme, unicode: true}))) expect(colour).toMatch(/^[a-z]+(?:Bright)?$/);
		}
	});

	it('uses palette indexes Ink understands at depth 8', () => {
		for (const colour of colours(themeFor({colorDepth: 8, theme: 'dark', unicode: true}))) {
			const index = Number(/^ansi256\((\d+)\)$/.exec(colour)?.[1]);
			expect(index).toBeGreaterThanOrEqual(16);
			expect(index).toBeLessThanOrEqual(255);
		}
	});

	it('uses hex only at depth 24', () => {
		for (const colour of colours(themeFor({colorDepth: 24, theme: 'light', unicode: true}))) expect(colour).toMatch(/^#[\da-f]{6}$/);
		for (const depth of [4, 8] as const) {
			expect(colours(themeFor({colorDepth: depth, theme: 'dark', unicode: true})).some(colour => colour.startsWith('#'))).toBe(false);
		}
	});

	it('differs between dark and light backgrounds', () => {
		expect(themeFor({colorDepth: 24, theme: 'dark', unicode: true}).heading)
			.not.toEqual(themeFor({colorDepth: 24, theme: 'light', unicode: true}).heading);
	});

	it('has eight speaker colours that can be told apart', () => {
		for (const depth of [4, 8, 24] as const) {
			for (const theme of ['dark', 'light'] as const) {
				const speakers = themeFor({colorDepth: depth, theme, unicode: true}).speakers.map(style => style.color);
				expect(speakers).toHaveLength(8);
				expect(new Set(speakers).size).toBe(8);
			}
		}
	});

	it('draws borders in ASCII when the terminal has no Unicode', () => {
		const ascii = themeFor({colorDepth: 4, theme: 'dark', unicode: false});
		for (const character of [...Object.values(ascii.borders.normal), ...Object.values(ascii.borders.focused)]) {
			expect(character).toMatch(/^[\x21-\x7e]$/);
		}

		const unicode = themeFor({colorDepth: 4, theme: 'dark', unicode: true});
		expect(unicode.borders.focused).not.toEqual(unicode.borders.normal);
	});
});

describe('speakerStyle', () => {
	it('cycles through the palette for any index', () => {
		const theme = themeFor({colorDepth: 8, theme: 'dark', unicode: true});
		expect(speakerStyle(theme, 0)).toEqual(theme.speakers[0]);
		expect(speakerStyle(theme, 9)).toEqual(theme.speakers[1]);
		expect(speakerStyle(theme, -1)).toEqual(theme.speakers[7]);
		expect(speakerStyle(theme, 1)).not.toEqual(speakerStyle(theme, 2));
	});

	it('still sets speakers apart from body text without colour', () => {
		const plain = themeFor({colorDepth: 0, theme: 'dark', unicode: true});
		expect(standsOut(speakerStyle(plain, 3))).toBe(true);
	});
});

describe('hexToAnsi256', () => {
	it.each([
		['#000000', 16],
		['#ffffff', 231],
		['#ff0000', 196],
		['#00d7ff', 45],
		['#808080', 244],
		['#303030', 236],
	])('%s is palette colour %i', (hex, index) => {
		expect(hexToAnsi256(hex)).toBe(index);
	});
});
