import type {Article} from '../article/schema.js';
import type {SearchHit} from '../search/search.js';
import {wrapArticle} from './article-lines.js';
import {helpRows} from './help.js';
import {commandFor, type Command} from './keys.js';
import {computeLayout, type Layout, type PaneId} from './layout.js';
import {entityList, LIBRARY_ROWS, QUOTE_ROWS, RESULT_ROWS, scrollToShow} from './lists.js';
import type {Target} from './spans.js';

type ListPane = Exclude<PaneId, 'article'>;

/** A search hit, and for a library search the article it stands in. */
export type ReaderHit = SearchHit & {articleId?: string; articleTitle?: string};

/** One article of the library as its pane lists it; `error` for a file that failed to load. */
export type LibraryItem = {id: string; title: string; source?: string; publisher?: string; date?: string; quotes: number; error?: string};

/** An article the face is asked to open (it holds the articles); the reducer never loads anything itself. */
export type OpenRequest = {articleId: string; target: Target | null; top: number | null; back: boolean};

export type ReaderState = {
	article: Article;
	columns: number;
	rows: number;
	/** The terminal shows ASCII only, so text is measured as its ASCII form. */
	ascii: boolean;
	focus: PaneId;
	/** First article row on screen. */
	articleTop: number;
	selected: Record<ListPane, number>;
	/** First row on screen of each list. */
	listTop: Record<ListPane, number>;
	query: string;
	/** The search line has the keyboard. */
	editing: boolean;
	results: ReaderHit[];
	/** The query `results` answer; it lags `query` while a search is under way. */
	resultsFor: string;
	/** Enter was pressed before the results for the query came: open the first one when they do. */
	openOnResults: boolean;
	/** The range lit up in the article by the last jump. */
	highlight: Target | null;
	/** What n and N walk through. */
	walk: {kind: 'mentions'; entity: string; index: number} | {kind: 'results'} | null;
	help: boolean;
	/** First row of the help screen on screen. */
	helpTop: number;
	zoomed: boolean;
	/** A one-off message for the status line, gone at the next key. */
	notice: string | null;
	/** Text waiting to be copied to the clipboard by the face; cleared once done. */
	copyRequest: string | null;
	/** Every article of the library; empty when reading a single file. */
	library: LibraryItem[];
	/** Articles opened before this one, most recent last, for Esc to go back to. */
	history: Array<{articleId: string; top: number}>;
	openRequest: OpenRequest | null;
	/** Quotes of this article the reader marked, by id. */
	marks: string[];
	/** The quotes pane lists marked quotes only. */
	marksOnly: boolean;
	quitting: boolean;
};

export type Action =
	/** A key by name ("tab", "j") and the text it types, empty for keys that type nothing. */
	| {type: 'key'; key: string; text: string}
	| {type: 'command'; command: Command}
	| {type: 'resize'; columns: number; rows: number}
	| {type: 'results'; query: string; hits: ReaderHit[]}
	| {type: 'copied'; message: string}
	/** The face opened the article asked for, with what it remembers of it. */
	| {type: 'opened'; article: Article; request: OpenRequest; marks: string[]}
	| {type: 'open-failed'; message: string};

export type ScreenOptions = {ascii?: boolean; library?: LibraryItem[]; marks?: string[]; top?: number; notice?: string | undefined};

/** The reader's starting point as its props give it: the App and the first screen drawn before it start alike. */
export function startOptions(props: {ascii?: boolean; library?: LibraryItem[]; initialMarks?: string[]; initialTop?: number; initialNotice?: string | undefined}): ScreenOptions {
	return {ascii: props.ascii ?? false, library: props.library, marks: props.initialMarks, top: props.initialTop, notice: props.initialNotice};
}

