import {fork} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {bundledArticlePath, readArticleFile} from '../source/article/load.js';
import {FORMAT_NAME, FORMAT_VERSION, type Article} from '../source/article/schema.js';
import {loadLibrary} from '../source/library/library.js';
import {scanLibrary} from '../source/library/catalog.js';
import type {LibraryPaths} from '../source/library/paths.js';
import {openSearchIndex} from '../source/search/index-store.js';
import {searcherOver, type LibraryHit} from '../source/search/library-search.js';
import {createSearchClient} from '../source/search/search-worker.js';
import {createSearcher, type SearchHit} from '../source/search/search.js';
import {generateArticles, makeQueries, trainSentences, type TypoQuery} from './library-data.js';

/*
 * Library benchmark: synthetic libraries of 10,000 and 100,000 quotes (as many entities),
 * typo queries typed one character at a time, opening a library against opening one article,
 * memory, and Fuse alone for reference. Each measurement runs in a fresh child process so one
 * does not warm up or bloat the next. Data goes to a temporary folder, removed afterwards.
 *
 *   npx tsx bench/library.ts [--sizes 10k,100k] [--queries 200] [--keep]
 *   npm run bench -- library [--sizes 10k]    (once bench/run.ts lists it)
 */

type Size = {label: string; articles: number};
const allSizes: Size[] = [
	{label: '10k', articles: 1000},
	{label: '100k', articles: 10_000},
];
const QUOTES_PER_ARTICLE = 10;
const OPEN_RUNS = 5;

type Targets = {p95: number};
const targets: Record<string, Targets> = {'10k': {p95: 30}, '100k': {p95: 50}};

const pathsFor = (folder: string): LibraryPaths => ({
	library: join(folder, 'library'),
	state: join(folder, 'state'),
	cache: join(folder, 'cache'),
	bundled: bundledArticlePath(),
});

const median = (values: readonly number[]) => percentile(values, 50);
function percentile(values: readonly number[], p: number): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));
const megabytes = (bytes: number) => Math.round(bytes / 1_048_576);

function isTarget(hit: SearchHit | LibraryHit, query: TypoQuery): boolean {
	const {target} = query;
	if (target.kind === 'entity') return hit.kind === 'entity' && hit.entity.name === target.name;
	if (hit.kind !== 'quote') return false;
	// A quote printed twice in the library is found whichever copy comes first.
	return hit.quote.text === target.text || ('articleId' in hit && hit.articleId === target.articleId && hit.quote.id === target.quoteId);
}

/* ---- child measurements ---- */

type OpenResult = {ms: number; listMs?: number; rss: number; index?: string};

function openSingle(): OpenResult {
	const start = performance.now();
	const article = readArticleFile(bundledArticlePath());
	createSearcher(article).search('x', 1);
	return {ms: performance.now() - start, rss: process.memoryUsage().rss};
}

function openLibrary(folder: string) {
	const paths = pathsFor(folder);
	const start = performance.now();
	const entries = scanLibrary(paths);
	const listMs = performance.now() - start;
	const opened = openSearchIndex(paths, entries);
	const searcher = searcherOver(opened.prefilter);
	searcher.search('x', 1);
	return {searcher, result: {ms: performance.now() - start, listMs, rss: process.memoryUsage().rss, index: opened.state} satisfies OpenResult};
}

type MeasureResult = {
	open: OpenResult;
	documents: number;
	keystrokes: number;
	median: number;
	p95: number;
	p99: number;
	top5: number;
	queries: number;
	misses: string[];
	rssAfterSearch: number;
	fuse: {queries: number; medianMs: number; oursMedianMs: number; top5: number; buildMs: number};
};

