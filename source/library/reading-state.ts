import {readFileSync, renameSync} from 'node:fs';
import {join} from 'node:path';
import * as z from 'zod/mini';
import {writeFileAtomic} from './atomic-write.js';

/*
 * Where the reader left each article and which quotes were marked, in one small JSON file.
 * Losing it is a nuisance, not a disaster: a file that cannot be read is set aside for the
 * user to inspect and reading starts afresh.
 */

const STATE_VERSION = 1;

const stateSchema = z.object({
	version: z.literal(STATE_VERSION),
	positions: z.record(z.string(), z.object({top: z.int().check(z.nonnegative()), updated: z.string()})),
	marks: z.record(z.string(), z.array(z.string())),
});

export type ReadingState = z.infer<typeof stateSchema>;
export type Position = ReadingState['positions'][string];

export type LoadedState = {
	state: ReadingState;
	/** Set when the state file was unreadable and moved aside; one line for the status bar. */
	notice?: string;
};

export function emptyState(): ReadingState {
	return {version: STATE_VERSION, positions: {}, marks: {}};
}

export function stateFile(stateDirectory: string): string {
	return join(stateDirectory, 'state.json');
}

export function loadReadingState(stateDirectory: string, now: Date = new Date()): LoadedState {
	const file = stateFile(stateDirectory);
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {state: emptyState()};
		return {state: emptyState(), notice: `could not read ${file} (${describe(error)}); positions and marks start empty`};
	}

	let problem: string;
	try {
		const parsed = stateSchema.safeParse(JSON.parse(text));
		if (parsed.success) return {state: parsed.data};
		problem = 'not a pullquote state file';
	} catch (error) {
		problem = `not valid JSON: ${describe(error)}`;
	}

	const aside = `${file}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
	try {
		renameSync(file, aside);
	} catch (error) {
		return {state: emptyState(), notice: `${file} is unreadable (${problem}) and could not be moved aside (${describe(error)}); positions and marks start empty`};
	}

	return {state: emptyState(), notice: `${file} was unreadable (${problem}); it was moved to ${aside} and positions and marks start empty`};
}

export function saveReadingState(stateDirectory: string, state: ReadingState): void {
	writeFileAtomic(stateFile(stateDirectory), `${JSON.stringify(state, null, '\t')}\n`);
}

export function withPosition(state: ReadingState, articleId: string, top: number, now: Date = new Date()): ReadingState {
	return {...state, positions: {...state.positions, [articleId]: {top: Math.max(0, Math.floor(top)), updated: now.toISOString()}}};
}

export function positionOf(state: ReadingState, articleId: string): Position | undefined {
	return state.positions[articleId];
}

export function marksOf(state: ReadingState, articleId: string): readonly string[] {
	return state.marks[articleId] ?? [];
}

/** Marks the quote if unmarked, unmarks it if marked. */
export function withMarkToggled(state: ReadingState, articleId: string, quoteId: string): ReadingState {
	const current = marksOf(state, articleId);
	const next = current.includes(quoteId) ? current.filter(id => id !== quoteId) : [...current, quoteId];
	const marks = {...state.marks};
	if (next.length === 0) delete marks[articleId];
	else marks[articleId] = next;
	return {...state, marks};
}

/** Forgets an article, for when it leaves the library. */
export function withoutArticle(state: ReadingState, articleId: string): ReadingState {
	const {[articleId]: _position, ...positions} = state.positions;
	const {[articleId]: _marks, ...marks} = state.marks;
	return {...state, positions, marks};
}

function describe(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