export function initialState(
	article: Article,
	columns: number,
	rows: number,
	{ascii = false, library = [], marks = [], top = 0, notice}: ScreenOptions = {},
): ReaderState {
	// A remembered position may be past the end of an article that changed since.
	return clampArticle({
		article,
		columns,
		rows,
		ascii,
		focus: 'article',
		articleTop: top,
		selected: {quotes: 0, entities: 0, results: 0, library: Math.max(0, library.findIndex(item => item.id === article.meta.id))},
		listTop: {quotes: 0, entities: 0, results: 0, library: 0},
		query: '',
		editing: false,
		results: [],
		resultsFor: '',
		openOnResults: false,
		highlight: null,
		walk: null,
		help: false,
		helpTop: 0,
		zoomed: false,
		notice: notice ?? null,
		copyRequest: null,
		library,
		history: [],
		openRequest: null,
		marks,
		marksOnly: false,
		quitting: false,
	});
}

export function layoutOf(state: ReaderState): Layout {
	return computeLayout(state.columns, state.rows, state.zoomed);
}

/** The search pane is there while a search is typed or has a query. */
export function searchActive(state: ReaderState): boolean {
	return state.editing || state.query !== '';
}

/** Panes Tab moves through, in order. */
export function visiblePanes(state: ReaderState): PaneId[] {
	if (searchActive(state)) return ['article', 'results'];
	return state.library.length > 0 ? ['article', 'quotes', 'entities', 'library'] : ['article', 'quotes', 'entities'];
}

export function articleView(state: ReaderState) {
	const layout = layoutOf(state);
	const box = layout.mode === 'tiny' ? {textWidth: 38, height: 10} : layout.panes.article;
	const wrapped = wrapArticle(state.article, box.textWidth, state.ascii);
	const height = Math.max(1, box.height - 1);
	return {wrapped, height, maxTop: Math.max(0, wrapped.lines.length - height)};
}

/** How far through the article the last row on screen is, as less shows it. */
export function percentRead(state: ReaderState): number {
	const {wrapped, height} = articleView(state);
	const total = wrapped.lines.length;
	return total === 0 ? 100 : Math.round((100 * Math.min(total, state.articleTop + height)) / total);
}

/** The quotes the quotes pane lists: all of them, or the marked ones. */
export function listedQuotes(state: ReaderState) {
	return state.marksOnly ? state.article.quotes.filter(quote => state.marks.includes(quote.id)) : state.article.quotes;
}

export function selectedHit(state: ReaderState): ReaderHit | undefined {
	return state.results[state.selected.results];
}

export function reduce(state: ReaderState, action: Action): ReaderState {
	// A resize, a zoom or another article can leave the article scrolled past its end.
	return clampArticle(reduceAction(state.notice === null ? state : {...state, notice: null}, action));
}

function reduceAction(state: ReaderState, action: Action): ReaderState {
	switch (action.type) {
		case 'resize':
			return fitLists({...state, columns: action.columns, rows: action.rows});
		case 'key': {
			// The mode is read here, not in the face, so keys that arrive together (a paste) see each other's effect.
			const command = commandFor(action.key, state.editing ? 'edit' : 'browse');
			if (command) return runCommand(state, command);
			if (state.editing && action.text !== '') return setQuery(state, state.query + action.text);
			return state;
		}

		case 'results':
		{
			if (action.query !== state.query) return state;
			const answered = fitLists({
				...state,
				results: action.hits,
				resultsFor: action.query,
				openOnResults: false,
				selected: {...state.selected, results: 0},
				listTop: {...state.listTop, results: 0},
			});
			return state.openOnResults ? open(answered) : answered;
		}

		case 'copied':
			return {...state, copyRequest: null, notice: action.message};
		case 'opened':
			return opened(state, action.article, action.request, action.marks);
		case 'open-failed':
			return {...state, openRequest: null, notice: action.message};
		case 'command':
			return runCommand(state, action.command);
	}
}

