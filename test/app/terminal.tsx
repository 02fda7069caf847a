import {EventEmitter} from 'node:events';
import {render} from 'ink';
import {act, type ReactElement} from 'react';
import stripAnsi from 'strip-ansi';

(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true;

class FakeStdout extends EventEmitter {
	frames: string[] = [];
	isTTY = true;
	constructor(public columns: number, public rows: number) {
		super();
	}

	write = (frame: string) => {
		this.frames.push(frame);
		return true;
	};
}

class FakeStdin extends EventEmitter {
	isTTY = true;
	private pending: string | null = null;
	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
	read = () => {
		const data = this.pending;
		this.pending = null;
		return data;
	};

	send(data: string) {
		this.pending = data;
		this.emit('readable');
	}
}

export const keys = {
	tab: '\t',
	shiftTab: '\u001B[Z',
	enter: '\r',
	escape: '\u001B',
	down: '\u001B[B',
	up: '\u001B[A',
	backspace: '\u007F',
	ctrlC: '\u0003',
};

/** The reader in a terminal of a given size, driven by key presses, read frame by frame. */
export async function openTerminal(tree: ReactElement, columns = 80, rows = 24) {
	const stdout = new FakeStdout(columns, rows);
	const stdin = new FakeStdin();
	let instance!: ReturnType<typeof render>;
	await act(async () => {
		instance = render(tree, {
			stdout: stdout as unknown as NodeJS.WriteStream,
			stdin: stdin as unknown as NodeJS.ReadStream,
			debug: true,
			exitOnCtrlC: false,
			patchConsole: false,
		});
		await new Promise(resolve => setImmediate(resolve));
	});
	let exited = false;
	void instance.waitUntilExit().then(() => {
		exited = true;
	});

	return {
		/** The screen as plain text, one string per row. */
		screen(): string[] {
			return stripAnsi(stdout.frames.at(-1) ?? '').split('\n');
		},
		text(): string {
			return stripAnsi(stdout.frames.at(-1) ?? '');
		},
		raw(): string {
			return stdout.frames.at(-1) ?? '';
		},
		async press(...sequence: string[]) {
			for (const data of sequence) {
				await act(async () => {
					stdin.send(data);
					// Ink hands keys to React on a later tick; let it land inside act().
					await new Promise(resolve => setImmediate(resolve));
				});
			}
		},
		async resize(newColumns: number, newRows: number) {
			await act(async () => {
				stdout.columns = newColumns;
				stdout.rows = newRows;
				stdout.emit('resize');
			});
		},
		async settle() {
			await act(async () => {
				await new Promise(resolve => setImmediate(resolve));
			});
		},
		get exited() {
			return exited;
		},
		async unmount() {
			await act(async () => {
				instance.unmount();
			});
		},
	};
}
