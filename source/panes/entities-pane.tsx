import {Box} from 'ink';
import React from 'react';
import {entityList, typeHeadings} from '../reader/lists.js';
import type {ReaderState} from '../reader/state.js';
import {fitText, padText, type Piece} from './fit.js';
import {mergeStyles, useLook} from './look.js';
import {PaneTitle} from './pane-title.js';
import {Rows} from './row.js';

export function EntitiesPane({state, width, height, showTitle}: {state: ReaderState; width: number; height: number; showTitle: boolean}) {
	const look = useLook();
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
	return (
		<Box flexDirection="column" width={width}>
			{showTitle ? <PaneTitle label={`Entities (${entities.length})`} focused={focused} width={width} /> : null}
			<Rows rows={rows.slice(top, top + height)} width={width} height={height} />
		</Box>
	);
}
