import process from 'node:process';
import {render} from 'ink';
import React from 'react';
import {App} from './app.js';
import type {Article} from './article/schema.js';
import {createSearcher} from './search/search.js';
import {openKeyboard, startSession} from './terminal/session.js';

/** Runs the full-screen reader until the user quits; resolves to the exit code. */
export async function runReader(article: Article): Promise<number> {
	const keyboard = openKeyboard();
	if (!keyboard) {
		process.stderr.write('pullquote: no terminal to read keys from\n');
		return 1;
	}

	const session = startSession(process.stdout, keyboard);
	try {
		const instance = render(<App article={article} searcher={createSearcher(article)} reservedRows={1} />, {
			stdin: keyboard,
			exitOnCtrlC: false,
			patchConsole: false,
		});
		await instance.waitUntilExit();
	} finally {
		session.restore();
		if (keyboard !== process.stdin) keyboard.destroy();
	}

	return 0;
}
