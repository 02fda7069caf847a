import {Box} from 'ink';
import React from 'react';
import {helpRows} from '../reader/help.js';
import {padText, type Piece} from './fit.js';
import {useLook} from './look.js';
import {PaneTitle} from './pane-title.js';
import {Rows} from './row.js';

const rows = helpRows();
const labelWidth = Math.max(...rows.map(row => (row.kind === 'key' ? row.label.length : 0))) + 2;

/** Every key, straight from the key table that input handling uses. */
export function HelpScreen({width, height, top}: {width: number; height: number; top: number}) {
	const look = useLook();
	const drawn = rows.map((row): Piece[] => {
		if (row.kind === 'heading') return [{text: ` ${row.text}`, style: look.heading}];
		if (row.kind === 'blank') return [];
		return [{text: `   ${padText(row.label, labelWidth)}`, style: look.mention}, {text: row.description}];
	});
	const more = top + height - 1 < rows.length ? '  j/k scroll' : '';
	return (
		<Box flexDirection="column" width={width}>
			<PaneTitle label={`Keys${more}  Esc or ? closes`} focused width={width} />
			<Rows rows={drawn.slice(top, top + height - 1)} width={width} height={height - 1} />
		</Box>
	);
}