function measure(folder: string, fuseSample: number): MeasureResult {
	const {searcher, result: open} = openLibrary(folder);
	const queries = JSON.parse(readFileSync(join(folder, 'queries.json'), 'utf8')) as TypoQuery[];
	const times: number[] = [];
	let found = 0;
	const misses: string[] = [];
	const oursFull: number[] = [];
	for (const query of queries) {
		let hits: LibraryHit[] = [];
		for (let length = 1; length <= query.query.length; length++) {
			const start = performance.now();
			hits = searcher.search(query.query.slice(0, length), 50);
			times.push(performance.now() - start);
		}

		oursFull.push(times.at(-1)!);
		if (hits.slice(0, 5).some(hit => isTarget(hit, query))) found++;
		else misses.push(`${query.query} (${query.intended})`);
	}

	const rssAfterSearch = process.memoryUsage().rss;

	// Fuse alone over every quote and entity, as the single-article searcher would do it.
	const buildStart = performance.now();
	const {articles} = loadLibrary(pathsFor(folder));
	const merged: Article = {
		format: FORMAT_NAME,
		version: FORMAT_VERSION,
		meta: {id: 'everything', title: 'everything', titleOrigin: 'pullquote'},
		segments: [],
		quotes: articles.flatMap(({article}) => article.quotes.map(quote => ({...quote, speaker: quote.speaker === null ? null : `${article.meta.id}/${quote.speaker}`}))),
		entities: articles.flatMap(({article}) => article.entities.map(entity => ({...entity, id: `${article.meta.id}/${entity.id}`}))),
	};
	const fuse = createSearcher(merged);
	const buildMs = performance.now() - buildStart;
	const sample = queries.filter((_, index) => index % Math.max(1, Math.floor(queries.length / fuseSample)) === 0).slice(0, fuseSample);
	const fuseTimes: number[] = [];
	const oursTimes: number[] = [];
	let fuseFound = 0;
	for (const query of sample) {
		let start = performance.now();
		const hits = fuse.search(query.query, 50);
		fuseTimes.push(performance.now() - start);
		if (hits.slice(0, 5).some(hit => isTarget(hit, query))) fuseFound++;
		start = performance.now();
		searcher.search(query.query, 50);
		oursTimes.push(performance.now() - start);
	}

	return {
		open,
		documents: searcher.documentCount,
		keystrokes: times.length,
		median: median(times),
		p95: percentile(times, 95),
		p99: percentile(times, 99),
		top5: found / queries.length,
		queries: queries.length,
		misses,
		rssAfterSearch,
		fuse: {queries: sample.length, medianMs: median(fuseTimes), oursMedianMs: median(oursTimes), top5: fuseFound / Math.max(1, sample.length), buildMs},
	};
}

/**
 * The app searches a library this large in a worker thread: same process, so its RSS covers
 * the worker's own heap and the index in it, measured after typing every query.
 */
async function workerMemory(folder: string): Promise<{rss: number; mode: string}> {
	const client = createSearchClient({source: {paths: pathsFor(folder)}, mode: 'worker'});
	const {mode} = await client.ready;
	const queries = JSON.parse(readFileSync(join(folder, 'queries.json'), 'utf8')) as TypoQuery[];
	for (const query of queries) {
		for (let length = 1; length <= query.query.length; length++) await client.search(query.query.slice(0, length));
	}

	const {rss} = process.memoryUsage();
	await client.close();
	return {rss, mode};
}

async function runChild(): Promise<void> {
	const [mode, folder, extra] = process.argv.slice(3);
	let result: unknown;
	if (mode === 'open-single') result = openSingle();
	else if (mode === 'worker-memory') result = await workerMemory(folder!);
	else if (mode === 'open-library') result = openLibrary(folder!).result;
	else if (mode === 'prepare') {
		const start = performance.now();
		const opened = openSearchIndex(pathsFor(folder!));
		result = {ms: performance.now() - start, index: opened.state, documents: opened.prefilter.documentCount};
	} else result = measure(folder!, Number(extra ?? 10));
	process.send!(result);
}

/* ---- parent ---- */

async function inChild<T>(...args: string[]): Promise<T> {
	return new Promise((resolve, reject) => {
		const child = fork(fileURLToPath(import.meta.url), ['--child', ...args], {stdio: ['ignore', 'inherit', 'inherit', 'ipc']});
		let answer: T | undefined;
		child.on('message', message => {
			answer = message as T;
		});
		child.on('error', reject);
		child.on('exit', code => (answer === undefined ? reject(new Error(`bench child ${args.join(' ')} exited with ${code}`)) : resolve(answer)));
	});
}

function option(name: string): string | undefined {
	const index = process.argv.indexOf(`--${name}`);
	return index === -1 ? undefined : process.argv[index + 1];
}

export const name = 'library';

