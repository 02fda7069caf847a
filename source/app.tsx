import {Box, useApp, useInput, useStdout} from 'ink';
import React, {useEffect, useReducer, useRef} from 'react';
import type {Article, Quote} from './article/schema.js';
import type {OpenedArticle} from './library/reading-session.js';
import {keyActions} from './panes/key-name.js';
import {useLook} from './panes/look.js';
import {Row} from './panes/row.js';
import {screenRows} from './panes/screen.js';
import {
	initialState,
	reduce,
	startOptions,
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

export function App(props: AppProps) {
	const {article, searcher, openArticle, onLeave, onCopy} = props;
	const {stdout} = useStdout();
	const {exit} = useApp();
	const size = () => ({columns: stdout.columns || 80, rows: stdout.rows || 24});
	const [state, dispatch] = useReducer(reduce, undefined, () =>
		initialState(article, size().columns, size().rows, startOptions(props)),
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

/** The screen the state describes, one Ink row per terminal line (see panes/screen.ts). */
export function Screen({state}: {state: ReaderState}) {
	const look = useLook();
	return (
		<Box flexDirection="column" width={state.columns}>
			{screenRows(state, look).map((pieces, index) => (
				<Row key={index} pieces={pieces} width={state.columns} />
			))}
		</Box>
	);
}
