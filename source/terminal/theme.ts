import type {Capabilities, ColorDepth, ThemeName} from './capabilities.js';
import {asciiBox, asciiFocusBox, type BoxChars} from './ascii.js';

/*
 * Semantic tokens: the views ask for "mention" or "focusBorder", never for a
 * colour. Each theme is reduced to what the terminal can show: named colours at
 * depth 4, "ansi256(n)" at depth 8 (Ink hands both to chalk), hex at depth 24,
 * and at depth 0 attributes only (bold, underline, inverse), so focus, marks and
 * search matches stay visible with NO_COLOR. Marks that carry meaning (mentions,
 * search matches) keep an attribute in every theme, for readers who cannot tell
 * the colours apart.
 */

/** The same names as Ink's Text props, so a Style can be spread onto <Text>. */
export type Style = {
	color?: string;
	backgroundColor?: string;
	bold?: boolean;
	underline?: boolean;
	inverse?: boolean;
	dimColor?: boolean;
};

export type Theme = {
	name: ThemeName | 'plain';
	colorDepth: ColorDepth;
	/** Body text. */
	text: Style;
	/** Secondary text: roles, counts, hints. */
	muted: Style;
	heading: Style;
	/** Border of the pane that has the keyboard; use with borders.focused. */
	focusBorder: Style;
	border: Style;
	/** A mention of a person, place or organization in the text. */
	mention: Style;
	/** The selected item: the current quote, entity or list row. */
	highlight: Style;
	searchMatch: Style;
	/** The status line. */
	status: Style;
	error: Style;
	/** One style per speaker, told apart by colour where there is colour. */
	speakers: Style[];
	/** Border characters for Ink's Box borderStyle; focused differs in shape as well as colour. */
	borders: {normal: BoxChars; focused: BoxChars};
};

/** A colour as a 16-colour chalk name and as hex; the 256-colour index is derived from the hex. */
type Colour = {name: string; hex: string};
type TokenSpec = Omit<Style, 'color' | 'backgroundColor'> & {fg?: Colour; bg?: Colour};
type Palette = Record<Exclude<keyof Theme, 'name' | 'colorDepth' | 'speakers' | 'borders'>, TokenSpec> & {
	speakers: Colour[];
};

const colour = (name: string, hex: string): Colour => ({name, hex});

const dark: Palette = {
	text: {},
	muted: {fg: colour('gray', '#8a8a8a')},
	heading: {bold: true, fg: colour('cyanBright', '#5fd7ff')},
	focusBorder: {bold: true, fg: colour('cyanBright', '#00d7ff')},
	border: {fg: colour('gray', '#585858')},
	mention: {underline: true, fg: colour('yellow', '#ffd75f')},
	highlight: {bold: true, fg: colour('whiteBright', '#ffffff'), bg: colour('blue', '#005f87')},
	searchMatch: {bold: true, fg: colour('black', '#000000'), bg: colour('yellow', '#ffd700')},
	status: {fg: colour('black', '#1c1c1c'), bg: colour('white', '#bcbcbc')},
	error: {bold: true, fg: colour('redBright', '#ff5f5f')},
	// Adapted from the Okabe–Ito palette, lightened for a dark background.
	speakers: [
		colour('cyanBright', '#56b4e9'),
		colour('yellow', '#e69f00'),
		colour('magentaBright', '#cc79a7'),
		colour('greenBright', '#00c08b'),
		colour('yellowBright', '#f0e442'),
		colour('redBright', '#ff7f50'),
		colour('blueBright', '#5f87ff'),
		colour('whiteBright', '#d0d0d0'),
	],
};

const light: Palette = {
	text: {},
	muted: {fg: colour('gray', '#6c6c6c')},
	heading: {bold: true, fg: colour('blue', '#005faf')},
	focusBorder: {bold: true, fg: colour('blue', '#005fd7')},
	border: {fg: colour('gray', '#a8a8a8')},
	mention: {underline: true, fg: colour('magenta', '#870087')},
	highlight: {bold: true, fg: colour('black', '#000000'), bg: colour('cyanBright', '#afd7ff')},
	searchMatch: {bold: true, fg: colour('black', '#000000'), bg: colour('yellowBright', '#ffff87')},
	status: {fg: colour('white', '#ffffff'), bg: colour('blue', '#005f87')},
	error: {bold: true, fg: colour('red', '#af0000')},
	// Okabe–Ito, darkened where needed to read on white.
	speakers: [
		colour('blue', '#0072b2'),
		colour('red', '#b35000'),
		colour('magenta', '#a8447c'),
		colour('green', '#00785a'),
		colour('yellow', '#8a6d00'),
		colour('cyan', '#007f9f'),
		colour('blackBright', '#5f5f87'),
		colour('black', '#303030'),
	],
};

