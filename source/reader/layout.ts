/*
 * Where each pane goes for a terminal size. Wide terminals put the lists beside
 * the article; narrow ones show one pane at a time under a tab bar.
 */

export const MIN_COLUMNS = 40;
export const MIN_ROWS = 12;
const WIDE_COLUMNS = 72;

export type PaneId = 'article' | 'quotes' | 'entities' | 'results' | 'library';

/** A pane's box; `height` counts its title row, `textWidth` is what its text wraps to. */
export type PaneBox = {width: number; height: number; textWidth: number};

export type Layout =
	| {mode: 'tiny'; columns: number; rows: number}
	| {
			mode: 'wide' | 'narrow' | 'zoomed';
			columns: number;
			rows: number;
			/** Rows for panes: everything but the search and status lines. */
			bodyHeight: number;
			sidebarWidth: number;
			panes: Record<PaneId, PaneBox>;
	  };

export function computeLayout(columns: number, rows: number, zoomed = false): Layout {
	if (columns < MIN_COLUMNS || rows < MIN_ROWS) return {mode: 'tiny', columns, rows};
	const bodyHeight = rows - 2;
	const full = (height: number): PaneBox => ({width: columns, height, textWidth: columns - 2});

	if (zoomed || columns < WIDE_COLUMNS) {
		const box = full(bodyHeight);
		return {
			mode: zoomed ? 'zoomed' : 'narrow',
			columns,
			rows,
			bodyHeight,
			sidebarWidth: 0,
			panes: {article: box, quotes: box, entities: box, results: box, library: box},
		};
	}

	const sidebarWidth = Math.min(48, Math.max(28, Math.round(columns * 0.36)));
	const articleWidth = columns - sidebarWidth - 1;
	const quotesHeight = Math.ceil(bodyHeight / 2);
	const side = (height: number): PaneBox => ({width: sidebarWidth, height, textWidth: sidebarWidth - 2});
	return {
		mode: 'wide',
		columns,
		rows,
		bodyHeight,
		sidebarWidth,
		panes: {
			article: {width: articleWidth, height: bodyHeight, textWidth: Math.min(articleWidth - 2, 100)},
			quotes: side(quotesHeight),
			entities: side(bodyHeight - quotesHeight),
			results: side(bodyHeight),
			// The library lists titles: it takes the whole body when it has the keys.
			library: full(bodyHeight),
		},
	};
}
