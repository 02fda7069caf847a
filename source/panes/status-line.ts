import type {PaneId} from '../reader/layout.js';
import {percentRead, type ReaderState} from '../reader/state.js';
import {fitText, padText, type Piece} from './fit.js';
import type {Look} from './look.js';

const paneNames: Record<PaneId, string> = {article: 'Article', quotes: 'Quotes', entities: 'Entities', results: 'Results', library: 'Library'};

/** Where the reader is, the article's title, and the keys that matter now (or a notice). */
export function statusLine(state: ReaderState, look: Look, width: number): Piece[] {
	const where = state.editing ? 'Search' : paneNames[state.focus];
	const left = ` ${percentRead(state)}%  ${where}  `;
	// The longest hints that fit; "? help" last of all, since help lists the rest.
	const hintSets = state.editing ? ['Enter jump  Esc done', 'Esc done'] : ['Tab pane  / search  ? help  q quit', '/ search  ? help  q quit', '? help  q quit', '? help'];
	const hints = hintSets.find(candidate => left.length + candidate.length + 2 <= width) ?? hintSets.at(-1)!;
	const right = state.notice ?? hints;
	const titleRoom = Math.max(0, width - left.length - right.length - 3);
	const title = titleRoom > 4 ? state.article.meta.title : '';
	return [
		{text: left, style: look.status},
		{text: padText(fitText(title, titleRoom, look.glyphs.ellipsis), titleRoom), style: look.status},
		{text: padText(`  ${right}`, width - left.length - titleRoom), style: state.notice ? {...look.status, ...look.notice} : look.status},
	];
}
