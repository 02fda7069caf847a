/*
 * Runs the segmenter over the hand-annotated corpus and reports how close it comes to the
 * gold: one row per article, then a summary per set against the targets.
 *
 *   npm run eval                        the dev sets and the held-out sets
 *   npm run eval -- --verbose           also every missed or spurious quote, speaker and entity
 *   npm run eval -- --set dev3,dev4     only the named sets; repeat --set or separate names
 *                                       with commas (`--set dev3 --set dev4` is the same)
 *
 * A report, not a gate: it exits 0 whether or not the targets are met, 1 only when there
 * is nothing to run.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {articleSchema, type Article} from '../source/article/schema.js';
import {findProblems} from '../source/article/check.js';
import {
	aggregate,
	goldSchema,
	meetsTarget,
	metricValue,
	scoreArticle,
	targets,
	type ArticleScore,
	type Miss,
	type Prediction,
} from '../source/segment/score.js';

type SegmentText = (text: string, options?: {id?: string; title?: string}) => Article;

const defaultSets = ['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21', 'dev22', 'dev23', 'dev24', 'dev25', 'dev26', 'heldout25'];
const corpusDirectory = fileURLToPath(new URL('../test/segment/corpus/', import.meta.url));
const segmenterUrl = new URL('../source/segment/index.js', import.meta.url);
const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');

/** The sets named by `--set NAME` or `--set=NAME` (repeatable, comma-separated), else the default list. */
function chosenSets(argv: string[]): string[] {
	const chosen: string[] = [];
	for (let index = 0; index < argv.length; index++) {
		const argument = argv[index]!;
		let value: string | undefined;
		if (argument === '--set') {
			value = argv[++index];
			if (value === undefined) fail('--set needs a set name, such as --set dev3.');
		} else if (argument.startsWith('--set=')) {
			value = argument.slice('--set='.length);
		} else {
			continue;
		}

		chosen.push(...value.split(',').map(name => name.trim()).filter(name => name !== ''));
	}

	for (const name of chosen) {
		// A name is a folder under the corpus; refuse anything that could reach outside it.
		if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) fail(`not a set name: ${name}`);
		if (!existsSync(`${corpusDirectory}${name}/`)) fail(`no such set: ${name}`);
	}

	return chosen.length > 0 ? [...new Set(chosen)] : defaultSets;
}

async function loadSegmenter(): Promise<SegmentText> {
	const sources = ['index.ts', 'index.js'].map(file => fileURLToPath(new URL(file, segmenterUrl)));
	if (!sources.some(source => existsSync(source))) {
		fail('no segmenter to evaluate yet: source/segment/index.ts does not exist.');
	}

	// A computed specifier, so the type checker does not insist the module exists.
	const module = (await import(segmenterUrl.href)) as {segmentText?: unknown};
	if (typeof module.segmentText !== 'function') {
		fail('source/segment/index.ts does not export a segmentText function.');
	}

	return module.segmentText as SegmentText;
}

function fail(message: string): never {
	console.error(`eval: ${message}`);
	process.exit(1);
}

type Row = {name: string; score: ArticleScore; note?: string};

function evaluateSet(set: string, segmentText: SegmentText): Row[] {
	const directory = `${corpusDirectory}${set}/`;
	if (!existsSync(directory)) return [];
	const names = readdirSync(directory)
		.filter(file => file.endsWith('.txt'))
		.map(file => file.slice(0, -'.txt'.length))
		.sort();

	return names.map(name => {
		const text = readFileSync(`${directory}${name}.txt`, 'utf8');
		const gold = goldSchema.parse(JSON.parse(readFileSync(`${directory}${name}.gold.json`, 'utf8')));
		let prediction: Prediction;
		let note: string | undefined;
		try {
			const article = segmentText(text, {id: name});
			prediction = article;
			note = describeInvalid(article);
		} catch (error) {
			// A crash scores as finding nothing, so the totals still count this article's gold.
			prediction = {segments: [], quotes: [], entities: []};
			note = `segmentText threw: ${error instanceof Error ? error.message : String(error)}`;
		}

		return {name, score: scoreArticle(gold, prediction), ...(note === undefined ? {} : {note})};
	});
}

/** The reader would refuse an article that fails these, so say so even if it scores well. */
function describeInvalid(article: Article): string | undefined {
	const parsed = articleSchema.safeParse(article);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		return `not a valid article: ${issue.path.join('.')}: ${issue.message}`;
	}

	const problems = findProblems(parsed.data);
	if (problems.length === 0) return undefined;
	return `inconsistent article: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`;
}

