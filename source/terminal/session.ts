import {openSync} from 'node:fs';
import process from 'node:process';
import tty from 'node:tty';

/*
 * The full-screen session: the alternate screen, a hidden cursor and raw mode
 * while the reader runs, and the terminal exactly as it was afterwards, however
 * the process ends (q, Ctrl-C, SIGTERM, SIGHUP from a dropped link, a crash).
 */

export type Session = {
	/** Ends the session once; later calls do nothing. */
	restore(): void;
};

/** What owns the screen: it enters the alternate screen on start and leaves it, cursor shown, on stop (synchronously). */
type Screen = {start(): void; stop(): void};

export function startSession(screen: Screen, input: NodeJS.ReadStream, options: {onEnd?: () => void} = {}): Session {
	let ended = false;
	const restore = () => {
		if (ended) return;
		ended = true;
		options.onEnd?.();
		try {
			if (input.isTTY) input.setRawMode(false);
		} catch {
			// The terminal may already be gone (SIGHUP); nothing is left to restore then.
		}

		try {
			screen.stop();
		} catch {}
	};

	const signals: Array<[NodeJS.Signals, number]> = [
		['SIGTERM', 143],
		['SIGHUP', 129],
		['SIGINT', 130],
		['SIGQUIT', 131],
	];
	const onSignal = (signal: NodeJS.Signals) => {
		restore();
		process.exit(signals.find(([name]) => name === signal)?.[1] ?? 1);
	};

	const onCrash = (error: unknown) => {
		restore();
		process.stderr.write(`pullquote: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
		process.exit(70);
	};

	for (const [signal] of signals) process.on(signal, onSignal);
	process.on('uncaughtException', onCrash);
	process.on('unhandledRejection', onCrash);
	process.on('exit', restore);
	// Raw mode from the start, so keys typed while the first screen is drawn are neither echoed nor held back.
	if (input.isTTY) input.setRawMode(true);
	screen.start();

	return {
		restore() {
			restore();
			for (const [signal] of signals) process.off(signal, onSignal);
			process.off('uncaughtException', onCrash);
			process.off('unhandledRejection', onCrash);
			process.off('exit', restore);
		},
	};
}

/** Keys come from the terminal even when the article arrives on a pipe. */
export function openKeyboard(): tty.ReadStream | undefined {
	if (process.stdin.isTTY) return process.stdin;
	try {
		return new tty.ReadStream(openSync('/dev/tty', 'r'));
	} catch {
		return undefined;
	}
}
