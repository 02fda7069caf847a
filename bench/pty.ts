// A program in a pseudo-terminal, driven key by key, with every byte it writes counted and
// timestamped. A headless terminal emulator reads the same bytes, answers the program's
// queries (as a real terminal would) and shows what ended up on the screen.
import xterm from '@xterm/headless';
import pty from 'node-pty';
import type {IPty} from 'node-pty';

export type Step = {
	/** Bytes the program wrote in answer to the step. */
	readonly bytes: number;
	/** Milliseconds from the step's start to its first and last byte (NaN when nothing came). */
	readonly firstMs: number;
	readonly lastMs: number;
};

export type SpawnOptions = {
	readonly columns?: number;
	readonly rows?: number;
	readonly cwd?: string;
	readonly env?: Record<string, string>;
};

/**
 * How long without output ends a step, the most a step may take, and whether the silence
 * only counts once the program wrote something (the default: a slow answer is still its answer).
 */
export type Quiet = {readonly quietMs?: number; readonly maxMs?: number; readonly expectOutput?: boolean};

export class PtySession {
	private received: Array<{at: number; bytes: number}> = [];
	private readonly screenEmulator;
	private exited = false;
	private waiter: (() => void) | undefined;

	private constructor(
		private readonly child: IPty,
		readonly startedAt: number,
		columns: number,
		rows: number,
	) {
		this.screenEmulator = new xterm.Terminal({cols: columns, rows, allowProposedApi: true});
		this.screenEmulator.onData(answer => {
			if (!this.exited) this.child.write(answer);
		});
		child.onData(data => {
			const chunk = data as unknown as Buffer;
			this.received.push({at: performance.now(), bytes: chunk.length});
			this.screenEmulator.write(chunk);
			this.waiter?.();
		});
		child.onExit(() => {
			this.exited = true;
			this.waiter?.();
		});
	}

	static spawn(command: string, args: readonly string[], options: SpawnOptions = {}): PtySession {
		const columns = options.columns ?? 80;
		const rows = options.rows ?? 24;
		const startedAt = performance.now();
		const child = pty.spawn(command, [...args], {
			name: 'xterm-256color',
			cols: columns,
			rows,
			cwd: options.cwd ?? process.cwd(),
			env: {...process.env, TERM: 'xterm-256color', ...options.env} as Record<string, string>,
			// Buffers rather than strings: bytes are what is counted.
			encoding: null,
		});
		return new PtySession(child, startedAt, columns, rows);
	}

	get hasExited(): boolean {
		return this.exited;
	}

	/** Waits until the program has been silent for `quietMs` (or exited), then reports since `since`. */
	async settle(since: number, {quietMs = 150, maxMs = 5000, expectOutput = true}: Quiet = {}): Promise<Step> {
		const deadline = since + maxMs;
		for (;;) {
			const last = this.received.at(-1)?.at;
			const quietUntil = last === undefined && expectOutput ? deadline : Math.max(last ?? since, since) + quietMs;
			const now = performance.now();
			if (this.exited || now >= quietUntil || now >= deadline) break;
			await new Promise<void>(resolve => {
				const timer = setTimeout(done, Math.min(quietUntil, deadline) - now);
				function done() {
					clearTimeout(timer);
					resolve();
				}

				this.waiter = done;
			});
			this.waiter = undefined;
		}

		const step = this.received.filter(chunk => chunk.at >= since);
		this.received = [];
		const first = step[0];
		const last = step.at(-1);
		return {
			bytes: step.reduce((sum, chunk) => sum + chunk.bytes, 0),
			firstMs: first ? first.at - since : Number.NaN,
			lastMs: last ? last.at - since : Number.NaN,
		};
	}

	/** Sends keys and waits for the screen to settle. */
	async press(keys: string, quiet?: Quiet): Promise<Step> {
		this.received = [];
		const since = performance.now();
		this.child.write(keys);
		return this.settle(since, quiet);
	}

	/** The emulator's screen as text, one string per row. */
	async screen(): Promise<string[]> {
		// Let the emulator finish parsing what it was given.
		await new Promise<void>(resolve => {
			this.screenEmulator.write('', resolve);
		});
		const buffer = this.screenEmulator.buffer.active;
		return Array.from({length: this.screenEmulator.rows}, (_, row) => buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
	}

	/** Ends the program: `keys` first if given (such as q), then a kill if it is still there. */
	async close(keys?: string): Promise<void> {
		if (keys && !this.exited) {
			this.child.write(keys);
			await this.settle(performance.now(), {quietMs: 100, maxMs: 1000, expectOutput: false});
		}

		if (!this.exited) {
			this.child.kill();
			await this.settle(performance.now(), {quietMs: 50, maxMs: 500, expectOutput: false});
		}

		this.screenEmulator.dispose();
	}
}

export function median(values: readonly number[]): number {
	return quantile(values, 0.5);
}

/** The q-quantile by linear interpolation; NaN for no values. */
export function quantile(values: readonly number[], q: number): number {
	const sorted = values.filter(value => !Number.isNaN(value)).sort((a, b) => a - b);
	if (sorted.length === 0) return Number.NaN;
	const position = (sorted.length - 1) * q;
	const below = Math.floor(position);
	const above = Math.ceil(position);
	return (sorted[below] ?? 0) + ((sorted[above] ?? 0) - (sorted[below] ?? 0)) * (position - below);
}
