import process from 'node:process';
import meow, {type AnyFlags} from 'meow';
import packageJson from '../package.json' with {type: 'json'};
import {ArticleError} from './article/load.js';
import {openArticle, stdinHasData} from './article/open.js';
import type {Article} from './article/schema.js';
import {jsonOut} from './commands/output.js';
import {detectCapabilities, type Capabilities, type ColorOption, type ThemeName} from './terminal/capabilities.js';

const flags = {
	json: {type: 'boolean', default: false},
	format: {type: 'string', choices: ['text', 'markdown'], default: 'text'},
	limit: {type: 'number', default: 20},
	color: {type: 'string', choices: ['auto', 'always', 'never'], default: 'auto'},
	theme: {type: 'string', choices: ['dark', 'light']},
	ascii: {type: 'boolean', default: false},
	output: {type: 'string', shortFlag: 'o'},
	all: {type: 'boolean', default: false},
	library: {type: 'string'},
} satisfies AnyFlags;

const cli = meow(
	`
  Usage
    $ pullquote [PATH]                   read an article: the bundled one, a segmented
                                         .json file, or raw text (.txt, .md, - for stdin)
    $ pullquote quotes [PATH]            every quote with its speaker
    $ pullquote entities [PATH]          people, places and organizations, with mentions
    $ pullquote search QUERY [PATH]      fuzzy search over quotes and entities
    $ pullquote segment FILE [-o OUT]    segment a raw article into the pullquote format
    $ pullquote add FILE...              add articles (raw or segmented) to your library
    $ pullquote list                     the articles of your library
    $ pullquote remove ID                take an article out of your library

  Options
    --json               print one JSON array (quotes, entities, search)
    --format markdown    quotes as a Markdown list with attributions
    --limit N            at most N search results (default 20)
    --color WHEN         auto, always or never (NO_COLOR and FORCE_COLOR are honoured)
    --theme NAME         dark or light
    --ascii              write ASCII only (the default when the locale is not UTF-8)
    -o, --output FILE    where segment writes (default: standard output)
    --all                quotes, entities and search across the whole library
    --library DIR        the library folder (default: PULLQUOTE_LIBRARY, or the
                         platform's data folder, e.g. ~/.local/share/pullquote)
    --help, --version

  Reading: Tab moves between panes, / searches, Enter jumps to the selection in
  the article, n and N walk mentions or results, ? shows every key, q quits.
  Without PATH the reader opens the bundled article with your library beside it:
  L lists the articles, and search covers all of them.
  When standard output is not a terminal, pullquote prints the article as text.
`,
	{
		importMeta: import.meta,
		// Given here, the package file is neither searched for nor read at every start.
		pkg: {name: packageJson.name, version: packageJson.version, description: packageJson.description},
		flags,
	},
);

type Flags = typeof cli.flags;

const commands = ['quotes', 'entities', 'search', 'segment', 'add', 'list', 'remove'] as const;
type CommandName = (typeof commands)[number];

class UsageError extends Error {}

function capabilities(flags: Flags, isTTY: boolean): Capabilities {
	return detectCapabilities(process.env, {
		isTTY,
		color: flags.color as ColorOption,
		ascii: flags.ascii,
		theme: flags.theme as ThemeName | undefined,
	});
}

/** A mistyped option is an error: silently ignored, `--jsno` would print text where JSON was wanted. */
function checkFlags(): void {
	const known = new Set(['help', 'version', 'o', ...Object.keys(flags)]);
	const unknown = Object.keys(cli.unnormalizedFlags).find(name => !known.has(name) && !known.has(name.replaceAll(/-(\w)/g, (_, letter: string) => letter.toUpperCase())));
	if (unknown !== undefined) throw new UsageError(`unknown option ${unknown.length === 1 ? '-' : '--'}${unknown}`);
}

