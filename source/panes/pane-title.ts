import {padText, type Piece} from './fit.js';
import type {Look} from './look.js';

/** A pane's title bar, drawn across its width; the focused pane's stands out. */
export function titleRow(label: string, focused: boolean, width: number, look: Look): Piece[] {
	return [{text: padText(` ${label}`, width), style: focused ? look.focusedPaneTitle : look.paneTitle}];
}
