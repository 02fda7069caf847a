import {Box} from 'ink';
import React from 'react';
import {namesById} from '../article/names.js';
import {speakerIndex} from '../reader/spans.js';
import {listedQuotes, type ReaderState} from '../reader/state.js';
import type {Piece} from './fit.js';
import {mergeStyles, useLook} from './look.js';
import {PaneTitle} from './pane-title.js';
import {Rows} from './row.js';

export function QuotesPane({state, width, height, showTitle}: {state: ReaderState; width: number; height: number; showTitle: boolean}) {
	const look = useLook();
	const {article} = state;
	const focused = state.focus === 'quotes' && !state.editing;
	const names = namesById(article);
	const palette = speakerIndex(article);
	const rows: Piece[][] = [];
	const quotes = listedQuotes(state);
	for (const [index, quote] of quotes.entries()) {
		const isSelected = index === state.selected.quotes;
		const marker = `${isSelected ? '>' : ' '}${state.marks.includes(quote.id) ? '*' : ''}`;
		const selection = isSelected && focused ? look.selected : undefined;
		const speaker = quote.speaker === null ? '(no speaker)' : (names.get(quote.speaker) ?? quote.speaker);
		rows.push([
			{text: marker, style: selection},
			{text: speaker, style: mergeStyles(quote.speaker === null ? look.muted : look.quote(palette.get(quote.speaker) ?? 0), selection)},
			{text: quote.cue ? ` ${quote.cue}` : '', style: mergeStyles(look.muted, selection)},
		]);
		rows.push([
			{text: `  ${look.glyphs.openQuote}${quote.text}${look.glyphs.closeQuote}`, style: selection},
		]);
	}

	const top = state.listTop.quotes;
	return (
		<Box flexDirection="column" width={width}>
			{showTitle ? (
				<PaneTitle label={state.marksOnly ? `Marked quotes (${quotes.length})` : `Quotes (${quotes.length})`} focused={focused} width={width} />
			) : null}
			<Rows rows={rows.slice(top, top + height)} width={width} height={height} />
		</Box>
	);
}