function runCommand(state: ReaderState, command: Command): ReaderState {
	if (state.help && command !== 'quit') return helpCommand(state, command);

	switch (command) {
		case 'quit':
			return {...state, quitting: true};
		case 'help':
			return {...state, help: true, helpTop: 0};
		case 'focus-next':
		case 'focus-previous': {
			const panes = visiblePanes(state);
			const step = command === 'focus-next' ? 1 : panes.length - 1;
			const index = panes.indexOf(state.focus);
			return {...state, focus: panes[(Math.max(0, index) + step) % panes.length]!};
		}

		case 'down':
		case 'up':
			return move(state, command === 'down' ? 1 : -1);
		case 'page-down':
		case 'page-up':
			return move(state, (command === 'page-down' ? 1 : -1) * pageSize(state));
		case 'top':
			return move(state, -Infinity);
		case 'bottom':
			return move(state, Infinity);
		case 'search':
			return {...state, editing: true, help: false, focus: 'results'};
		case 'delete-character':
			return state.editing ? setQuery(state, [...state.query].slice(0, -1).join('')) : state;
		case 'open':
			return open(state);
		case 'next':
		case 'previous':
			return walk(state, command === 'next' ? 1 : -1);
		case 'zoom':
			return {...state, zoomed: !state.zoomed};
		case 'copy':
			return requestCopy(state);
		case 'mark':
			return toggleMark(state);
		case 'marks':
			return state.marks.length === 0 && !state.marksOnly
				? {...state, notice: 'No marked quotes: m marks the selected quote'}
				: fitLists({...state, marksOnly: !state.marksOnly, focus: 'quotes', selected: {...state.selected, quotes: 0}, listTop: {...state.listTop, quotes: 0}});
		case 'library':
			return state.library.length === 0 ? {...state, notice: 'No library: pullquote was opened on one file'} : {...state, focus: 'library', editing: false, help: false};
		case 'back':
			return back(state);
	}
}

function helpCommand(state: ReaderState, command: Command): ReaderState {
	const layout = layoutOf(state);
	const height = layout.mode === 'tiny' ? 1 : layout.bodyHeight - 1;
	const maxTop = Math.max(0, helpRows().length - height);
	const scroll = (delta: number) => ({...state, helpTop: clamp(state.helpTop + delta, 0, maxTop)});
	switch (command) {
		case 'back':
		case 'help':
			return {...state, help: false};
		case 'down':
		case 'up':
			return scroll(command === 'down' ? 1 : -1);
		case 'page-down':
		case 'page-up':
			return scroll((command === 'page-down' ? 1 : -1) * height);
		case 'top':
		case 'bottom':
			return scroll(command === 'top' ? -Infinity : Infinity);
		default:
			return state;
	}
}

function setQuery(state: ReaderState, query: string): ReaderState {
	// Results stay until the search answers for the new query, so the list never flashes empty.
	return {...state, query, results: query.trim() === '' ? [] : state.results, walk: state.walk?.kind === 'results' ? null : state.walk};
}

/** The pane that arrows act on: the results while typing a search. */
function activePane(state: ReaderState): PaneId {
	return state.editing ? 'results' : state.focus;
}

function listLength(state: ReaderState, pane: ListPane): number {
	if (pane === 'quotes') return listedQuotes(state).length;
	if (pane === 'library') return state.library.length;
	if (pane === 'entities') return entityList(state.article).entities.length;
	return state.results.length;
}

function pageSize(state: ReaderState): number {
	const pane = activePane(state);
	if (pane === 'article') return Math.max(1, articleView(state).height - 1);
	const height = listHeight(state, pane);
	if (pane === 'entities') return Math.max(1, height - 1);
	if (pane === 'library') return Math.max(1, Math.floor(height / LIBRARY_ROWS));
	return Math.max(1, Math.floor(height / (pane === 'quotes' ? QUOTE_ROWS : RESULT_ROWS)));
}

function listHeight(state: ReaderState, pane: ListPane): number {
	const layout = layoutOf(state);
	return layout.mode === 'tiny' ? 1 : Math.max(1, layout.panes[pane].height - 1);
}

function move(state: ReaderState, delta: number): ReaderState {
	const pane = activePane(state);
	if (pane === 'article') {
		const {maxTop} = articleView(state);
		return {...state, articleTop: clamp(state.articleTop + delta, 0, maxTop)};
	}

	const length = listLength(state, pane);
	if (length === 0) return state;
	const selected = clamp(state.selected[pane] + delta, 0, length - 1);
	return fitLists({...state, selected: {...state.selected, [pane]: selected}});
}

