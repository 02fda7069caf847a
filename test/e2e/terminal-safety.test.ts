import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach, describe, expect, it} from 'vitest';
import {cliPath, finalScreen, isRunning, repoRoot, runCli, runShell, runToEnd, type Environment, type PtyOptions, type PtyRun} from './pty.js';

/*
 * Every byte the program writes to a real pseudo-terminal, checked for what an untrusted
 * article could smuggle through to the terminal, and for the promises the README makes
 * about colour, ASCII, dumb terminals, pipes, signals and resizing.
 */

const ESC = '\u001B';

const hostile = {
	json: 'test/fixtures/hostile/hostile.json',
	text: 'test/fixtures/hostile/hostile.txt',
	invalidUtf8: 'test/fixtures/hostile/hostile-invalid-utf8.txt',
} as const;

/** A word each hostile input has a search result for. */
const searchWords: Record<string, string> = {
	[hostile.json]: 'ferry',
	[hostile.text]: 'ferry',
	[hostile.invalidUtf8]: 'news',
};

const running: PtyRun[] = [];
const track = (run: PtyRun) => {
	running.push(run);
	return run;
};

afterEach(() => {
	for (const run of running.splice(0)) run.dispose();
});

const start = (args: string[], options: PtyOptions = {}) => track(runCli(args, options));
const startShell = (command: string, options: PtyOptions = {}) => track(runShell(command, options));
const shellQuote = (text: string) => `'${text.replaceAll("'", String.raw`'\''`)}'`;
/** The reader opened on `path` piped in, as `cat path | pullquote` would. */
const pipedReader = (path: string, options: PtyOptions = {}) => startShell(`cat ${shellQuote(path)} | exec node ${shellQuote(cliPath)}`, options);

/** The first screen is drawn once the status line, the last line of a frame, is there. */
const firstScreen = async (run: PtyRun) => run.waitForScreen('q quit');

/** Presses `keys` and waits until the screen shows `expected` in answer. */
async function press(run: PtyRun, keys: string, expected: string | RegExp): Promise<string> {
	run.write(keys);
	return run.waitForScreen(expected);
}

/** Opens a search for `word`, jumps to the first result, moves to the results pane and copies. */
async function searchJumpAndCopy(run: PtyRun, word: string): Promise<void> {
	await firstScreen(run);
	await press(run, '/', 'Esc done');
	await press(run, word, /[1-9]\d* match/);
	await press(run, '\r', /\d+%\s+Article/);
	await press(run, '\t', /\d+%\s+Results/);
	// j may have nothing to move to (and then draws nothing); y answers either way.
	await press(run, 'jy', /Copied|Select a quote/);
}

async function quit(run: PtyRun) {
	run.write('q');
	return run.waitForExit();
}

type Quote = {text: string; speaker: string | null};

/** The article's quotes as `quotes --json` lists them, read outside any terminal. */
function quotesOf(path: string, {piped = false} = {}): Quote[] {
	const result = spawnSync(process.execPath, piped ? [cliPath, 'quotes', '--json'] : [cliPath, 'quotes', '--json', path], {
		cwd: repoRoot,
		input: piped ? readFileSync(join(repoRoot, path)) : undefined,
		encoding: 'utf8',
	});
	expect(result.status).toBe(0);
	return JSON.parse(result.stdout) as Quote[];
}

// The program's own clipboard write: OSC 52 to the clipboard with a base64 payload, BEL-terminated.
const clipboardWrite = /\u001B\]52;c;([A-Za-z\d+/=]*)\u0007/g;

/** Each clipboard write in `text`, and what it would put on the clipboard. */
const clipboardWrites = (text: string) =>
	[...text.matchAll(clipboardWrite)].map(([sequence, payload = '']) => ({sequence, copied: Buffer.from(payload, 'base64').toString('utf8')}));

const controlCharacter = /[\u0000-\u001F\u007F-\u009F]/;
const bidiControl = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const invisible = /[\u200B\u200C\u2060\uFEFF]/;

