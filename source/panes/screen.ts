import {MIN_COLUMNS, MIN_ROWS, type PaneId} from '../reader/layout.js';
import {layoutOf, searchActive, visiblePanes, type ReaderState} from '../reader/state.js';
import {articleRows} from './article-pane.js';
import {entitiesRows} from './entities-pane.js';
import {fitPieces, padText, textWidth, type Piece} from './fit.js';
import {helpScreenRows} from './help-screen.js';
import {libraryRows} from './library-pane.js';
import type {Look} from './look.js';
import {paintPieces} from './paint.js';
import {quotesRows} from './quotes-pane.js';
import {resultsRows} from './results-pane.js';
import {searchLine} from './search-line.js';
import {statusLine} from './status-line.js';

/*
 * The whole screen as rows of styled pieces, one per terminal line, laid out for the terminal's
 * size: panes side by side on a wide terminal, one pane under a tab bar on a narrow one. It is a
 * function of the reader's state alone, so the first screen can be drawn from it before Ink has
 * loaded, and Ink then draws the very same rows.
 */
export function screenRows(state: ReaderState, look: Look): Piece[][] {
	const layout = layoutOf(state);
	if (layout.mode === 'tiny') {
		return [[{text: `Terminal too small (${layout.columns}x${layout.rows}): pullquote needs ${MIN_COLUMNS}x${MIN_ROWS}. q quits.`}]];
	}

	const {columns, bodyHeight} = layout;
	let body: Piece[][];
	if (state.help) {
		body = helpScreenRows(look, columns, bodyHeight, state.helpTop);
	} else if (layout.mode === 'wide' && state.focus === 'library' && !state.editing) {
		body = libraryRows(state, look, columns, bodyHeight - 1, true);
	} else if (layout.mode === 'wide') {
		const side = searchActive(state)
			? resultsRows(state, look, layout.sidebarWidth, layout.panes.results.height - 1, true)
			: [
					...quotesRows(state, look, layout.sidebarWidth, layout.panes.quotes.height - 1, true),
					...entitiesRows(state, look, layout.sidebarWidth, layout.panes.entities.height - 1, true),
				];
		const article = articleRows(state, look, layout.panes.article.width, true);
		const separator: Piece = {text: look.glyphs.separator, style: {dimColor: true}};
		body = Array.from({length: bodyHeight}, (_, row) => [
			...column(article[row] ?? [], layout.panes.article.width, look),
			separator,
			...column(side[row] ?? [], layout.sidebarWidth, look),
		]);
	} else {
		const pane = state.editing ? 'results' : state.focus;
		const zoomed = layout.mode === 'zoomed';
		body = [...(zoomed ? [] : [tabBar(state, look)]), ...paneRows(state, look, pane, columns, bodyHeight - 1, zoomed)];
	}

	return [...body, searchLine(state, look), statusLine(state, look, columns)];
}

/** The screen's rows as the styled strings a terminal shows, each cut to the terminal's width. */
export function paintScreen(state: ReaderState, look: Look): string[] {
	return screenRows(state, look).map(pieces => paintRow(pieces, state.columns, look));
}

/** A row cut to `width` columns and drawn as one styled string (at least a space, so it is a line). */
export function paintRow(pieces: Piece[], width: number, look: Look): string {
	const fitted = fitForLook(pieces, width, look);
	return fitted.length === 0 ? ' ' : paintPieces(fitted);
}

/** Pieces as the terminal can show them (ASCII when it must), cut to `width` columns. */
function fitForLook(pieces: Piece[], width: number, look: Look): Piece[] {
	return fitPieces(
		pieces.map(piece => ({...piece, text: look.display(piece.text)})),
		width,
		look.glyphs.ellipsis,
	);
}

/** A pane's row inside its column: cut to the column's width and filled out to it. */
function column(pieces: Piece[], width: number, look: Look): Piece[] {
	const fitted = fitForLook(pieces, width, look);
	const used = fitted.reduce((sum, piece) => sum + textWidth(piece.text), 0);
	return used < width ? [...fitted, {text: padText('', width - used)}] : fitted;
}

function paneRows(state: ReaderState, look: Look, pane: PaneId, width: number, height: number, showTitle: boolean): Piece[][] {
	switch (pane) {
		case 'article':
			return articleRows(state, look, width, showTitle);
		case 'quotes':
			return quotesRows(state, look, width, height, showTitle);
		case 'entities':
			return entitiesRows(state, look, width, height, showTitle);
		case 'results':
			return resultsRows(state, look, width, height, showTitle);
		case 'library':
			return libraryRows(state, look, width, height, showTitle);
	}
}

const tabNames: Record<PaneId, string> = {article: 'Article', quotes: 'Quotes', entities: 'Entities', results: 'Results', library: 'Library'};

function tabBar(state: ReaderState, look: Look): Piece[] {
	const current = state.editing ? 'results' : state.focus;
	return visiblePanes(state).map(pane => ({
		text: ` ${tabNames[pane]} `,
		style: pane === current ? look.focusedPaneTitle : look.paneTitle,
	}));
}
