import {Text} from 'ink';
import React, {createContext, useContext, type ReactNode} from 'react';

/** How one kind of text is drawn; the names are Ink's Text props. */
export type Style = {color?: string; backgroundColor?: string; bold?: boolean; underline?: boolean; inverse?: boolean; dim?: boolean};

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

const plainStyle: Style = {};
export const defaultLook: Look = {
	text: plainStyle,
	muted: {dim: true},
	title: {bold: true, underline: true},
	heading: {bold: true},
	paneTitle: {bold: true},
	focusedPaneTitle: {bold: true, inverse: true},
	mention: {bold: true},
	highlight: {inverse: true},
	match: {underline: true, bold: true},
	selected: {inverse: true},
	status: {inverse: true},
	notice: {bold: true},
	quote: () => ({underline: true}),
	glyphs: {separator: '│', ellipsis: '…', openQuote: '“', closeQuote: '”', bullet: '•'},
	display: text => text,
};

const LookContext = createContext<Look>(defaultLook);
export const LookProvider = LookContext.Provider;
export const useLook = () => useContext(LookContext);

export function Styled({style, children}: {style: Style; children: ReactNode}) {
	const {dim, ...rest} = style;
	return (
		<Text {...rest} dimColor={dim}>
			{children}
		</Text>
	);
}

export function mergeStyles(...styles: Array<Style | false | undefined>): Style {
	return Object.assign({}, ...styles.filter(Boolean)) as Style;
}
