import {namesById} from '../article/names.js';
import {speakerIndex} from '../reader/spans.js';
import {listedQuotes, type ReaderState} from '../reader/state.js';
import {fillRows, type Piece} from './fit.js';
import {mergeStyles, type Look} from './look.js';
import {titleRow} from './pane-title.js';

/** Every quote (or every marked one) in two rows: who said it and how, then the words. */
export function quotesRows(state: ReaderState, look: Look, width: number, height: number, showTitle: boolean): Piece[][] {
	const {article} = state;
	const focused = state.focus === 'quotes' && !state.editing;
	const names = namesById(article);
	const palette = speakerIndex(article);
	const rows: Piece[][] = [];
	const quotes = listedQuotes(state);
	for (const [index, quote] of quotes.entries()) {
		const isSelected = index === state.selected.quotes;
		const marker = `${isSelected ? '>' : ' '}${state.marks.includes(quote.id) ? '*' : ''}`;
		const selection = isSelected && focused ? look.selected : undefined;
		const speaker = quote.speaker === null ? '(no speaker)' : (names.get(quote.speaker) ?? quote.speaker);
		rows.push([
			{text: marker, style: selection},
			{text: speaker, style: mergeStyles(quote.speaker === null ? look.muted : look.quote(palette.get(quote.speaker) ?? 0), selection)},
			{text: quote.cue ? ` ${quote.cue}` : '', style: mergeStyles(look.muted, selection)},
		]);
		rows.push([
			{text: `  ${look.glyphs.openQuote}${quote.text}${look.glyphs.closeQuote}`, style: selection},
		]);
	}

	const top = state.listTop.quotes;
	const body = fillRows(rows.slice(top, top + height), height);
	return showTitle ? [titleRow(state.marksOnly ? `Marked quotes (${quotes.length})` : `Quotes (${quotes.length})`, focused, width, look), ...body] : body;
}