async function main(): Promise<number> {
	checkFlags();
	const [first, ...rest] = cli.input;
	const command = commands.find(name => name === first);
	if (command === undefined) return read(cli.input, cli.flags);
	return runCommand(command, rest, cli.flags);
}

async function load(path: string | undefined): Promise<Article> {
	return openArticle({path, stdin: process.stdin});
}

async function libraryPaths(flags: Flags) {
	const {resolveLibraryPaths} = await import('./library/paths.js');
	return resolveLibraryPaths({library: flags.library, env: process.env});
}

/** The article a command works on, or with --all every article of the library (and a line for each that fails). */
async function articlesFor(paths: string[], flags: Flags): Promise<Article[]> {
	if (!flags.all) return [await load(atMostOne(paths))];
	if (paths.length > 0) throw new UsageError('--all works on the library: give no PATH with it');
	const {loadLibrary} = await import('./library/library.js');
	const loaded = loadLibrary(await libraryPaths(flags));
	for (const {message} of loaded.errors) process.stderr.write(`pullquote: skipped ${message}\n`);
	return loaded.articles.map(entry => entry.article);
}

/** One output for several articles: JSON arrays joined into one, text parts one after the other. */
function joinOutputs(parts: string[], json: boolean): string {
	if (!json) return parts.join(parts.length > 1 ? '\n' : '');
	return jsonOut(parts.flatMap(part => JSON.parse(part) as unknown[]));
}

function atMostOne(paths: string[]): string | undefined {
	if (paths.length > 1) throw new UsageError(`expected at most one article, got ${paths.length}`);
	return paths[0];
}

async function runCommand(command: CommandName, args: string[], flags: Flags): Promise<number> {
	const ascii = !capabilities(flags, Boolean(process.stdout.isTTY)).unicode;
	switch (command) {
		case 'quotes': {
			const {quotesCommand} = await import('./commands/quotes.js');
			const articles = await articlesFor(args, flags);
			const format = flags.format as 'text' | 'markdown';
			process.stdout.write(joinOutputs(articles.map(article => quotesCommand(article, {json: flags.json, format, ascii})), flags.json));
			return 0;
		}

		case 'entities': {
			const {entitiesCommand} = await import('./commands/entities.js');
			const articles = await articlesFor(args, flags);
			process.stdout.write(joinOutputs(articles.map(article => entitiesCommand(article, {json: flags.json, ascii})), flags.json));
			return 0;
		}

		case 'search': {
			const [query, ...paths] = args;
			if (query === undefined || query.trim() === '') throw new UsageError('search needs a QUERY');
			const {foundNothing, limitProblem, searchOutcome} = await import('./commands/search.js');
			const problem = limitProblem(flags.limit);
			if (problem) throw new UsageError(problem);
			if (flags.all) return searchLibrary(query, paths, flags, ascii);
			const outcome = searchOutcome(await load(atMostOne(paths)), query, {json: flags.json, limit: flags.limit, ascii});
			process.stdout.write(outcome.output);
			if (!foundNothing(outcome)) return 0;
			// As grep does: nothing found is exit 1, and says so where a person will see it.
			process.stderr.write(`pullquote: no matches for "${query}"\n`);
			return 1;
		}

		case 'segment': {
			const path = atMostOne(args);
			if (path === undefined && !stdinHasData(process.stdin)) throw new UsageError('segment needs a FILE (or - for standard input)');
			const article = await load(path);
			const json = jsonOut(article);
			if (flags.output === undefined) {
				process.stdout.write(json);
			} else {
				const {writeFileAtomic} = await import('./library/atomic-write.js');
				writeFileAtomic(flags.output, json);
				process.stderr.write(`pullquote: wrote ${flags.output} (${article.quotes.length} quotes, ${article.entities.length} entities)\n`);
			}

			return 0;
		}

		case 'add': {
			if (args.length === 0) throw new UsageError('add needs at least one FILE');
			const {addArticles} = await import('./library/library.js');
			const results = await addArticles(await libraryPaths(flags), args);
			for (const result of results) (result.status === 'error' ? process.stderr : process.stdout).write(`${result.status === 'error' ? 'pullquote: ' : ''}${result.message}\n`);
			return results.some(result => result.status === 'error') ? 1 : 0;
		}

		case 'list': {
			if (args.length > 0) throw new UsageError('list takes no arguments');
			const {listArticles} = await import('./library/library.js');
			const {libraryListing} = await import('./commands/library.js');
			process.stdout.write(libraryListing(listArticles(await libraryPaths(flags)), {json: flags.json, ascii}));
			return 0;
		}

		case 'remove': {
			if (args.length !== 1) throw new UsageError('remove needs one article ID (see pullquote list)');
			const {removeArticle} = await import('./library/library.js');
			const result = removeArticle(await libraryPaths(flags), args[0]!);
			if (!result.ok) {
				process.stderr.write(`pullquote: ${result.message}\n`);
				return 1;
			}

			process.stdout.write(`${result.message}\n`);
			return 0;
		}
	}
}