function formatRatio(value: number | null): string {
	return value === null ? '—' : value.toFixed(3);
}

function table(header: string[], rows: string[][]): string {
	const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map(row => row[column]!.length)));
	const line = (cells: string[]) =>
		cells
			.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
			.join('  ')
			.trimEnd();
	return [line(header), line(widths.map(width => '-'.repeat(width))), ...rows.map(row => line(row))].join('\n');
}

const rowHeader = ['article', 'quotes', 'P', 'R', 'F1', 'speaker', 'wrong-attr', 'person R', 'place R', 'org R', 'entity P'];

function rowCells(name: string, {counts, metrics}: Pick<ArticleScore, 'counts' | 'metrics'>): string[] {
	return [
		name,
		`${counts.matchedQuotes}/${counts.goldQuotes}/${counts.predictedQuotes}`,
		formatRatio(metrics.quotePrecision),
		formatRatio(metrics.quoteRecall),
		formatRatio(metrics.quoteF1),
		formatRatio(metrics.speakerAccuracy),
		formatRatio(metrics.wronglyAttributed),
		formatRatio(metrics.entityRecall.person),
		formatRatio(metrics.entityRecall.place),
		formatRatio(metrics.entityRecall.organization),
		formatRatio(metrics.entityPrecision),
	];
}

function describeMiss(miss: Miss): string {
	const [label, detail] = explainMiss(miss);
	return `${label.padEnd(22)}${detail}`;
}

function explainMiss(miss: Miss): [string, string] {
	const quoted = (text: string) => JSON.stringify(text);
	switch (miss.kind) {
		case 'missed-quote':
			return ['missed quote', `${quoted(miss.text)} (${miss.speaker ?? 'no speaker'})`];
		case 'spurious-quote':
			return ['spurious quote', `${quoted(miss.text)} (${miss.speaker ?? 'no speaker'})`];
		case 'wrong-speaker':
			return ['wrong speaker', `${quoted(miss.text)}: ${miss.predicted ?? 'none'}, should be ${miss.expected}`];
		case 'wrongly-attributed':
			return ['given a speaker', `${quoted(miss.text)}: ${miss.predicted}, should have none`];
		case 'missed-entity':
			return [`missed ${miss.type}`, `${miss.name}${miss.foundAs ? ` (found as ${miss.foundAs})` : ''}`];
		case 'spurious-entity':
			return [`spurious ${miss.type}`, miss.name];
	}
}

function report(set: string, rows: Row[]): void {
	console.log(`\n== ${set} (${rows.length} articles) ==\n`);
	if (rows.length === 0) {
		console.log('no articles');
		return;
	}

	console.log(table(rowHeader, rows.map(row => rowCells(row.name, row.score))));
	console.log('quotes: matched/gold/predicted; speaker: accuracy on found quotes that have one; wrong-attr: share of found speakerless quotes given a speaker');

	for (const row of rows) {
		if (row.note === undefined && (!verbose || row.score.misses.length === 0)) continue;
		console.log(`\n${row.name}`);
		if (row.note !== undefined) console.log(`  ! ${row.note}`);
		if (verbose) for (const miss of row.score.misses) console.log(`  ${describeMiss(miss)}`);
	}

	const total = aggregate(rows.map(row => row.score));
	console.log(`\n${set} summary (counts summed over articles)\n`);
	console.log(
		table(
			['metric', 'value', 'target', 'result'],
			[
				['quote precision', formatRatio(total.metrics.quotePrecision), '', ''],
				['quote recall', formatRatio(total.metrics.quoteRecall), '', ''],
				...targets.map(target => {
					const verdict = meetsTarget(total.metrics, target);
					return [
						target.label,
						formatRatio(metricValue(total.metrics, target.metric)),
						`${target.goal === 'at least' ? '>=' : '<='} ${target.value.toFixed(2)}`,
						verdict === null ? 'n/a' : verdict ? 'pass' : 'FAIL',
					];
				}),
			],
		),
	);
}

const sets = chosenSets(process.argv.slice(2));
const segmentText = await loadSegmenter();
for (const set of sets) report(set, evaluateSet(set, segmentText));
if (!verbose) console.log('\n(--verbose lists every miss)');