/** What no output may contain, whatever the article holds (but for the program's own clipboard writes). */
const forbidden: Array<[string, RegExp]> = [
	['a title-setting OSC', /\u001B\][012];/],
	['an OSC of any kind', /\u001B\]/],
	['a BEL', /\u0007/],
	['an 8-bit C1 control', /[\u0080-\u009F]/],
	['a DCS, SOS, PM or APC introducer', /\u001B[PX^_]/],
	['a bidi override, embedding, isolate or mark', bidiControl],
	['a zero-width space, non-joiner, word joiner or BOM', invisible],
	['NUL', /\u0000/],
	['BS', /\u0008/],
	['DEL', /\u007F/],
	['another C0 control (tab, form feed, ...)', /[\u0001-\u0006\u0009\u000B\u000C\u000E-\u001A\u001C-\u001F]/],
	// Leftovers of a sequence whose ESC was removed but not the rest.
	['the text of the hostile title sequence', /pwned/],
	['the payload of the hostile clipboard write', /ZWNobyBwd25lZA/],
];

/**
 * Names and surroundings of everything forbidden in `text`, for a readable failure.
 * `ownWrites` are the program's clipboard writes, already checked; any other is forbidden.
 */
function forbiddenFound(text: string, ownWrites: string[] = []): string[] {
	let rest = text;
	for (const write of ownWrites) rest = rest.replace(write, '');
	return forbidden.flatMap(([name, pattern]) => {
		const match = pattern.exec(rest);
		if (match === null) return [];
		return [`${name} at ${JSON.stringify(rest.slice(Math.max(0, match.index - 30), match.index + 30))}`];
	});
}

const isValidUtf8 = (bytes: Buffer) => {
	try {
		new TextDecoder('utf-8', {fatal: true}).decode(bytes);
		return true;
	} catch {
		return false;
	}
};