/** With no colour at all, every token that must stand out does so by attribute. */
const plainTokens: Omit<Theme, 'name' | 'colorDepth' | 'borders'> = {
	text: {},
	muted: {dimColor: true},
	heading: {bold: true},
	focusBorder: {bold: true},
	border: {},
	mention: {underline: true},
	highlight: {bold: true, inverse: true},
	searchMatch: {inverse: true},
	status: {inverse: true},
	error: {bold: true, inverse: true},
	speakers: Array.from({length: 8}, () => ({bold: true})),
};

const unicodeBox: BoxChars = {
	topLeft: '┌',
	top: '─',
	topRight: '┐',
	right: '│',
	bottomRight: '┘',
	bottom: '─',
	bottomLeft: '└',
	left: '│',
};

const unicodeFocusBox: BoxChars = {
	topLeft: '╔',
	top: '═',
	topRight: '╗',
	right: '║',
	bottomRight: '╝',
	bottom: '═',
	bottomLeft: '╚',
	left: '║',
};

export function themeFor(caps: Pick<Capabilities, 'colorDepth' | 'theme' | 'unicode'>): Theme {
	const borders = caps.unicode
		? {normal: unicodeBox, focused: unicodeFocusBox}
		: {normal: asciiBox, focused: asciiFocusBox};
	if (caps.colorDepth === 0) return {name: 'plain', colorDepth: 0, ...plainTokens, borders};

	const palette = caps.theme === 'light' ? light : dark;
	const depth = caps.colorDepth;
	const {speakers, ...tokens} = palette;
	const styled = Object.fromEntries(
		Object.entries(tokens).map(([token, spec]) => [token, toStyle(spec, depth)]),
	) as Omit<Theme, 'name' | 'colorDepth' | 'speakers' | 'borders'>;
	return {
		name: caps.theme,
		colorDepth: depth,
		...styled,
		speakers: speakers.map(fg => toStyle({fg}, depth)),
		borders,
	};
}

/** The style for the speaker at `index` (any integer), cycling through the theme's palette. */
export function speakerStyle(theme: Theme, index: number): Style {
	const count = theme.speakers.length;
	const position = ((Math.trunc(index) % count) + count) % count;
	return theme.speakers[position] ?? {};
}

function toStyle(spec: TokenSpec, depth: Exclude<ColorDepth, 0>): Style {
	const {fg, bg, ...attributes} = spec;
	const style: Style = {...attributes};
	if (fg !== undefined) style.color = colourAt(fg, depth);
	if (bg !== undefined) style.backgroundColor = colourAt(bg, depth);
	return style;
}

function colourAt(value: Colour, depth: Exclude<ColorDepth, 0>): string {
	if (depth === 4) return value.name;
	if (depth === 8) return `ansi256(${hexToAnsi256(value.hex)})`;
	return value.hex;
}

const cubeLevels = [0, 95, 135, 175, 215, 255];

/** The nearest colour of xterm's 256-colour palette: the 6×6×6 cube or the grey ramp. */
export function hexToAnsi256(hex: string): number {
	const value = Number.parseInt(hex.replace(/^#/, ''), 16);
	const rgb = [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff] as const;
	const nearestLevel = (channel: number) =>
		cubeLevels.reduce((best, level, index) => (Math.abs(level - channel) < Math.abs(cubeLevels[best]! - channel) ? index : best), 0);
	const cube = rgb.map(channel => nearestLevel(channel));
	const cubeRgb = cube.map(index => cubeLevels[index]!);
	const average = (rgb[0] + rgb[1] + rgb[2]) / 3;
	const greyIndex = Math.max(0, Math.min(23, Math.round((average - 8) / 10)));
	const grey = 8 + (greyIndex * 10);
	const distance = (other: readonly number[]) => other.reduce((sum, channel, index) => sum + ((channel - rgb[index]!) ** 2), 0);
	if (distance([grey, grey, grey]) < distance(cubeRgb)) return 232 + greyIndex;
	return 16 + (36 * cube[0]!) + (6 * cube[1]!) + cube[2]!;
}
