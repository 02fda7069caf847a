import {rangesFor} from '../search/ranges.js';
import type {ReaderHit, ReaderState} from '../reader/state.js';
import {fillRows, highlightRanges, textWidth, type Piece} from './fit.js';
import {mergeStyles, type Look, type Style} from './look.js';
import {titleRow} from './pane-title.js';

/** The search results, two rows a hit, the matched characters marked. */
export function resultsRows(state: ReaderState, look: Look, width: number, height: number, showTitle: boolean): Piece[][] {
	const focused = state.focus === 'results' || state.editing;
	const rows: Piece[][] = [];
	for (const [index, hit] of state.results.entries()) {
		const selection = index === state.selected.results && focused ? look.selected : undefined;
		const marker: Piece = {text: index === state.selected.results ? '>' : ' ', style: selection};
		const [first, second] = describeHit(hit, look, selection, width - 3);
		if (hit.articleTitle !== undefined && hit.articleId !== state.article.meta.id) first.push({text: `  in ${hit.articleTitle}`, style: mergeStyles(look.muted, selection)});
		rows.push([marker, {text: ' ', style: selection}, ...first], [{text: '  ', style: selection}, ...second]);
	}

	const label = state.query.trim() === '' ? 'Search' : `Results (${state.results.length})`;
	const top = state.listTop.results;
	const shown = rows.length > 0 ? rows.slice(top, top + height) : [[{text: state.query.trim() === '' ? ' Type to search' : ' No matches', style: look.muted}]];
	const body = fillRows(shown, height);
	return showTitle ? [titleRow(label, focused, width, look), ...body] : body;
}

/** Two rows for a hit: who or what it is, then the text with the matched characters marked. */
function describeHit(hit: ReaderHit, look: Look, selection: Style | undefined, room: number): [Piece[], Piece[]] {
	const base = selection;
	const match = mergeStyles(look.match, selection);
	if (hit.kind === 'quote') {
		const speaker = hit.speaker ?? '(no speaker)';
		return [
			[...highlightRanges(speaker, rangesFor(hit, 'speaker', speaker), match, mergeStyles(look.heading, base))],
			[
				{text: look.glyphs.openQuote, style: base},
				...around(highlightRanges(hit.quote.text, rangesFor(hit, 'text', hit.quote.text), match, base), room, look),
				{text: look.glyphs.closeQuote, style: base},
			],
		];
	}

	const {entity} = hit;
	const details: Piece[] = [];
	for (const value of [entity.role ?? '', ...entity.aliases].filter(Boolean)) {
		if (details.length > 0) details.push({text: ', ', style: base});
		details.push(...highlightRanges(value, rangesFor(hit, value === entity.role ? 'role' : 'aliases', value), match, base));
	}

	return [
		[
			...highlightRanges(entity.name, rangesFor(hit, 'name', entity.name), match, mergeStyles(look.heading, base)),
			{text: ` ${entity.type}`, style: mergeStyles(look.muted, base)},
		],
		details.length > 0 ? details : [{text: `${entity.mentions.length} mentions`, style: mergeStyles(look.muted, base)}],
	];
}

/** Drops the start of a long text so its first match is on screen. */
function around(pieces: Piece[], room: number, look: Look): Piece[] {
	const firstMatch = pieces.findIndex(piece => piece.matched);
	if (firstMatch <= 0) return pieces;
	const before = pieces.slice(0, firstMatch).map(piece => piece.text).join('');
	const keep = Math.floor(room / 4);
	if (textWidth(before) <= keep) return pieces;
	const tail = before.slice(before.length - keep);
	return [{text: look.glyphs.ellipsis + tail, style: pieces[0]!.style}, ...pieces.slice(firstMatch)];
}
