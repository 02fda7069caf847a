// What the reader costs over a terminal link: bytes and time per action at 80x24, with `less`
// on the same article text as the yardstick for scrolling.
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {bundledArticlePath} from '../source/article/load.js';
import {PtySession, median, quantile} from './pty.js';
import type {Step} from './pty.js';

export const name = 'reader';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
const runs = Number(process.env['BENCH_RUNS'] ?? 5);
// Another build of the reader can be measured the same way: BENCH_READER='node other.js'.
const command = process.env['BENCH_READER']?.split(' ').filter(Boolean) ?? [process.execPath, cli];
const size = {columns: 80, rows: 24};
const env = {LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8'};

type Samples = {bytes: number[]; ms: number[]};

class Results {
	readonly samples = new Map<string, Samples>();

	add(action: string, step: Step): void {
		const samples = this.samples.get(action) ?? {bytes: [], ms: []};
		samples.bytes.push(step.bytes);
		samples.ms.push(step.lastMs);
		this.samples.set(action, samples);
	}

	bytes(action: string): number {
		return median(this.samples.get(action)?.bytes ?? []);
	}

	ms(action: string, q = 0.5): number {
		return quantile(this.samples.get(action)?.ms ?? [], q);
	}
}

const kb = 1024;

let homes = '';
let spawned = 0;

/**
 * Each start gets fresh data and config folders, so no run begins where an earlier one left
 * the article (the reader remembers positions); the cache folder (search index) is shared
 * and warmed before measuring, as it is for someone who has used the reader before.
 */
function appEnv(): Record<string, string> {
	spawned++;
	return {
		...env,
		XDG_DATA_HOME: join(homes, `data-${spawned}`),
		XDG_CONFIG_HOME: join(homes, `config-${spawned}`),
		XDG_STATE_HOME: join(homes, `state-${spawned}`),
		XDG_CACHE_HOME: join(homes, 'cache'),
	};
}

async function startApp(results: Results): Promise<PtySession | undefined> {
	const [program = process.execPath, ...args] = command;
	const session = PtySession.spawn(program, args, {...size, cwd: root, env: appEnv()});
	let first = await session.settle(session.startedAt, {quietMs: 400, maxMs: 15_000});
	// A pause while starting is not the end of the first screen: that is a drawn bottom row.
	while (!session.hasExited && first.bytes > 0 && (await session.screen()).at(-1)?.trim() === '' && performance.now() - session.startedAt < 15_000) {
		const more = await session.settle(session.startedAt + first.lastMs + 1, {quietMs: 400, maxMs: 15_000});
		if (more.bytes === 0) break;
		first = {bytes: first.bytes + more.bytes, firstMs: first.firstMs, lastMs: first.lastMs + 1 + more.lastMs};
	}

	if (session.hasExited || first.bytes === 0) {
		console.log(`  the reader did not start; its screen:\n${(await session.screen()).join('\n')}`);
		await session.close();
		return undefined;
	}

	results.add('first screen', first);
	results.add('start-up', first);
	return session;
}

async function paneView(results: Results): Promise<boolean> {
	const session = await startApp(results);
	if (!session) return false;
	results.add('j (article line)', await session.press('j'));
	results.add('Space (page)', await session.press(' '));
	results.add('Tab (focus)', await session.press('\t'));
	results.add('j (list)', await session.press('j'));
	await session.press('/');
	results.add('search char', await session.press('p'));
	await session.close('\u0003');
	return true;
}

async function zoomedView(results: Results): Promise<boolean> {
	// Its start counts as a start-up sample too (the first screen's bytes are counted once).
	const starts = new Results();
	const session = await startApp(starts);
	for (const sample of starts.samples.get('start-up')?.ms ?? []) results.add('start-up', {bytes: 0, firstMs: sample, lastMs: sample});
	if (!session) return false;
	await session.press('z');
	results.add('zoomed j', await session.press('j'));
	results.add('zoomed k', await session.press('k'));
	await session.close('\u0003');
	return true;
}

async function bareNode(results: Results): Promise<void> {
	const session = PtySession.spawn(process.execPath, ['-e', "process.stdout.write('x')"], {...size, cwd: root});
	results.add('bare node', await session.settle(session.startedAt, {quietMs: 300, maxMs: 10_000}));
	await session.close();
}

async function less(results: Results, file: string): Promise<void> {
	const session = PtySession.spawn('less', [file], {...size, cwd: root, env: {...env, LESS: '', LESSOPEN: '', LESSHISTFILE: '-'}});
	await session.settle(session.startedAt, {quietMs: 300, maxMs: 10_000});
	results.add('less j', await session.press('j'));
	results.add('less Space', await session.press(' '));
	await session.close('q');
}

function hasLess(): boolean {
	try {
		execFileSync('less', ['--version'], {stdio: 'ignore'});
		return true;
	} catch {
		return false;
	}
}

type Row = {action: string; bytes: number; limit?: number; limitText?: string; ms?: number; p95?: number; note?: string};

function verdict(value: number, limit: number | undefined): string {
	if (limit === undefined || Number.isNaN(value)) return '';
	return value <= limit ? 'ok' : 'OVER';
}

function printTable(rows: readonly Row[]): void {
	const format = (value: number | undefined, digits = 0) => (value === undefined || Number.isNaN(value) ? '-' : value.toFixed(digits));
	const lines = [['action', 'bytes', 'target', '', 'ms', 'p95 ms', 'note']];
	for (const row of rows) {
		lines.push([
			row.action,
			format(row.bytes),
			row.limitText ?? '',
			verdict(row.bytes, row.limit),
			format(row.ms, 1),
			format(row.p95, 1),
			row.note ?? '',
		]);
	}

	const widths = lines[0]!.map((_, column) => Math.max(...lines.map(line => line[column]!.length)));
	for (const line of lines) {
		console.log(`  ${line.map((cell, column) => (column === 0 || column === 6 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')}`.trimEnd());
	}
}

export async function run(): Promise<void> {
	if (!existsSync(cli)) {
		console.log(`reader: ${join('dist', 'cli.js')} is missing; run npm run build`);
		return;
	}

	const scratch = mkdtempSync(join(tmpdir(), 'pullquote-bench-'));
	homes = scratch;
	try {
		const text = join(scratch, 'article.txt');
		// With its output not a terminal, the reader prints the article as text.
		writeFileSync(text, execFileSync(process.execPath, [cli, bundledArticlePath()], {cwd: root, env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'inherit']}));
		const withLess = hasLess();
		// Warm-up: fills the shared cache and the file system's, measures nothing.
		await paneView(new Results());
		const results = new Results();
		let started = 0;
		for (let index = 0; index < runs; index++) {
			await bareNode(results);
			// Bare node as often as the reader starts: twice a run.
			await bareNode(results);
			if (await paneView(results)) started++;
			await zoomedView(results);
			if (withLess) await less(results, text);
		}

		console.log(`reader: ${process.env['BENCH_READER'] ?? 'node dist/cli.js'} at ${size.columns}x${size.rows}, median of ${runs} runs${started < runs ? ` (${started} started)` : ''}`);
		if (started === 0) return;

		const lessLine = results.bytes('less j');
		const appKeys = ['j (article line)', 'Space (page)', 'Tab (focus)', 'j (list)', 'search char', 'zoomed j', 'zoomed k'];
		const allKeyMs = appKeys.flatMap(action => results.samples.get(action)?.ms ?? []);
		const bare = results.ms('bare node');
		const startup = results.ms('start-up');
		const rows: Row[] = [
			{action: 'first screen', bytes: results.bytes('first screen'), limit: 2.5 * kb, limitText: '<= 2.5 KB'},
			...[
				['j (article line)', 1.2 * kb, '<= 1.2 KB'],
				['Space (page)', 2.5 * kb, '<= 2.5 KB'],
				['Tab (focus)', 400, '<= 400 B'],
				['j (list)', 300, '<= 300 B'],
				['search char', 1.5 * kb, '<= 1.5 KB'],
				['zoomed j', withLess ? 2 * lessLine : undefined, withLess ? `<= 2x less (${(2 * lessLine).toFixed(0)})` : 'no less'],
				['zoomed k', withLess ? 2 * lessLine : undefined, withLess ? `<= 2x less (${(2 * lessLine).toFixed(0)})` : 'no less'],
			].map(([action, limit, limitText]) => {
				const key = String(action);
				return {
					action: key,
					bytes: results.bytes(key),
					limit: limit as number | undefined,
					limitText: String(limitText),
					ms: results.ms(key),
					p95: results.ms(key, 0.95),
					note: key.startsWith('zoomed') && withLess ? `${(results.bytes(key) / lessLine).toFixed(2)}x less` : undefined,
				};
			}),
		];
		if (withLess) {
			rows.push(
				{action: 'less j', bytes: lessLine, ms: results.ms('less j'), p95: results.ms('less j', 0.95), note: 'yardstick'},
				{action: 'less Space', bytes: results.bytes('less Space'), ms: results.ms('less Space'), p95: results.ms('less Space', 0.95), note: 'yardstick'},
			);
		}

		printTable(rows);
		const ratio = startup / bare;
		const p95 = quantile(allKeyMs, 0.95);
		console.log(`  start-up to first screen ${startup.toFixed(0)} ms, bare node ${bare.toFixed(0)} ms: ${ratio.toFixed(2)}x (target <= 2.5x) ${ratio <= 2.5 ? 'ok' : 'OVER'}`);
		console.log(`  key to screen, all keys: median ${median(allKeyMs).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (target <= 16 ms) ${p95 <= 16 ? 'ok' : 'OVER'}`);
	} finally {
		rmSync(scratch, {recursive: true, force: true});
	}
}
