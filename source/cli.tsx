import process from 'node:process';
import meow from 'meow';
import {ArticleError, bundledArticlePath, readArticleFile} from './article/load.js';
import type {Article} from './article/schema.js';

const cli = meow(
	`
  Usage
    $ pullquote [PATH]                     read an article (the bundled one without PATH)
    $ pullquote quotes [PATH]              list every quote with its speaker
    $ pullquote entities [PATH]            list people, places and organizations
    $ pullquote search QUERY [PATH]        fuzzy search over quotes and entities

  Options
    --json          print one JSON array (quotes, entities, search)
    --limit N       at most N search results (default 20)
    --help          show this help
    --version       show the version

  Keys in the reader: ? shows them all. Tab moves between panes, / searches,
  Enter jumps to the selection in the article, q quits.

  When standard output is not a terminal, pullquote [PATH] prints the article as text.
`,
	{
		importMeta: import.meta,
		flags: {
			json: {type: 'boolean', default: false},
			limit: {type: 'number', default: 20},
		},
	},
);

type Flags = typeof cli.flags;

async function main(): Promise<number> {
	const [command, ...rest] = cli.input;
	switch (command) {
		default:
			return read(command === undefined ? [] : cli.input, cli.flags);
	}

	void rest;
}

async function read(paths: string[], _flags: Flags): Promise<number> {
	if (paths.length > 1) return usage('give at most one article');
	const article = load(paths[0]);
	if (!process.stdout.isTTY || process.env['TERM'] === 'dumb') {
		process.stdout.write(article.segments.map(segment => segment.text).join('\n\n') + '\n');
		return 0;
	}

	const {runReader} = await import('./reader-run.js');
	return runReader(article);
}

function load(path: string | undefined): Article {
	return readArticleFile(path ?? bundledArticlePath());
}

function usage(problem: string): number {
	process.stderr.write(`pullquote: ${problem} (see pullquote --help)\n`);
	return 2;
}

try {
	process.exitCode = await main();
} catch (error) {
	if (error instanceof ArticleError) {
		process.stderr.write(`pullquote: ${error.message}\n`);
		process.exitCode = 1;
	} else {
		process.stderr.write(`pullquote: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
		process.exitCode = 70;
	}
}
