import {articleView, percentRead, type ReaderState} from '../reader/state.js';
import {lineSpans} from '../reader/spans.js';
import {fillRows, type Piece} from './fit.js';
import {mergeStyles, type Look} from './look.js';
import {titleRow} from './pane-title.js';

/** The article's rows on screen, under its title bar when it has one. */
export function articleRows(state: ReaderState, look: Look, width: number, showTitle: boolean): Piece[][] {
	const {wrapped, height} = articleView(state);
	const visible = wrapped.lines.slice(state.articleTop, state.articleTop + height);
	const rows = visible.map((line): Piece[] => {
		if (line.kind === 'title') return [{text: ' '}, {text: line.text, style: look.title}];
		if (line.kind === 'heading') return [{text: ' '}, {text: line.text, style: look.heading}];
		return [{text: ' '}, ...lineSpans(state.article, line, state.highlight).map(span => ({text: span.text, style: spanStyle(look, span)}))];
	});
	const body = fillRows(rows, height);
	return showTitle ? [titleRow(`Article  ${percentRead(state)}%`, state.focus === 'article' && !state.editing, width, look), ...body] : body;
}

function spanStyle(look: Look, span: ReturnType<typeof lineSpans>[number]) {
	return mergeStyles(
		span.quote !== undefined && look.quote(span.quote),
		span.mention && look.mention,
		span.highlight && look.highlight,
	);
}
