import {searchActive, type ReaderState} from '../reader/state.js';
import type {Piece} from './fit.js';
import type {Look} from './look.js';

/** The query being typed with its number of matches, or how to start a search. */
export function searchLine(state: ReaderState, look: Look): Piece[] {
	if (!searchActive(state)) return [{text: ' / search quotes and entities', style: look.muted}];
	const count = state.query.trim() === '' ? '' : `  ${state.results.length} ${state.results.length === 1 ? 'match' : 'matches'}`;
	return [
		{text: ' /', style: look.heading},
		{text: state.query},
		...(state.editing ? [{text: ' ', style: look.selected}] : []),
		{text: count, style: look.muted},
	];
}
