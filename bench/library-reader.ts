// The reader on large libraries, in a pseudo-terminal at 80x24:
// - opening it on the library against opening it on one article: time from start to the first
//   screen (its status line drawn), median of several runs, side by side in one run;
// - typing typo queries into its search, one character at a time: for each key, the time until
//   the screen answers it (the character echoed and the line redrawn) and until it settles
//   (the results drawn too), per library size (10,000 and 100,000 quotes).
// The library's list and search index are warmed first, as they are for someone who has used
// the library before.
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {bundledArticlePath} from '../source/article/load.js';
import type {Article} from '../source/article/schema.js';
import {generateArticles, makeQueries, trainSentences} from './library-data.js';
import {PtySession, median, quantile} from './pty.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
const runs = Number(process.env['BENCH_RUNS'] ?? 5);
const articles = Number(process.env['BENCH_LIBRARY_ARTICLES'] ?? 1000);
// Libraries typed into, in articles of 10 quotes each.
const typingSizes = (process.env['BENCH_TYPING_ARTICLES'] ?? '1000,10000').split(',').map(Number);
const typedQueries = Number(process.env['BENCH_TYPED_QUERIES'] ?? 24);

/** Milliseconds from start until the status line ("q quit") is on the screen. */
async function firstScreen(args: string[], env: Record<string, string>): Promise<number> {
	const session = PtySession.spawn(process.execPath, [cli, ...args], {columns: 80, rows: 24, cwd: root, env: {...process.env, ...env} as Record<string, string>});
	let shown = Number.NaN;
	for (let since = session.startedAt; performance.now() - session.startedAt < 15_000; ) {
		const step = await session.settle(since, {quietMs: 50, maxMs: 2000, expectOutput: false});
		if ((await session.screen()).some(line => line.includes('q quit'))) {
			shown = since - session.startedAt + step.lastMs;
			break;
		}

		since = performance.now();
	}

	await session.close('q');
	return shown;
}

/** Writes a generated library into `folder`; returns its articles. */
function writeLibrary(folder: string, size: number, sentence: ReturnType<typeof trainSentences>): Article[] {
	mkdirSync(folder, {recursive: true});
	const written: Article[] = [];
	for (const article of generateArticles({articles: size, quotesPerArticle: 10, entitiesPerArticle: 10, seed: 7}, sentence)) {
		written.push(article);
		writeFileSync(join(folder, `${article.meta.id}.json`), JSON.stringify(article));
	}

	return written;
}

/** Milliseconds from each typed key to the screen's answer, and to the screen settling. */
async function typing(env: Record<string, string>, queries: string[]): Promise<{echo: number[]; settled: number[]}> {
	const session = PtySession.spawn(process.execPath, [cli], {columns: 80, rows: 24, cwd: root, env: {...process.env, ...env} as Record<string, string>});
	await session.settle(session.startedAt, {quietMs: 800, maxMs: 30_000});
	const echo: number[] = [];
	const settled: number[] = [];
	for (const query of queries) {
		await session.press('/', {quietMs: 100});
		for (const character of query) {
			const step = await session.press(character, {quietMs: 60, maxMs: 3000});
			echo.push(step.firstMs);
			settled.push(step.lastMs);
		}

		// Esc stops searching; a second Esc clears the query.
		await session.press('\u001B', {quietMs: 100});
		await session.press('\u001B', {quietMs: 100});
	}

	await session.close('q');
	return {echo, settled};
}

export async function run(): Promise<void> {
	const scratch = mkdtempSync(join(tmpdir(), 'pullquote-library-reader-'));
	try {
		const library = join(scratch, 'library');
		const sentence = trainSentences();
		const quotes = writeLibrary(library, articles, sentence).reduce((sum, article) => sum + article.quotes.length, 0);

		const env = {LANG: 'C.UTF-8', XDG_CACHE_HOME: join(scratch, 'cache'), XDG_DATA_HOME: join(scratch, 'data'), PULLQUOTE_LIBRARY: library};
		// Warm-up: builds the list and the search index once, as a first use would.
		execFileSync(process.execPath, [cli, 'search', 'council', '--all', '--limit', '1'], {env: {...process.env, ...env}, stdio: 'ignore'});
		await firstScreen([], env);
		const single: number[] = [];
		const withLibrary: number[] = [];
		for (let index = 0; index < runs; index++) {
			single.push(await firstScreen([bundledArticlePath()], env));
			withLibrary.push(await firstScreen([], env));
		}

		const one = median(single);
		const many = median(withLibrary);
		console.log(`library-reader: first screen, median of ${runs} runs`);
		console.log(`  one article (a file)                   ${one.toFixed(0)} ms (baseline)`);
		console.log(`  the library, ${articles} articles (${quotes} quotes)  ${many.toFixed(0)} ms: ${(many / one).toFixed(2)}x (target <= 1.5x) ${many / one <= 1.5 ? 'ok' : 'OVER'}`);

		console.log(`library-reader: typing ${typedQueries} typo queries into the reader's search, one key at a time`);
		for (const size of typingSizes) {
			const folder = join(scratch, `typing-${size}`);
			const written = writeLibrary(folder, size, sentence);
			const typingEnv = {...env, PULLQUOTE_LIBRARY: folder, XDG_CACHE_HOME: join(scratch, `cache-${size}`)};
			execFileSync(process.execPath, [cli, 'search', 'council', '--all', '--limit', '1'], {env: {...process.env, ...typingEnv}, stdio: 'ignore'});
			const queries = makeQueries(written, typedQueries, 11).map(query => query.query);
			const {echo, settled} = await typing(typingEnv, queries);
			const shown = (values: number[]) => `median ${median(values).toFixed(1)}, p95 ${quantile(values, 0.95).toFixed(1)}, p99 ${quantile(values, 0.99).toFixed(1)} ms`;
			const p99 = quantile(echo, 0.99);
			console.log(`  ${size * 10} quotes, ${echo.length} keys: answered ${shown(echo)} (target p99 < 16 ms) ${p99 < 16 ? 'ok' : 'OVER'}`);
			console.log(`  ${' '.repeat(String(size * 10).length)}          results drawn ${shown(settled)}`);
			rmSync(folder, {recursive: true, force: true});
		}
	} finally {
		rmSync(scratch, {recursive: true, force: true});
	}
}
