import {Box, Text, useApp, useInput, useStdout} from 'ink';
import React, {useEffect, useReducer} from 'react';
import type {Article, Quote} from './article/schema.js';
import {ArticlePane} from './panes/article-pane.js';
import {EntitiesPane} from './panes/entities-pane.js';
import {HelpScreen} from './panes/help-screen.js';
import {keyActions} from './panes/key-name.js';
import {useLook, type Look} from './panes/look.js';
import {QuotesPane} from './panes/quotes-pane.js';
import {ResultsPane} from './panes/results-pane.js';
import {Row} from './panes/row.js';
import {SearchLine} from './panes/search-line.js';
import {StatusLine} from './panes/status-line.js';
import {MIN_COLUMNS, MIN_ROWS, type PaneId} from './reader/layout.js';
import {initialState, layoutOf, reduce, searchActive, visiblePanes, type ReaderState} from './reader/state.js';
import type {Searcher} from './search/search.js';

export type AppProps = {
	article: Article;
	searcher: Searcher;
	/** Rows the frame may take; one less than the terminal when nothing else keeps Ink from clearing it. */
	reservedRows?: number;
	/** The terminal shows ASCII only. */
	ascii?: boolean;
	/** Copies a quote to the clipboard and says how it went. */
	onCopy?: (quote: Quote) => string;
};

export function App({article, searcher, reservedRows = 0, ascii = false, onCopy}: AppProps) {
	const {stdout} = useStdout();
	const {exit} = useApp();
	const size = () => ({columns: stdout.columns || 80, rows: stdout.rows || 24});
	const [state, dispatch] = useReducer(reduce, undefined, () => initialState(article, size().columns, size().rows, {spareRows: reservedRows, ascii}));

	useInput((input, key) => {
		for (const action of keyActions(input, key)) dispatch(action);
	});

	useEffect(() => {
		const onResize = () => dispatch({type: 'resize', ...size()});
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);

	useEffect(() => {
		dispatch({type: 'results', query: state.query, hits: searcher.search(state.query)});
	}, [state.query, searcher]);

	useEffect(() => {
		if (state.quitting) exit();
	}, [state.quitting]);

	useEffect(() => {
		if (state.copyRequest === null) return;
		const quote = article.quotes.find(candidate => candidate.id === state.copyRequest);
		dispatch({type: 'copied', message: quote && onCopy ? onCopy(quote) : 'Copying is not available here'});
	}, [state.copyRequest]);

	return <Screen state={state} />;
}

export function Screen({state}: {state: ReaderState}) {
	const look = useLook();
	const layout = layoutOf(state);
	if (layout.mode === 'tiny') {
		return (
			<Row
				pieces={[{text: `Terminal too small (${layout.columns}x${layout.rows}): pullquote needs ${MIN_COLUMNS}x${MIN_ROWS}. q quits.`}]}
				width={layout.columns}
			/>
		);
	}

	const {columns, bodyHeight} = layout;
	let body: React.ReactNode;
	if (state.help) {
		body = <HelpScreen width={columns} height={bodyHeight} top={state.helpTop} />;
	} else if (layout.mode === 'wide') {
		const side = searchActive(state) ? (
			<ResultsPane state={state} width={layout.sidebarWidth} height={layout.panes.results.height - 1} showTitle />
		) : (
			<>
				<QuotesPane state={state} width={layout.sidebarWidth} height={layout.panes.quotes.height - 1} showTitle />
				<EntitiesPane state={state} width={layout.sidebarWidth} height={layout.panes.entities.height - 1} showTitle />
			</>
		);
		body = (
			<Box flexDirection="row" height={bodyHeight}>
				<ArticlePane state={state} width={layout.panes.article.width} showTitle />
				<Separator height={bodyHeight} look={look} />
				<Box flexDirection="column" width={layout.sidebarWidth}>
					{side}
				</Box>
			</Box>
		);
	} else {
		const pane = state.editing ? 'results' : state.focus;
		body = (
			<Box flexDirection="column" height={bodyHeight}>
				{layout.mode === 'zoomed' ? null : <TabBar state={state} width={columns} />}
				<SinglePane state={state} pane={pane} width={columns} height={bodyHeight - 1} showTitle={layout.mode === 'zoomed'} />
			</Box>
		);
	}

	return (
		<Box flexDirection="column" width={columns}>
			{body}
			<SearchLine state={state} width={columns} />
			<StatusLine state={state} width={columns} />
		</Box>
	);
}

function SinglePane({state, pane, width, height, showTitle}: {state: ReaderState; pane: PaneId; width: number; height: number; showTitle: boolean}) {
	switch (pane) {
		case 'article':
			return <ArticlePane state={state} width={width} showTitle={showTitle} />;
		case 'quotes':
			return <QuotesPane state={state} width={width} height={height} showTitle={showTitle} />;
		case 'entities':
			return <EntitiesPane state={state} width={width} height={height} showTitle={showTitle} />;
		case 'results':
			return <ResultsPane state={state} width={width} height={height} showTitle={showTitle} />;
	}
}

const tabNames: Record<PaneId, string> = {article: 'Article', quotes: 'Quotes', entities: 'Entities', results: 'Results'};

function TabBar({state, width}: {state: ReaderState; width: number}) {
	const look = useLook();
	const current = state.editing ? 'results' : state.focus;
	return (
		<Row
			pieces={visiblePanes(state).map(pane => ({
				text: ` ${tabNames[pane]} `,
				style: pane === current ? look.focusedPaneTitle : look.paneTitle,
			}))}
			width={width}
		/>
	);
}

function Separator({height, look}: {height: number; look: Look}) {
	return (
		<Box width={1} height={height}>
			<Text dimColor>{Array.from({length: height}, () => look.glyphs.separator).join('\n')}</Text>
		</Box>
	);
}
