import {createContext, useContext} from 'react';
import {toAscii} from '../terminal/ascii.js';
import type {Capabilities} from '../terminal/capabilities.js';
import {speakerStyle, themeFor, type Style} from '../terminal/theme.js';

export type {Style} from '../terminal/theme.js';

/** Everything the panes need to know about drawing: styles by meaning, and the characters to draw with. */
export type Look = {
	text: Style;
	muted: Style;
	title: Style;
	heading: Style;
	paneTitle: Style;
	focusedPaneTitle: Style;
	mention: Style;
	highlight: Style;
	match: Style;
	selected: Style;
	status: Style;
	notice: Style;
	quote(speaker: number): Style;
	glyphs: {separator: string; ellipsis: string; openQuote: string; closeQuote: string; bullet: string};
	/** Makes article text safe for a terminal that cannot show it (ASCII-only terminals). */
	display(text: string): string;
};

const unicodeGlyphs = {separator: '│', ellipsis: '…', openQuote: '“', closeQuote: '”', bullet: '•'};
const asciiGlyphs = {separator: '|', ellipsis: '...', openQuote: '"', closeQuote: '"', bullet: '*'};

/** The look for what the terminal can show: its colours (or none) and its character set. */
export function lookFor(capabilities: Pick<Capabilities, 'colorDepth' | 'theme' | 'unicode'>): Look {
	const theme = themeFor(capabilities);
	return {
		text: theme.text,
		muted: theme.muted,
		title: {...theme.heading, bold: true, underline: true},
		heading: theme.heading,
		paneTitle: {...theme.muted, bold: true},
		focusedPaneTitle: {...theme.status, bold: true},
		mention: theme.mention,
		highlight: theme.searchMatch,
		match: theme.searchMatch,
		selected: theme.highlight,
		status: theme.status,
		notice: {...theme.status, bold: true},
		quote: speaker => (speaker < 0 ? theme.text : speakerStyle(theme, speaker)),
		glyphs: capabilities.unicode ? unicodeGlyphs : asciiGlyphs,
		display: capabilities.unicode ? text => text : toAscii,
	};
}

export const defaultLook: Look = lookFor({colorDepth: 0, theme: 'dark', unicode: true});

const LookContext = createContext<Look>(defaultLook);
export const LookProvider = LookContext.Provider;
export const useLook = () => useContext(LookContext);

export function mergeStyles(...styles: Array<Style | false | undefined>): Style {
	return Object.assign({}, ...styles.filter(Boolean)) as Style;
}