export async function run(): Promise<void> {
	const wanted = (option('sizes') ?? '10k,100k').split(',');
	const sizes = allSizes.filter(size => wanted.includes(size.label));
	const queryCount = Number(option('queries') ?? 200);
	const keep = process.argv.includes('--keep');
	const root = mkdtempSync(join(tmpdir(), 'pullquote-bench-'));
	console.log(`library benchmark: data in ${root}${keep ? ' (kept)' : ''}`);
	try {
		const started = performance.now();
		const sentence = trainSentences();
		console.log(`trained the sentence model on the Brown corpus in ${Math.round(performance.now() - started)} ms`);
		for (const size of sizes) {
			const folder = join(root, size.label);
			const paths = pathsFor(folder);
			mkdirSync(paths.library, {recursive: true});
			const articles: Article[] = [];
			for (const article of generateArticles({articles: size.articles, quotesPerArticle: QUOTES_PER_ARTICLE, entitiesPerArticle: QUOTES_PER_ARTICLE, seed: 20_260_601 + size.articles}, sentence)) {
				writeFileSync(join(paths.library, `${article.meta.id}.json`), `${JSON.stringify(article, null, '\t')}\n`);
				articles.push(article);
			}

			writeFileSync(join(folder, 'queries.json'), JSON.stringify(makeQueries(articles, queryCount, size.articles)));
			const quotes = articles.reduce((sum, article) => sum + article.quotes.length, 0);
			const entities = articles.reduce((sum, article) => sum + article.entities.length, 0);
			articles.length = 0;
			console.log(`\n## ${size.label}: ${size.articles} articles, ${quotes} quotes, ${entities} entities`);

			const prepared = await inChild<{ms: number; index: string; documents: number}>('prepare', folder);
			console.log(`first open (list every file, build and save the index): ${Math.round(prepared.ms)} ms, ${prepared.documents} documents`);

			const singles: OpenResult[] = [];
			const libraries: OpenResult[] = [];
			for (let run = 0; run < OPEN_RUNS; run++) {
				singles.push(await inChild<OpenResult>('open-single'));
				libraries.push(await inChild<OpenResult>('open-library', folder));
			}

			const single = median(singles.map(result => result.ms));
			const library = median(libraries.map(result => result.ms));
			const listed = median(libraries.map(result => result.listMs ?? Number.NaN));
			console.log(`open one article (read, validate, searcher): median ${round(single)} ms of ${OPEN_RUNS} fresh processes`);
			console.log(`open the library, list only (catalog): median ${round(listed)} ms = ${round(listed / single, 2)}x one article`);
			console.log(`open the library, list + searchable (persisted index, ${libraries[0]!.index}): median ${round(library)} ms = ${round(library / single, 2)}x one article (the reader lists first and loads the index at the first query; its first screen is measured by library-reader, target 1.5x)`);

			const result = await inChild<MeasureResult>('measure', folder, size.articles >= 10_000 ? '5' : '20');
			const target = targets[size.label];
			console.log(`keystrokes: ${result.keystrokes} searches over ${result.documents} documents, ${result.queries} typo queries typed one character at a time`);
			console.log(`  per keystroke: median ${round(result.median)} ms (target 16), p95 ${round(result.p95)} ms (target ${target?.p95 ?? '-'}), p99 ${round(result.p99)} ms`);
			console.log(`  intended target in the top 5: ${round(result.top5 * 100)}% (target 95%)`);
			if (result.misses.length > 0) console.log(`  missed: ${result.misses.slice(0, 12).join('; ')}${result.misses.length > 12 ? '; ...' : ''}`);
			console.log(`  resident memory: ${megabytes(result.open.rss)} MB after opening, ${megabytes(result.rssAfterSearch)} MB after searching (target 300 MB at 100k)`);
			const worker = await inChild<{rss: number; mode: string}>('worker-memory', folder);
			console.log(`  resident memory with the index in a ${worker.mode} thread, as the app runs it: ${megabytes(worker.rss)} MB after searching`);
			console.log(
				`Fuse alone over all ${result.documents} documents, ${result.fuse.queries} whole queries: median ${round(result.fuse.medianMs)} ms vs ${round(result.fuse.oursMedianMs, 2)} ms here = ${round(result.fuse.medianMs / result.fuse.oursMedianMs)}x; top 5 ${round(result.fuse.top5 * 100)}%; loading and indexing ${Math.round(result.fuse.buildMs)} ms`,
			);
		}
	} finally {
		if (!keep) rmSync(root, {recursive: true, force: true});
	}
}

if (process.argv[2] === '--child') await runChild();
else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
