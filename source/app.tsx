import {Box, Text, useApp, useInput, useStdout} from 'ink';
import React, {useEffect, useReducer, useRef} from 'react';
import type {Article, Quote} from './article/schema.js';
import type {OpenedArticle} from './library/reading-session.js';
import {ArticlePane} from './panes/article-pane.js';
import {EntitiesPane} from './panes/entities-pane.js';
import {LibraryPane} from './panes/library-pane.js';
import {HelpScreen} from './panes/help-screen.js';
import {keyActions} from './panes/key-name.js';
import {useLook, type Look} from './panes/look.js';
import {QuotesPane} from './panes/quotes-pane.js';
import {ResultsPane} from './panes/results-pane.js';
import {Row} from './panes/row.js';
import {SearchLine} from './panes/search-line.js';
import {StatusLine} from './panes/status-line.js';
import {MIN_COLUMNS, MIN_ROWS, type PaneId} from './reader/layout.js';
import {
	initialState,
	layoutOf,
	reduce,
	searchActive,
	visiblePanes,
	type LibraryItem,
	type ReaderHit,
	type ReaderState,
} from './reader/state.js';

/** Answers a query at once (one article), or later (a library searched off the main thread); 'stale' when overtaken. */
export type ReaderSearcher = {search(query: string): ReaderHit[] | Promise<ReaderHit[] | 'stale'>};

export type AppProps = {
	article: Article;
	searcher: ReaderSearcher;
	/** The library's articles, for its pane; without it the reader shows one article. */
	library?: LibraryItem[];
	/** Opens a library article by id, or says in one line why it cannot. */
	openArticle?: (id: string) => OpenedArticle | string;
	/** Where the reader was and what it marked, when it leaves an article (another opened, or quit). */
	onLeave?: (articleId: string, top: number, marks: string[]) => void;
	/** The position and marks to start the first article with. */
	initialTop?: number;
	initialMarks?: string[];
	/** A message for the status line at start, such as a reading-state file that had to be set aside. */
	initialNotice?: string | undefined;
	/** The terminal shows ASCII only. */
	ascii?: boolean;
	/** Copies a quote of the article on screen to the clipboard and says how it went. */
	onCopy?: (quote: Quote, article: Article) => string;
};

export function App({article, searcher, library, openArticle, onLeave, initialTop, initialMarks, initialNotice, ascii = false, onCopy}: AppProps) {
	const {stdout} = useStdout();
	const {exit} = useApp();
	const size = () => ({columns: stdout.columns || 80, rows: stdout.rows || 24});
	const [state, dispatch] = useReducer(reduce, undefined, () =>
		initialState(article, size().columns, size().rows, {ascii, library, marks: initialMarks, top: initialTop, notice: initialNotice}),
	);
	// The latest place in the article, for saving when the reader leaves it: saving on every key would write a file per key.
	const place = useRef({articleId: state.article.meta.id, top: state.articleTop, marks: state.marks});
	place.current = {articleId: state.article.meta.id, top: state.articleTop, marks: state.marks};

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
		const query = state.query;
		const answer = searcher.search(query);
		if (Array.isArray(answer)) {
			dispatch({type: 'results', query, hits: answer});
			return;
		}

		void answer.then(hits => {
			if (hits !== 'stale') dispatch({type: 'results', query, hits});
		});
	}, [state.query, searcher]);

	useEffect(() => {
		if (state.quitting) {
			onLeave?.(place.current.articleId, place.current.top, place.current.marks);
			exit();
		}
	}, [state.quitting]);

	useEffect(() => {
		const request = state.openRequest;
		if (request === null) return;
		const result = openArticle?.(request.articleId) ?? 'Opening other articles is not available here';
		if (typeof result === 'string') {
			dispatch({type: 'open-failed', message: result});
			return;
		}

		onLeave?.(place.current.articleId, place.current.top, place.current.marks);
		dispatch({type: 'opened', article: result.article, marks: result.marks, request: {...request, top: request.top ?? result.top ?? null}});
	}, [state.openRequest]);

	useEffect(() => {
		if (state.copyRequest === null) return;
		const quote = state.article.quotes.find(candidate => candidate.id === state.copyRequest);
		dispatch({type: 'copied', message: quote && onCopy ? onCopy(quote, state.article) : 'Copying is not available here'});
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
	} else if (layout.mode === 'wide' && state.focus === 'library' && !state.editing) {
		body = <LibraryPane state={state} width={columns} height={bodyHeight - 1} showTitle />;
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
		case 'library':
			return <LibraryPane state={state} width={width} height={height} showTitle={showTitle} />;
	}
}

const tabNames: Record<PaneId, string> = {article: 'Article', quotes: 'Quotes', entities: 'Entities', results: 'Results', library: 'Library'};

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
