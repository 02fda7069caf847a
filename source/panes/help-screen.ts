import {helpRows} from '../reader/help.js';
import {fillRows, padText, type Piece} from './fit.js';
import type {Look} from './look.js';
import {titleRow} from './pane-title.js';

const rows = helpRows();
const labelWidth = Math.max(...rows.map(row => (row.kind === 'key' ? row.label.length : 0))) + 2;

/** Every key, straight from the key table that input handling uses. */
export function helpScreenRows(look: Look, width: number, height: number, top: number): Piece[][] {
	const drawn = rows.map((row): Piece[] => {
		if (row.kind === 'heading') return [{text: ` ${row.text}`, style: look.heading}];
		if (row.kind === 'blank') return [];
		return [{text: `   ${padText(row.label, labelWidth)}`, style: look.mention}, {text: row.description}];
	});
	const more = top + height - 1 < rows.length ? '  j/k scroll' : '';
	return [titleRow(`Keys${more}  Esc or ? closes`, true, width, look), ...fillRows(drawn.slice(top, top + height - 1), height - 1)];
}