/** SGR sequences that set a foreground or background colour (16, 256 or truecolour). */
function colourSgr(text: string): string[] {
	return [...text.matchAll(/\u001B\[([\d;:]*)m/g)]
		.filter(([, parameters = '']) =>
			parameters.split(/[;:]/).some(parameter => {
				const value = Number(parameter);
				return parameter !== '' && ((value >= 30 && value <= 49) || (value >= 90 && value <= 107));
			}),
		)
		.map(([sequence]) => sequence);
}

/** The SGR parameters the stream uses, each on its own. */
function sgrParameters(text: string): Set<string> {
	return new Set([...text.matchAll(/\u001B\[([\d;]*)m/g)].flatMap(([, parameters = '']) => parameters.split(';')));
}

const count = (text: string, part: string) => text.split(part).length - 1;
const clearScreen = `${ESC}[2J`;

const nonAscii = (bytes: Buffer) => [...new Set([...bytes.toString('utf8')].filter(character => character.codePointAt(0)! > 0x7F))];

describe('the checks themselves', () => {
	// Were the fixture written to the terminal as it is, every check would object.
	it('find everything the hostile fixtures hold', () => {
		const raw = readFileSync(join(repoRoot, hostile.text), 'utf8') + JSON.parse(readFileSync(join(repoRoot, hostile.json), 'utf8')).segments[3].text;
		const found = forbiddenFound(raw).map(finding => finding.split(' at ')[0]);
		expect(found).toEqual(
			expect.arrayContaining([
				'a title-setting OSC',
				'an 8-bit C1 control',
				'a bidi override, embedding, isolate or mark',
				'a zero-width space, non-joiner, word joiner or BOM',
				'NUL',
				'BS',
				'the payload of the hostile clipboard write',
			]),
		);
		expect(colourSgr(raw)).toEqual([`${ESC}[31m`]);
		expect(count(raw, clearScreen)).toBe(1);
		expect(isValidUtf8(readFileSync(join(repoRoot, hostile.invalidUtf8)))).toBe(false);
		expect(nonAscii(Buffer.from(raw))).not.toEqual([]);
	});
});

describe('a hostile article in the reader reaches the terminal clean', () => {
	const noColour: Environment = {NO_COLOR: '1'};
	let bundledClears: number | undefined;

	/** How many times the reader clears the screen for the same keys on the bundled article. */
	async function clearsOnBundledArticle(): Promise<number> {
		if (bundledClears === undefined) {
			const run = start([], {env: noColour});
			await searchJumpAndCopy(run, 'reasurance');
			expect(await quit(run)).toMatchObject({exitCode: 0});
			bundledClears = count(run.text(), clearScreen);
		}

		return bundledClears;
	}

	const cases: Array<[string, () => PtyRun, string, () => Quote[]]> = [
		[hostile.json, () => start([hostile.json], {env: noColour}), searchWords[hostile.json]!, () => quotesOf(hostile.json)],
		[hostile.text, () => start([hostile.text], {env: noColour}), searchWords[hostile.text]!, () => quotesOf(hostile.text)],
		[hostile.invalidUtf8, () => start([hostile.invalidUtf8], {env: noColour}), searchWords[hostile.invalidUtf8]!, () => quotesOf(hostile.invalidUtf8)],
		[`${hostile.text} piped on standard input`, () => pipedReader(hostile.text, {env: noColour}), 'ferry', () => quotesOf(hostile.text, {piped: true})],
	];

	for (const [name, open, word, quotes] of cases) {
		it(`writes nothing forbidden while reading, searching and copying ${name}`, async () => {
			const run = open();
			await searchJumpAndCopy(run, word);
			expect(await quit(run)).toMatchObject({exitCode: 0});
			const text = run.text();

			// y copies the selected result when it is a quote: exactly one clipboard write, of that quote.
			const writes = clipboardWrites(text);
			expect(writes).toHaveLength(text.includes('Copied the quote') ? 1 : 0);
			for (const {copied} of writes) {
				expect(copied).not.toMatch(controlCharacter);
				expect(copied).not.toMatch(bidiControl);
				expect(copied).not.toMatch(invisible);
				expect(quotes().some(quote => copied.startsWith(`\u201C${quote.text}\u201D`))).toBe(true);
			}

			expect(isValidUtf8(run.bytes())).toBe(true);
			expect(forbiddenFound(text, writes.map(write => write.sequence))).toEqual([]);
			expect(colourSgr(text)).toEqual([]);
			expect(count(text, clearScreen)).toBe(await clearsOnBundledArticle());
		});
	}

	it('copies the hostile quote it found, cleaned', async () => {
		const run = start([hostile.json], {env: noColour});
		await searchJumpAndCopy(run, 'ferry');
		expect(run.text()).toContain('Copied the quote');
		expect(clipboardWrites(run.text()).map(write => write.copied)).toEqual(['\u201CThe island needs a ferry, not a promise of one,\u201D \u2014 Tom Okafor, Harbour council votes to close the old ferry terminal']);
		await quit(run);
	});
});

describe('every subcommand writes hostile text clean', () => {
	const noColour: Environment = {NO_COLOR: '1'};
	const textCommands = (word: string) => [['quotes'], ['quotes', '--format', 'markdown'], ['entities'], ['search', word]];
	const jsonCommands = (word: string) => [['quotes', '--json'], ['entities', '--json'], ['search', word, '--json']];

	/** What a command wrote and how it ended, given an article path or the hostile text piped in. */
	async function output(command: string[], input: string | 'piped', env: Environment = noColour) {
		if (input !== 'piped') return runToEnd([...command, input], {env});
		const run = startShell(`cat ${shellQuote(hostile.text)} | exec node ${shellQuote(cliPath)} ${command.map(part => shellQuote(part)).join(' ')}`, {env});
		const exit = await run.waitForExit();
		return {output: run.bytes(), text: run.text(), exit};
	}

	/** Strings anywhere in a parsed JSON value. */
	const stringsIn = (value: unknown): string[] => {
		if (typeof value === 'string') return [value];
		if (Array.isArray(value)) return value.flatMap(item => stringsIn(item));
		if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(item => stringsIn(item));
		return [];
	};

	function expectCleanText(name: string, result: Awaited<ReturnType<typeof output>>) {
		expect(isValidUtf8(result.output), name).toBe(true);
		expect(result.text, name).not.toContain(ESC);
		expect(forbiddenFound(result.text), name).toEqual([]);
	}

	function expectCleanJson(name: string, result: Awaited<ReturnType<typeof output>>) {
		expectCleanText(name, result);
		// The terminal turns each newline into CR LF; JSON itself has control characters only as \u escapes.
		const json = result.text.replaceAll('\r\n', '\n');
		expect(json, name).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
		const strings = stringsIn(JSON.parse(json));
		expect(strings.length, name).toBeGreaterThan(0);
		expect(
			strings.filter(string => controlCharacter.test(string.replaceAll('\n', '')) || bidiControl.test(string) || invisible.test(string)),
			name,
		).toEqual([]);
	}

	for (const input of [hostile.json, hostile.text, hostile.invalidUtf8, 'piped'] as const) {
		const word = searchWords[input === 'piped' ? hostile.text : input]!;
		const outputs = async (commands: string[][]) => Promise.all(commands.map(async command => [command.join(' '), await output(command, input)] as const));

		it(`quotes, entities and search on ${input === 'piped' ? 'the hostile text piped in' : input}`, async () => {
			const [texts, jsons] = await Promise.all([outputs(textCommands(word)), outputs(jsonCommands(word))]);
			for (const [name, result] of [...texts, ...jsons]) {
				expect(result.exit.exitCode, name).toBe(0);
				expect(result.text.trim(), name).not.toBe('');
			}

			for (const [name, result] of texts) expectCleanText(name, result);
			for (const [name, result] of jsons) expectCleanJson(name, result);
		});
	}

	for (const input of [hostile.text, hostile.invalidUtf8]) {
		it(`segment ${input}`, async () => {
			const result = await output(['segment'], input);
			expect(result.exit.exitCode).toBe(0);
			expectCleanJson('segment', result);
		});
	}

	for (const input of [hostile.json, hostile.text, hostile.invalidUtf8, 'piped'] as const) {
		it(`prints ${input === 'piped' ? 'the hostile text piped in' : input} as plain text on a dumb terminal`, async () => {
			const result = await output([], input, {...noColour, TERM: 'dumb'});
			expect(result.exit.exitCode).toBe(0);
			expect(result.text).toMatch(/Harbour council|Ferry/);
			expectCleanText('plain text', result);
		});
	}
});

describe('colour', () => {
	/** The bundled article with a search result jumped to: quotes, mentions, focus and the jump mark all drawn. */
	async function readWithMarks(args: string[], env: Environment): Promise<string> {
		const run = start(args, {env});
		await firstScreen(run);
		await press(run, '/', 'Esc done');
		await press(run, 'reasurance', /2 matches/);
		await press(run, '\r', /\d+%\s+Article/);
		expect(await quit(run)).toMatchObject({exitCode: 0});
		return run.text();
	}

	it('without colour (NO_COLOR) still shows focus and marks through inverse and bold or underline', async () => {
		const text = await readWithMarks([], {NO_COLOR: '1'});
		expect(colourSgr(text)).toEqual([]);
		const parameters = sgrParameters(text);
		expect(parameters.has('7')).toBe(true);
		expect(parameters.has('1') || parameters.has('4')).toBe(true);
	});

	it('with --color=never on a colour terminal draws no colour', async () => {
		const text = await readWithMarks(['--color=never'], {TERM: 'xterm-256color'});
		expect(colourSgr(text)).toEqual([]);
		expect(sgrParameters(text).has('7')).toBe(true);
	});

	it('with --color=always on xterm-256color draws colour', async () => {
		const text = await readWithMarks(['--color=always'], {TERM: 'xterm-256color'});
		expect(colourSgr(text).length).toBeGreaterThan(0);
	});

	// Node warns on standard error when NO_COLOR and FORCE_COLOR are both set, and the reader sets
	// FORCE_COLOR itself: such a warning would land on the main screen and stay there after quitting.
	it('with NO_COLOR writes nothing onto the main screen before the reader opens', async () => {
		const run = start([], {env: {NO_COLOR: '1'}});
		await firstScreen(run);
		await quit(run);
		expect(run.text()).not.toContain('Warning');
		expect(run.text().startsWith(`${ESC}[?1049h`)).toBe(true);
	});
});

describe('ASCII only', () => {
	const settings: Array<[string, string[], Environment]> = [
		['LANG=C', [], {LANG: 'C', LC_ALL: undefined, LC_CTYPE: undefined}],
		['--ascii', ['--ascii'], {LANG: 'C.UTF-8'}],
	];

	for (const [name, flags, env] of settings) {
		it(`with ${name} the reader writes only ASCII: first screen, search and help`, async () => {
			const run = start(flags, {env});
			await firstScreen(run);
			expect(nonAscii(run.bytes())).toEqual([]);
			await press(run, '/', 'Esc done');
			await press(run, 'zelensky', /[1-9]\d* match/);
			await press(run, '\r', /\d+%\s+Article/);
			expect(nonAscii(run.bytes())).toEqual([]);
			await press(run, '?', 'Reading');
			expect(nonAscii(run.bytes())).toEqual([]);
			await press(run, '?', 'q quit');
			expect(await quit(run)).toMatchObject({exitCode: 0});
			expect(nonAscii(run.bytes())).toEqual([]);
		});

		it(`with ${name} quotes, entities and plain text are ASCII, typographic marks transliterated`, async () => {
			const results = await Promise.all([
				runToEnd([...flags, 'quotes'], {env}),
				runToEnd([...flags, 'quotes', '--format', 'markdown'], {env}),
				runToEnd([...flags, 'entities'], {env}),
				runToEnd([...flags], {env: {...env, TERM: 'dumb'}}),
				runToEnd([...flags, hostile.json], {env: {...env, TERM: 'dumb'}}),
			]);
			for (const result of results) {
				expect(result.exit.exitCode).toBe(0);
				expect(nonAscii(result.output)).toEqual([]);
			}

			// The bundled article's curly quotes and dashes come out as ASCII ones rather than being dropped.
			expect(results[0]!.text).toContain('"legitimate"');
			expect(results[3]!.text).toContain('committed - some others');
		});
	}
});

describe('a dumb terminal', () => {
	it('gets the article as plain text, no full-screen interface', async () => {
		const result = await runToEnd([], {env: {TERM: 'dumb'}});
		expect(result.exit.exitCode).toBe(0);
		expect(result.text).not.toContain(`${ESC}[?1049h`);
		expect(result.text).not.toContain(ESC);
		expect(result.text).toContain('Putin warns Western troops');
		expect(result.text).toContain('reassurance force');
	});
});

describe('an article piped in while keys come from the terminal', () => {
	const directory = mkdtempSync(join(tmpdir(), 'pullquote-pty-'));
	afterAll(() => rmSync(directory, {recursive: true, force: true}));

	it('opens the piped article and obeys the keys typed', async () => {
		const path = join(directory, 'lighthouse.txt');
		writeFileSync(
			path,
			'Lighthouse on Skarra island lit again\n\n' +
				'The lighthouse on Skarra island was lit again on Monday after four years in the dark.\n\n' +
				'\u201CWe missed the light more than we knew,\u201D said Ines Okoro, the keeper.\n',
		);
		const run = pipedReader(path);
		const screen = await firstScreen(run);
		expect(screen).toContain('Lighthouse on Skarra island');
		await press(run, '/', 'Esc done');
		await press(run, 'Okoro', /[1-9]\d* match/);
		await press(run, '\r', /\d+%\s+Article/);
		expect(await quit(run)).toMatchObject({exitCode: 0});
	});
});

describe('signals', () => {
	/** The reader under a shell that, once it ends, says how it ended and whether the terminal is in line mode again. */
	const readerUnderShell = () => startShell(`node ${shellQuote(cliPath)}; echo EXIT=$?; stty -a | grep -o -- '-*icanon'`);

	/** The process id of the reader itself, the shell's child. */
	function readerPid(run: PtyRun): number {
		const children = spawnSync('pgrep', ['-P', String(run.pid)], {encoding: 'utf8'}).stdout.trim().split('\n');
		expect(children).toHaveLength(1);
		return Number(children[0]);
	}

	for (const [signal, code] of [
		['SIGHUP', 129],
		['SIGTERM', 143],
		['SIGINT', 130],
	] as const) {
		it(`on ${signal} ends promptly and leaves the terminal restored`, async () => {
			const run = readerUnderShell();
			await firstScreen(run);
			const pid = readerPid(run);
			process.kill(pid, signal);
			// A generous bound: the point is that it ends at all, not how fast.
			const after = await run.waitForOutput(/(?:^|\n)-?icanon\r?$/m, {timeout: 5000});
			expect(after).toContain(`EXIT=${code}`);
			expect(after).toMatch(/(?:^|\n)icanon\r?$/m);
			expect(isRunning(pid)).toBe(false);

			const text = after.slice(0, after.indexOf('EXIT='));
			// The last word on each setting is the restoring one.
			expect(text.lastIndexOf(`${ESC}[?25h`)).toBeGreaterThan(text.lastIndexOf(`${ESC}[?25l`));
			expect(text.lastIndexOf(`${ESC}[?1049l`)).toBeGreaterThan(text.lastIndexOf(`${ESC}[?1049h`));
			// Nothing is drawn after leaving the alternate screen; showing the cursor again is harmless.
			expect(text.slice(text.lastIndexOf(`${ESC}[?1049l`))).toMatch(/^\u001B\[\?1049l(?:\u001B\[\?25h|\u001B\[0?m)*$/);
			await run.waitForExit();
		});
	}
});

describe('the first screen', () => {
	// The reader draws its first screen before Ink has loaded; once Ink is up, its first frame
	// is that same screen, so nothing more is written until a key is pressed.
	it('is written once: Ink coming up writes nothing, and keys then work', async () => {
		const run = start([], {columns: 80, rows: 24});
		const screen = await firstScreen(run);
		const drawn = run.offset;
		await new Promise(resolve => setTimeout(resolve, 1500));
		expect(run.offset).toBe(drawn);
		expect(screen).toContain('│ Quotes (12)');
		// z zooms the article to the whole screen: the sidebar and its separator go.
		run.write('z');
		await run.waitForQuiet({after: drawn});
		expect(run.screen()).toMatch(/^ Article {2}\d+%/);
		expect(run.screen()).not.toContain('│');
		expect(await quit(run)).toMatchObject({exitCode: 0});
	});
});

describe('resizing', () => {
	/** The bundled article at 80x24 put through `sizes` one right after another. */
	async function resizeQuickly(sizes: Array<[number, number]>): Promise<PtyRun> {
		const run = start([], {columns: 80, rows: 24});
		await firstScreen(run);
		await run.waitForQuiet();
		for (const [columns, rows] of sizes) run.resize(columns, rows);
		return run;
	}

	async function freshScreen(columns: number, rows: number): Promise<string[]> {
		const run = start([], {columns, rows});
		await firstScreen(run);
		await run.waitForQuiet({quiet: 500});
		const screen = await finalScreen(run);
		await quit(run);
		return screen;
	}

	it('after a quick series of resizes shows what a fresh start at the last size shows', async () => {
		const run = await resizeQuickly([
			[40, 12],
			[300, 100],
			[100, 30],
		]);
		await run.waitForScreen('q quit');
		await run.waitForQuiet({quiet: 500});
		const screen = await finalScreen(run);
		expect(screen.join('\n')).toBe((await freshScreen(100, 30)).join('\n'));
		expect(await quit(run)).toMatchObject({exitCode: 0});
	});

	// Node emits 'resize' on stdout only when the size it reads on SIGWINCH differs from the last
	// one it saw: a burst of resizes that ends at the starting size must still be repainted.
	it('after a quick series of resizes back to the starting size shows what a fresh start shows', async () => {
		const run = await resizeQuickly([
			[40, 12],
			[300, 100],
			[100, 30],
			[80, 24],
		]);
		await run.waitForQuiet({quiet: 1500});
		const screen = await finalScreen(run);
		expect(screen.join('\n')).toBe((await freshScreen(80, 24)).join('\n'));
		await quit(run);
	});
});
