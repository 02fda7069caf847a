import {entityList, typeHeadings} from '../reader/lists.js';
import type {ReaderState} from '../reader/state.js';
import {fillRows, fitText, padText, type Piece} from './fit.js';
import {mergeStyles, type Look} from './look.js';
import {titleRow} from './pane-title.js';

/** People, places, organizations and the rest, under a heading per type, each with its number of mentions. */
export function entitiesRows(state: ReaderState, look: Look, width: number, height: number, showTitle: boolean): Piece[][] {
	const {rows: entityRows, entities} = entityList(state.article);
	const focused = state.focus === 'entities' && !state.editing;
	const walked = state.walk?.kind === 'mentions' ? state.walk.entity : null;
	const rows = entityRows.map((row): Piece[] => {
		if (row.kind === 'heading') return [{text: ` ${typeHeadings[row.type]} (${row.count})`, style: look.heading}];
		const isSelected = row.index === state.selected.entities;
		const selection = isSelected && focused ? look.selected : undefined;
		const count = String(row.entity.mentions.length);
		const name = `${isSelected ? '>' : ' '} ${row.entity.name}${row.entity.id === walked ? ' *' : ''}`;
		return [
			{text: padText(fitText(name, Math.max(0, width - count.length - 2), look.glyphs.ellipsis), Math.max(0, width - count.length - 2)), style: selection},
			{text: ` ${count} `, style: mergeStyles(look.muted, selection)},
		];
	});
	const top = state.listTop.entities;
	const body = fillRows(rows.slice(top, top + height), height);
	return showTitle ? [titleRow(`Entities (${entities.length})`, focused, width, look), ...body] : body;
}
