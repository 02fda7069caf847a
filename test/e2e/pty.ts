import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import xterm from '@xterm/headless';
import pty from 'node-pty';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const cliPath = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export type Environment = Record<string, string | undefined>;

/**
 * The environment a person's terminal would give the program: a UTF-8 locale and a colour
 * terminal unless the test says otherwise. CI and CI_* are removed because Ink draws only
 * the last frame when it believes it runs in CI; colour and locale variables of the machine
 * running the tests are removed so that only the test decides them. A value of undefined
 * in `overrides` removes that variable.
 */
export function terminalEnvironment(overrides: Environment = {}): Record<string, string> {
	const env: Environment = {...process.env};
	for (const name of Object.keys(env)) {
		if (name === 'CI' || name.startsWith('CI_') || name === 'TMUX' || name === 'STY') delete env[name];
	}

	for (const name of ['NO_COLOR', 'FORCE_COLOR', 'COLORTERM', 'COLORFGBG', 'LC_ALL', 'LC_CTYPE', 'NODE_OPTIONS']) delete env[name];
	// A home of its own, so no run starts where an earlier one left the reader.
	const home = mkdtempSync(join(tmpdir(), 'pullquote-pty-'));
	const folders = {XDG_DATA_HOME: join(home, 'data'), XDG_CACHE_HOME: join(home, 'cache'), XDG_CONFIG_HOME: join(home, 'config')};
	Object.assign(env, {TERM: 'xterm-256color', LANG: 'C.UTF-8'}, folders, overrides);
	return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

export type Exit = {exitCode: number; signal: number};
export type Resize = {offset: number; columns: number; rows: number};

export type PtyOptions = {
	columns?: number;
	rows?: number;
	env?: Environment;
	/** Another program to run instead of node, such as `sh` for a pipeline. */
	file?: string;
};

const pollInterval = 20;

async function poll<T>(check: () => T | undefined, timeout: number, describeFailure: () => string): Promise<T> {
	const deadline = Date.now() + timeout;
	for (;;) {
		const value = check();
		if (value !== undefined) return value;
		if (Date.now() > deadline) throw new Error(describeFailure());
		await new Promise(resolve => setTimeout(resolve, pollInterval));
	}
}

/** A program running in a pseudo-terminal, with every byte it writes kept in order. */
export class PtyRun {
	readonly pid: number;
	/** Where each resize happened in the output stream, so an emulator can replay it. */
	readonly resizes: Resize[] = [];
	readonly initialColumns: number;
	readonly initialRows: number;
	private readonly chunks: Buffer[] = [];
	private length = 0;
	private lastOutputAt = Date.now();
	private exit: Exit | undefined;
	private readonly process: pty.IPty;
	/** What the terminal shows as the output arrives: frames drawn as differences can only be read this way. */
	private readonly emulator: InstanceType<typeof xterm.Terminal>;

	constructor(args: string[], options: PtyOptions = {}) {
		this.initialColumns = options.columns ?? 80;
		this.initialRows = options.rows ?? 24;
		const env = terminalEnvironment(options.env);
		this.process = pty.spawn(options.file ?? process.execPath, args, {
			// node-pty sets TERM to this name whatever the environment says.
			name: env['TERM'] ?? 'xterm-256color',
			cols: this.initialColumns,
			rows: this.initialRows,
			cwd: repoRoot,
			env,
			// Bytes, not strings: a decoder would hide stray 8-bit bytes and invalid UTF-8.
			encoding: null,
		});
		this.pid = this.process.pid;
		this.emulator = new xterm.Terminal({cols: this.initialColumns, rows: this.initialRows, allowProposedApi: true});
		this.process.onData(data => {
			const chunk = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data as Uint8Array);
			this.emulator.write(chunk);
			this.chunks.push(chunk);
			this.length += chunk.length;
			this.lastOutputAt = Date.now();
		});
		this.process.onExit(exit => {
			this.exit = {exitCode: exit.exitCode, signal: exit.signal ?? 0};
		});
	}

	/** Every byte written so far. */
	bytes(): Buffer {
		return Buffer.concat(this.chunks);
	}

	/** The output decoded as UTF-8 (invalid bytes become U+FFFD). */
	text(from = 0): string {
		return this.bytes().subarray(from).toString('utf8');
	}

	/** How many bytes have been written so far, to wait for what comes after a key. */
	get offset(): number {
		return this.length;
	}

	/** The screen as the terminal shows it now, one line per row. */
	screen(): string {
		const buffer = this.emulator.buffer.active;
		const lines: string[] = [];
		for (let row = 0; row < this.emulator.rows; row++) lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
		return lines.join('\n');
	}

	/** Waits until the screen shows `expected`; returns the screen. */
	async waitForScreen(expected: string | RegExp, {timeout = 10_000} = {}): Promise<string> {
		const matches = (text: string) => (typeof expected === 'string' ? text.includes(expected) : expected.test(text));
		return poll(
			() => {
				const screen = this.screen();
				return matches(screen) ? screen : undefined;
			},
			timeout,
			() => `the screen never showed ${String(expected)}; it shows:\n${this.screen()}`,
		);
	}

	/** Waits until the output after byte `from` contains `expected`; returns that part of the output. */
	async waitForOutput(expected: string | RegExp, {from = 0, timeout = 10_000} = {}): Promise<string> {
		const matches = (text: string) => (typeof expected === 'string' ? text.includes(expected) : expected.test(text));
		return poll(
			() => {
				const text = this.text(from);
				return matches(text) ? text : undefined;
			},
			timeout,
			() => `output never showed ${String(expected)}; it ended with:\n${JSON.stringify(this.text(from).slice(-2000))}`,
		);
	}

	/**
	 * Waits until the program has written something after byte `after` and then nothing more
	 * for `quiet` ms (nor been resized): the screen has settled after a key or a resize.
	 */
	async waitForQuiet({after = -1, quiet = 300, timeout = 10_000} = {}): Promise<void> {
		await poll(
			() => (this.length > after && Date.now() - this.lastOutputAt >= quiet ? true : undefined),
			timeout,
			() => (this.length > after ? `output never went quiet for ${quiet} ms` : `nothing was written after byte ${after}`),
		);
	}

	/** Waits for the program to end; fails if it is still running after `timeout` ms. */
	async waitForExit(timeout = 10_000): Promise<Exit> {
		const exit = await poll(() => this.exit, timeout, () => `still running after ${timeout} ms; output ended with:\n${JSON.stringify(this.text().slice(-2000))}`);
		// The exit may be reported before the last bytes are read from the terminal.
		await this.waitForQuiet({quiet: 50, timeout: 2000});
		return exit;
	}

	/** Types into the terminal, as keys pressed one after another arrive. */
	write(keys: string): void {
		this.process.write(keys);
	}

	resize(columns: number, rows: number): void {
		this.resizes.push({offset: this.length, columns, rows});
		this.process.resize(columns, rows);
		this.emulator.resize(columns, rows);
		// Quiet is counted from the resize too: the program may answer it, or rightly write nothing.
		this.lastOutputAt = Date.now();
	}

	/** Sends a signal to the program itself (not to its process group). */
	signal(signal: NodeJS.Signals): void {
		process.kill(this.pid, signal);
	}

	get exited(): Exit | undefined {
		return this.exit;
	}

	/** Ends the program if it is still running; for clean-up after a failed test. */
	kill(): void {
		if (this.exit !== undefined) return;
		try {
			this.process.kill('SIGKILL');
		} catch {}
	}

	/** Frees the emulator once the run is over. */
	dispose(): void {
		this.kill();
		this.emulator.dispose();
	}
}

