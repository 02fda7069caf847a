// The segmenter's cost: what segmenting raw text adds to opening an article, and how long a
// 10,000-word article takes. Each figure is a median of repeated runs in this process, next to
// a baseline measured in the same run (opening the same article already segmented).
import {readdirSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {articleFromText} from '../source/article/open.js';
import {bundledArticlePath} from '../source/article/load.js';
import {segmentText} from '../source/segment/index.js';
import {median} from './pty.js';

const root = new URL('../', import.meta.url);
const rawBundled = readFileSync(new URL('test/segment/fixtures/putin-warns-western-troops.txt', root), 'utf8');
const segmentedBundled = readFileSync(bundledArticlePath(), 'utf8');

/** About 10,000 words of news: the corpus articles one after another, paragraphs kept. */
function longArticle(words: number): string {
	const folder = fileURLToPath(new URL('test/segment/corpus/dev/', root));
	const texts = readdirSync(folder)
		.filter(name => name.endsWith('.txt'))
		.map(name => readFileSync(`${folder}${name}`, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'));
	let text = 'A long day in the news\n\n';
	for (let index = 0; text.split(/\s+/).length < words; index++) text += `${texts[index % texts.length]!.trim()}\n\n`;
	return text;
}

async function timeIt(runs: number, work: () => unknown): Promise<number> {
	const times: number[] = [];
	for (let run = 0; run < runs; run++) {
		const start = performance.now();
		await work();
		times.push(performance.now() - start);
	}

	return median(times);
}

export async function run(): Promise<void> {
	const runs = Number(process.env['BENCH_RUNS'] ?? 15);
	// The first call pays for compiling the segmenter's code; it is measured on its own.
	const coldStart = performance.now();
	segmentText(rawBundled);
	const cold = performance.now() - coldStart;
	const openSegmented = await timeIt(runs, async () => articleFromText(segmentedBundled, 'bundled.json'));
	const openRaw = await timeIt(runs, async () => articleFromText(rawBundled, 'bundled.txt'));
	const long = longArticle(10_000);
	const longWords = long.split(/\s+/).length;
	const segmentLong = await timeIt(Math.max(3, Math.floor(runs / 3)), () => segmentText(long));
	const openLong = await timeIt(Math.max(3, Math.floor(runs / 3)), async () => articleFromText(long, 'long.txt'));

	console.log(`segment: median of ${runs} runs`);
	console.log(`  open the bundled article, segmented JSON   ${openSegmented.toFixed(2)} ms (baseline)`);
	console.log(`  open the bundled article, raw text         ${openRaw.toFixed(2)} ms (${(openRaw / openSegmented).toFixed(2)}x the baseline, +${(openRaw - openSegmented).toFixed(2)} ms)`);
	console.log(`  first segmentation in a fresh process      ${cold.toFixed(2)} ms`);
	console.log(`  segment ${longWords} words                     ${segmentLong.toFixed(1)} ms (target well under 1000 ms)`);
	console.log(`  open ${longWords} words of raw text            ${openLong.toFixed(1)} ms (segment, validate, clean)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
