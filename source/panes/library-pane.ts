import type {ReaderState} from '../reader/state.js';
import {fillRows, type Piece} from './fit.js';
import {mergeStyles, type Look} from './look.js';
import {titleRow} from './pane-title.js';

/** Every article of the library: title, then source, date and number of quotes, or why it failed to load. */
export function libraryRows(state: ReaderState, look: Look, width: number, height: number, showTitle: boolean): Piece[][] {
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
	const body = fillRows(rows.slice(top, top + height), height);
	return showTitle ? [titleRow(`Library (${state.library.length})`, focused, width, look), ...body] : body;
}