/** Runs pullquote with `args` in a pseudo-terminal. */
export function runCli(args: string[], options: PtyOptions = {}): PtyRun {
	return new PtyRun([cliPath, ...args], options);
}

/** Runs a shell command line (for pipes into pullquote) in a pseudo-terminal. */
export function runShell(command: string, options: PtyOptions = {}): PtyRun {
	return new PtyRun(['-c', command], {...options, file: 'sh'});
}

/** Runs a command that needs no keys to its end and returns what it wrote and how it exited. */
export async function runToEnd(args: string[], options: PtyOptions = {}): Promise<{output: Buffer; text: string; exit: Exit}> {
	const run = runCli(args, options);
	try {
		const exit = await run.waitForExit();
		return {output: run.bytes(), text: run.text(), exit};
	} finally {
		run.kill();
	}
}

/** Whether the process `pid` still exists. */
export function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * The screen a terminal would show after the run's output: the bytes are fed to a terminal
 * emulator that is resized at the same places in the stream as the pseudo-terminal was.
 */
export async function finalScreen(run: PtyRun): Promise<string[]> {
	const terminal = new xterm.Terminal({cols: run.initialColumns, rows: run.initialRows, allowProposedApi: true});
	const write = async (data: Uint8Array) =>
		new Promise<void>(resolve => {
			terminal.write(data, resolve);
		});
	const bytes = run.bytes();
	let from = 0;
	for (const {offset, columns, rows} of run.resizes) {
		await write(bytes.subarray(from, offset));
		terminal.resize(columns, rows);
		from = offset;
	}

	await write(bytes.subarray(from));
	const buffer = terminal.buffer.active;
	const lines: string[] = [];
	// A space written and a cell erased look the same; only what a person would see is compared.
	for (let row = 0; row < terminal.rows; row++) lines.push((buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '').trimEnd());
	terminal.dispose();
	return lines;
}
