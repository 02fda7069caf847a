// Opening the reader on a large library against opening it on one article: time from start to
// the first screen (its status line drawn), both in a pseudo-terminal at 80x24, median of
// several runs, side by side in one run. The library's list and search index are warmed first,
// as they are for someone who has used the library before.
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {bundledArticlePath} from '../source/article/load.js';
import {generateArticles, trainSentences} from './library-data.js';
import {PtySession, median} from './pty.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
const runs = Number(process.env['BENCH_RUNS'] ?? 5);
const articles = Number(process.env['BENCH_LIBRARY_ARTICLES'] ?? 1000);

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

export async function run(): Promise<void> {
	const scratch = mkdtempSync(join(tmpdir(), 'pullquote-library-reader-'));
	try {
		const library = join(scratch, 'library');
		mkdirSync(library);
		const sentence = trainSentences();
		let quotes = 0;
		for (const article of generateArticles({articles, quotesPerArticle: 10, entitiesPerArticle: 10, seed: 7}, sentence)) {
			quotes += article.quotes.length;
			writeFileSync(join(library, `${article.meta.id}.json`), JSON.stringify(article));
		}

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
	} finally {
		rmSync(scratch, {recursive: true, force: true});
	}
}
