import {Box} from 'ink';
import React from 'react';
import type {ReaderState} from '../reader/state.js';
import type {Piece} from './fit.js';
import {mergeStyles, useLook} from './look.js';
import {PaneTitle} from './pane-title.js';
import {Rows} from './row.js';

/** Every article of the library: title, then source, date and number of quotes, or why it failed to load. */
export function LibraryPane({state, width, height, showTitle}: {state: ReaderState; width: number; height: number; showTitle: boolean}) {
	const look = useLook();
	const focused = state.focus === 'library' && !state.editing;
	const rows: Piece[][] = [];
	for (const [index, item] of state.library.entries()) {
		const isSelected = index === state.selected.library;
		const selection = isSelected && focused ? look.selected : undefined;
		const current = item.id === state.article.meta.id ? '  (reading)' : '';
		rows.push([
			{text: isSelected ? '>' : ' ', style: selection},
			{text: ` ${item.title}`, style: mergeStyles(look.heading, selection)},
			{text: current, style: mergeStyles(look.muted, selection)},
		]);
		const details =
			item.error === undefined
				? [item.publisher ?? item.source, item.date, `${item.quotes} ${item.quotes === 1 ? 'quote' : 'quotes'}`].filter(Boolean).join(' · ')
				: `cannot be opened: ${item.error}`;
		rows.push([{text: `   ${look.display(details)}`, style: mergeStyles(item.error === undefined ? look.muted : look.notice, selection)}]);
	}

	const top = state.listTop.library;
	return (
		<Box flexDirection="column" width={width}>
			{showTitle ? <PaneTitle label={`Library (${state.library.length})`} focused={focused} width={width} /> : null}
			<Rows rows={rows.slice(top, top + height)} width={width} height={height} />
		</Box>
	);
}