/** Scrolls every list so its selection is on screen. */
function fitLists(state: ReaderState): ReaderState {
	const {rows: entityRows, rowOf} = entityList(state.article);
	const place = (pane: ListPane, first: number, size: number, total: number) =>
		scrollToShow(state.listTop[pane], first, size, listHeight(state, pane), total);
	const listTop = {
		quotes: place('quotes', state.selected.quotes * QUOTE_ROWS, QUOTE_ROWS, listedQuotes(state).length * QUOTE_ROWS),
		library: place('library', state.selected.library * LIBRARY_ROWS, LIBRARY_ROWS, state.library.length * LIBRARY_ROWS),
		// Keep the group heading in view with the first entity of a group.
		entities: place(
			'entities',
			(rowOf[state.selected.entities] ?? 0) - (entityRows[(rowOf[state.selected.entities] ?? 0) - 1]?.kind === 'heading' ? 1 : 0),
			entityRows[(rowOf[state.selected.entities] ?? 0) - 1]?.kind === 'heading' ? 2 : 1,
			entityRows.length,
		),
		results: place('results', state.selected.results * RESULT_ROWS, RESULT_ROWS, state.results.length * RESULT_ROWS),
	};
	return {...state, listTop};
}

function clampArticle(state: ReaderState): ReaderState {
	const {maxTop} = articleView(state);
	return state.articleTop > maxTop ? {...state, articleTop: maxTop} : state;
}

function targetOfHit(state: ReaderState, hit: SearchHit): Target | undefined {
	if (hit.kind === 'quote') return {segment: hit.quote.segment, start: hit.quote.start, end: hit.quote.end};
	const mention = hit.entity.mentions[0];
	return mention && {segment: mention.segment, start: mention.start, end: mention.end};
}

/** Scrolls the article so the target stands a third of the way down, lit up, and gives the article focus. */
function jump(state: ReaderState, target: Target | undefined): ReaderState {
	if (!target) return {...state, notice: 'Nothing to show in the article'};
	const {wrapped, height, maxTop} = articleView(state);
	const line = wrapped.lineOf(target.segment, target.start);
	return {
		...state,
		highlight: target,
		articleTop: clamp(line - Math.floor(height / 3), 0, maxTop),
		focus: 'article',
		editing: false,
	};
}

function open(state: ReaderState): ReaderState {
	const pane = activePane(state);
	if (pane === 'results') {
		if (state.resultsFor !== state.query && state.query.trim() !== '') return {...state, openOnResults: true};
		const hit = selectedHit(state);
		if (!hit) return {...state, editing: false, notice: state.query.trim() === '' ? null : 'No matches'};
		if (hit.articleId !== undefined && hit.articleId !== state.article.meta.id) {
			return requestOpen({...state, editing: false, walk: {kind: 'results'}}, hit.articleId, targetOfHit(state, hit) ?? null);
		}

		return {...jump(state, targetOfHit(state, hit)), walk: {kind: 'results'}};
	}

	if (pane === 'library') {
		const item = state.library[state.selected.library];
		if (!item) return state;
		if (item.error !== undefined) return {...state, notice: item.error};
		if (item.id === state.article.meta.id) return {...state, focus: 'article'};
		return requestOpen(state, item.id, null);
	}

	if (pane === 'quotes') {
		const quote = listedQuotes(state)[state.selected.quotes];
		return quote ? {...jump(state, {segment: quote.segment, start: quote.start, end: quote.end}), walk: null} : state;
	}

	if (pane === 'entities') {
		const entity = entityList(state.article).entities[state.selected.entities];
		if (!entity) return state;
		return {...jump(state, entity.mentions[0]), walk: {kind: 'mentions', entity: entity.id, index: 0}};
	}

	return state;
}

