import {Box} from 'ink';
import React from 'react';
import {articleView, percentRead, type ReaderState} from '../reader/state.js';
import {lineSpans} from '../reader/spans.js';
import type {Piece} from './fit.js';
import {mergeStyles, useLook, type Look} from './look.js';
import {PaneTitle} from './pane-title.js';
import {Rows} from './row.js';

export function ArticlePane({state, width, showTitle}: {state: ReaderState; width: number; showTitle: boolean}) {
	const look = useLook();
	const {wrapped, height} = articleView(state);
	const visible = wrapped.lines.slice(state.articleTop, state.articleTop + height);
	const rows = visible.map((line): Piece[] => {
		if (line.kind === 'title') return [{text: ' '}, {text: line.text, style: look.title}];
		if (line.kind === 'heading') return [{text: ' '}, {text: line.text, style: look.heading}];
		return [{text: ' '}, ...lineSpans(state.article, line, state.highlight).map(span => ({text: span.text, style: spanStyle(look, span)}))];
	});
	return (
		<Box flexDirection="column" width={width}>
			{showTitle ? <PaneTitle label={`Article  ${percentRead(state)}%`} focused={state.focus === 'article' && !state.editing} width={width} /> : null}
			<Rows rows={rows} width={width} height={height} />
		</Box>
	);
}

function spanStyle(look: Look, span: ReturnType<typeof lineSpans>[number]) {
	return mergeStyles(
		span.quote !== undefined && look.quote(span.quote),
		span.mention && look.mention,
		span.highlight && look.highlight,
	);
}