async function searchLibrary(query: string, paths: string[], flags: Flags, ascii: boolean): Promise<number> {
	if (paths.length > 0) throw new UsageError('--all works on the library: give no PATH with it');
	const {createSearchClient} = await import('./search/search-worker.js');
	const {libraryHitsOutput} = await import('./commands/library.js');
	const client = createSearchClient({source: {paths: await libraryPaths(flags)}, limit: flags.limit, mode: 'inline'});
	try {
		const ready = await client.ready;
		for (const {message} of ready.errors) process.stderr.write(`pullquote: skipped ${message}\n`);
		const hits = await client.search(query);
		const found = hits === 'stale' ? [] : hits.slice(0, flags.limit);
		process.stdout.write(libraryHitsOutput(found, {json: flags.json, ascii}));
		if (found.length > 0) return 0;
		process.stderr.write(`pullquote: no matches for "${query}" in the library\n`);
		return 1;
	} finally {
		await client.close();
	}
}

async function read(paths: string[], flags: Flags): Promise<number> {
	const path = atMostOne(paths);
	// Without an article named or piped in, the reader opens on the library, the bundled article first.
	const withLibrary = path === undefined && !stdinHasData(process.stdin);
	const article = await load(path);
	const screen = capabilities(flags, Boolean(process.stdout.isTTY));
	if (!screen.fullScreen) {
		// Piped, redirected or on a dumb terminal: the article as text, the way less prints when piped.
		const {plainTextArticle} = await import('./commands/plain-text.js');
		process.stdout.write(plainTextArticle(article, {ascii: !screen.unicode}));
		return 0;
	}

	// Ink styles text through chalk, which reads FORCE_COLOR when it loads. Without colour chalk still
	// has to draw bold, underline and inverse (the look then asks for no colour), so its level is at least 1.
	process.env['FORCE_COLOR'] = String({0: 1, 4: 1, 8: 2, 24: 3}[screen.colorDepth]);
	// NO_COLOR has been honoured above; left set beside FORCE_COLOR, Node would print a warning on the screen.
	delete process.env['NO_COLOR'];
	// Ink draws only the last frame when the environment looks like CI (CI or any CI_* variable set);
	// here a person is at a terminal, so it must draw every frame.
	process.env['CI'] = 'false';
	const {runReader} = await import('./reader-run.js');
	return runReader(article, screen, withLibrary ? {paths: await libraryPaths(flags)} : undefined);
}

try {
	process.exitCode = await main();
} catch (error) {
	if (error instanceof ArticleError) {
		process.stderr.write(`pullquote: ${error.message}\n`);
		process.exitCode = 1;
	} else if (error instanceof UsageError) {
		process.stderr.write(`pullquote: ${error.message} (see pullquote --help)\n`);
		process.exitCode = 2;
	} else {
		process.stderr.write(`pullquote: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
		process.exitCode = 70;
	}
}