function walk(state: ReaderState, step: 1 | -1): ReaderState {
	let current = state.walk;
	if (current === null && state.focus === 'entities') {
		const entity = entityList(state.article).entities[state.selected.entities];
		if (entity) current = {kind: 'mentions', entity: entity.id, index: step === 1 ? -1 : entity.mentions.length};
	}

	if (current === null && state.results.length > 0) current = {kind: 'results'};

	if (current?.kind === 'results' && state.results.length > 0) {
		const index = wrap(state.selected.results + step, state.results.length);
		const moved = fitLists({...state, selected: {...state.selected, results: index}});
		const hit = state.results[index]!;
		return {...jump(moved, targetOfHit(moved, hit)), walk: current, notice: `Result ${index + 1} of ${state.results.length}`};
	}

	if (current?.kind === 'mentions') {
		const entity = state.article.entities.find(candidate => candidate.id === current.entity);
		if (entity && entity.mentions.length > 0) {
			const index = wrap(current.index + step, entity.mentions.length);
			return {
				...jump(state, entity.mentions[index]),
				walk: {kind: 'mentions', entity: entity.id, index},
				notice: `${entity.name}: mention ${index + 1} of ${entity.mentions.length}`,
			};
		}
	}

	return {...state, notice: 'n and N walk an entity\'s mentions or search results: pick one with Enter first'};
}

function requestCopy(state: ReaderState): ReaderState {
	const pane = activePane(state);
	const hit = pane === 'results' ? selectedHit(state) : undefined;
	const quote = hit?.kind === 'quote' && (hit.articleId ?? state.article.meta.id) === state.article.meta.id ? hit.quote : pane === 'quotes' ? listedQuotes(state)[state.selected.quotes] : undefined;
	if (!quote) return {...state, notice: 'Select a quote to copy it'};
	return {...state, copyRequest: quote.id};
}

function toggleMark(state: ReaderState): ReaderState {
	const pane = activePane(state);
	const hit = pane === 'results' ? selectedHit(state) : undefined;
	const quote = hit?.kind === 'quote' && (hit.articleId ?? state.article.meta.id) === state.article.meta.id ? hit.quote : pane === 'quotes' ? listedQuotes(state)[state.selected.quotes] : undefined;
	if (!quote) return {...state, notice: 'Select a quote in this article to mark it'};
	const marked = state.marks.includes(quote.id);
	const marks = marked ? state.marks.filter(id => id !== quote.id) : [...state.marks, quote.id];
	return fitLists({...state, marks, notice: marked ? 'Mark removed' : `Marked (${marks.length} in this article; ' lists them)`});
}

/** Asks the face for another article; `back` when returning through the history. */
function requestOpen(state: ReaderState, articleId: string, target: Target | null, top: number | null = null, back = false): ReaderState {
	return {...state, openRequest: {articleId, target, top, back}};
}

function opened(state: ReaderState, article: Article, request: OpenRequest, marks: string[]): ReaderState {
	const previous = {articleId: state.article.meta.id, top: state.articleTop};
	const fresh: ReaderState = {
		...state,
		article,
		marks,
		marksOnly: false,
		openRequest: null,
		focus: 'article',
		articleTop: request.top ?? 0,
		highlight: null,
		walk: request.back ? null : state.walk,
		selected: {...state.selected, quotes: 0, entities: 0, library: Math.max(0, state.library.findIndex(item => item.id === article.meta.id))},
		listTop: {...state.listTop, quotes: 0, entities: 0},
		history: request.back ? state.history.slice(0, -1) : [...state.history, previous],
	};
	const placed = clampArticle(fitLists(fresh));
	return request.target ? jump(placed, request.target) : placed;
}

function back(state: ReaderState): ReaderState {
	if (state.editing) return {...state, editing: false, focus: state.query === '' ? 'article' : 'results'};
	if (state.zoomed) return {...state, zoomed: false};
	if (state.query !== '') {
		return {...state, query: '', results: [], focus: state.focus === 'results' ? 'article' : state.focus, walk: state.walk?.kind === 'results' ? null : state.walk};
	}

	if (state.marksOnly) return fitLists({...state, marksOnly: false, selected: {...state.selected, quotes: 0}});
	if (state.highlight) return {...state, highlight: null, walk: null};
	const previous = state.history.at(-1);
	if (previous) return requestOpen(state, previous.articleId, null, previous.top, true);
	return state;
}

function clamp(value: number, low: number, high: number): number {
	return Math.max(low, Math.min(high, value));
}

function wrap(value: number, length: number): number {
	return ((value % length) + length) % length;
}

