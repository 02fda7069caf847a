import process from 'node:process';
import {render} from 'ink';
import React from 'react';
import {App} from './app.js';
import type {Article, Quote} from './article/schema.js';
import {LookProvider, lookFor} from './panes/look.js';
import {createSearcher} from './search/search.js';
import type {Capabilities} from './terminal/capabilities.js';
import {formatQuoteForClipboard, osc52ForTerminal} from './terminal/clipboard.js';
import {openKeyboard, startSession} from './terminal/session.js';

/** Runs the full-screen reader until the user quits; resolves to the exit code. */
export async function runReader(article: Article, screen: Capabilities): Promise<number> {
	const keyboard = openKeyboard();
	if (!keyboard) {
		process.stderr.write('pullquote: no terminal to read keys from\n');
		return 1;
	}

	const names = new Map(article.entities.map(entity => [entity.id, entity.name]));
	const copy = (quote: Quote) => {
		const text = formatQuoteForClipboard(quote.text, quote.speaker === null ? null : (names.get(quote.speaker) ?? null), article.meta.title, screen.unicode);
		const sequence = osc52ForTerminal(text, process.env);
		if (sequence === undefined) return 'Quote too long to copy; try pullquote quotes --format markdown';
		process.stdout.write(sequence);
		return 'Copied the quote (via OSC 52)';
	};

	const session = startSession(process.stdout, keyboard);
	try {
		const instance = render(
			<LookProvider value={lookFor(screen)}>
				<App article={article} searcher={createSearcher(article)} reservedRows={1} ascii={!screen.unicode} onCopy={copy} />
			</LookProvider>,
			{stdin: keyboard, exitOnCtrlC: false, patchConsole: false},
		);
		await instance.waitUntilExit();
	} finally {
		session.restore();
		if (keyboard !== process.stdin) keyboard.destroy();
	}

	return 0;
}
