// The frame writer's own share of a key press: time to turn an Ink frame into terminal bytes,
// in process, on synthetic screens shaped like the reader's (a zoomed article scrolling, two
// panes side by side). The pty benchmark measures the whole program; this isolates the writer.
import {EventEmitter} from 'node:events';
import {createFrameWriter} from '../source/render/frame-writer.js';
import {median, quantile} from './pty.js';

export const name = 'writer';

const columns = 80;
const rows = 24;
const words = ['the', 'minister', 'said', 'talks', 'would', 'resume', 'in', 'Kyiv', 'after', 'Brussels', 'pledged', 'troops'];

function textLine(seed: number, width: number): string {
	let line = '';
	for (let index = seed; ; index += 7) {
		const word = words[index % words.length]!;
		const styled = index % 5 === 0 ? `\u001B[4;38;5;221m${word}\u001B[24;39m` : word;
		const plainLength = line.replaceAll(/\u001B\[[\d;]*m/g, '').length;
		if (plainLength + word.length + 1 > width) return line;
		line += (line ? ' ' : '') + styled;
	}
}

const article = Array.from({length: 400}, (_, index) => textLine(index, columns - 2));
const narrow = Array.from({length: 400}, (_, index) => textLine(index, 48));
const list = Array.from({length: 60}, (_, index) => `item ${index}: ${textLine(index * 3, 20)}`);

function zoomed(offset: number): string[] {
	return [...article.slice(offset, offset + rows - 1).map(line => ` ${line}`), `\u001B[7m ${offset} / 400 \u001B[27m`];
}

function panes(offset: number, selected: number): string[] {
	const lines = Array.from({length: rows - 1}, (_, row) => {
		const left = narrow[offset + row] ?? '';
		const plain = left.replaceAll(/\u001B\[[\d;]*m/g, '').length;
		const item = list[row] ?? '';
		const right = row === selected ? `\u001B[7m${item}\u001B[27m` : item;
		return ` ${left}${' '.repeat(49 - plain)}│${right}`;
	});
	return [...lines, `\u001B[7m ${offset} \u001B[27m`];
}

type Workload = {name: string; frames: string[][]};

const workloads: Workload[] = [
	{name: 'zoomed j x200', frames: Array.from({length: 200}, (_, index) => zoomed(index))},
	{name: 'zoomed Space x15', frames: Array.from({length: 15}, (_, index) => zoomed(index * 23))},
	{name: 'pane j x200', frames: Array.from({length: 200}, (_, index) => panes(index, 3))},
	{name: 'list j x20', frames: Array.from({length: 20}, (_, index) => panes(0, index))},
];

function measure(frames: readonly string[][]): {ms: number[]; bytes: number[]} {
	let written = 0;
	const output = Object.assign(new EventEmitter(), {
		columns,
		rows,
		write(chunk: string) {
			written += Buffer.byteLength(chunk);
			return true;
		},
	});
	const pending: Array<() => void> = [];
	const writer = createFrameWriter(output, {schedule: draw => pending.push(draw)});
	writer.start();
	const ms: number[] = [];
	const bytes: number[] = [];
	for (const [index, frame] of frames.entries()) {
		written = 0;
		const start = performance.now();
		writer.inkStream.write(`${frame.join('\n')}\n`);
		while (pending.length > 0) pending.shift()?.();
		// The first frame paints a blank screen: not a key press.
		if (index > 0) {
			ms.push(performance.now() - start);
			bytes.push(written);
		}
	}

	writer.stop();
	return {ms, bytes};
}

export async function run(): Promise<void> {
	console.log(`writer: one frame in, terminal bytes out, ${columns}x${rows}, in process`);
	for (const workload of workloads) measure(workload.frames);
	for (const workload of workloads) {
		const {ms, bytes} = measure(workload.frames);
		console.log(`  ${workload.name.padEnd(18)} ${median(bytes).toFixed(0).padStart(5)} B/frame  ${median(ms).toFixed(3)} ms median  ${quantile(ms, 0.95).toFixed(3)} ms p95`);
	}
}
