import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {cliPath} from '../e2e/tmux.js';

const folder = mkdtempSync(join(tmpdir(), 'pullquote-cli-'));

/** Runs the built command as a script would: no terminal on any side. */
function run(args: string[], input?: string) {
	const result = spawnSync(process.execPath, [cliPath, ...args], {
		input,
		stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
		encoding: 'utf8',
		env: {...process.env, NO_COLOR: '1', LANG: 'C.UTF-8', XDG_DATA_HOME: join(folder, 'data'), XDG_CACHE_HOME: join(folder, 'cache')},
	});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

describe('pullquote on the command line', () => {
	it('prints help and version', () => {
		const help = run(['--help']);
		expect(help.code).toBe(0);
		for (const command of ['quotes', 'entities', 'search', 'segment']) expect(help.stdout).toContain(`pullquote ${command}`);
		expect(run(['quotes', '--jsno'])).toMatchObject({code: 2, stdout: '', stderr: 'pullquote: unknown option --jsno (see pullquote --help)\n'});
		const version = run(['--version']);
		expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version);
	});

	it('prints the article as plain text when the output is not a terminal', () => {
		const {code, stdout} = run([]);
		expect(code).toBe(0);
		expect(stdout).toContain('Russian President Vladimir Putin warned Friday');
		expect(stdout).toContain('‘Coalition of the willing’');
		expect(stdout).not.toMatch(/\u001B/);
	});

	it('lists every quote with its speaker as one JSON array', () => {
		const {code, stdout} = run(['quotes', '--json']);
		expect(code).toBe(0);
		const quotes = JSON.parse(stdout) as Array<{text: string; speaker: string | null}>;
		expect(quotes).toHaveLength(12);
		expect(quotes.filter(quote => quote.speaker === 'Vladimir Putin').map(quote => quote.text)).toContain('root causes');
		expect(quotes.find(quote => quote.text === 'coalition of the willing.')?.speaker).toBeNull();
	});

	it('lists entities with type, aliases and mentions', () => {
		const entities = JSON.parse(run(['entities', '--json']).stdout) as Array<{name: string; type: string; aliases: string[]; mentions: unknown[]}>;
		const britain = entities.find(entity => entity.name === 'Britain');
		expect(britain).toMatchObject({type: 'place', aliases: ['U.K.']});
		expect(britain?.mentions).toHaveLength(2);
	});

	it('searches with typos, ranks, limits, and exits 1 on no match', () => {
		const hits = JSON.parse(run(['search', 'zelensky', '--json', '--limit', '2']).stdout) as Array<{kind: string; name?: string; score: number}>;
		expect(hits).toHaveLength(2);
		expect(hits[0]).toMatchObject({kind: 'entity', name: 'Volodymyr Zelenskyy'});
		const none = run(['search', 'xqzjvwk']);
		expect(none.code).toBe(1);
		expect(none.stdout).toBe('');
		expect(none.stderr).toContain('no matches');
		expect(run(['search']).code).toBe(2);
	});

	it('reads a raw article from a pipe and from a .txt file', () => {
		const story = 'Harbour works to start\n\nMayor Ana Ruiz said the harbour "will reopen by June." Critics called the plan "a gamble."\n';
		const piped = JSON.parse(run(['quotes', '--json'], story).stdout) as Array<{text: string; speaker: string | null}>;
		expect(piped[0]).toMatchObject({text: 'will reopen by June.', speaker: 'Ana Ruiz'});
		const path = join(folder, 'story.txt');
		writeFileSync(path, story);
		expect(run(['quotes', path]).stdout).toContain('Ana Ruiz');
		const segmented = run(['segment', path]);
		expect(JSON.parse(segmented.stdout)).toMatchObject({format: 'pullquote/segmented-article', meta: {title: 'Harbour works to start'}});
	});

	it('says what is wrong with a bad file in one line, with no stack trace', () => {
		const cases: Array<[string, string | Uint8Array, RegExp]> = [
			['binary.json', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]), /binary/],
			['empty.json', '', /empty/],
			['broken.json', '{"format": "pullquote', /not valid JSON/],
			['shape.json', '{"format": "pullquote/segmented-article", "version": 1}', /meta/],
		];
		for (const [name, content, problem] of cases) {
			const path = join(folder, name);
			writeFileSync(path, content);
			const {code, stdout, stderr} = run([path]);
			expect(code).toBe(1);
			expect(stdout).toBe('');
			expect(stderr).toMatch(problem);
			expect(stderr).toContain(path);
			expect(stderr.trim().split('\n')).toHaveLength(1);
			expect(stderr).not.toMatch(/\n\s+at /);
		}

		const missing = run(['quotes', join(folder, 'missing.json')]);
		expect(missing).toMatchObject({code: 1, stderr: `pullquote: ${join(folder, 'missing.json')}: no such file\n`});
	});

	it('keeps a library: add, list, search across it with --all, refuse duplicates, remove', () => {
		const library = join(folder, 'library');
		const story = join(folder, 'ferry.txt');
		writeFileSync(story, 'Ferry service returns\n\nHarbour master Ian Cole said the ferry "will sail again on Monday."\n');
		const added = run(['add', story, '--library', library]);
		expect(added.code).toBe(0);
		expect(added.stdout).toContain('added as ferry-service-returns');
		const again = run(['add', story, '--library', library]);
		expect(again.stdout).toContain('already in the library as ferry-service-returns');
		const listed = JSON.parse(run(['list', '--json', '--library', library]).stdout) as Array<{id: string; quotes?: number; bundled: boolean}>;
		expect(listed.map(entry => entry.id)).toEqual(['putin-warns-western-troops', 'ferry-service-returns']);
		const hits = JSON.parse(run(['search', 'monady', '--all', '--json', '--library', library]).stdout) as Array<{articleTitle: string}>;
		expect(hits[0]?.articleTitle).toBe('Ferry service returns');
		const quotes = JSON.parse(run(['quotes', '--all', '--json', '--library', library]).stdout) as unknown[];
		expect(quotes).toHaveLength(13);
		expect(run(['remove', 'putin-warns-western-troops', '--library', library])).toMatchObject({code: 1, stderr: expect.stringContaining('cannot be removed')});
		expect(run(['remove', 'ferry-service-returns', '--library', library]).code).toBe(0);
		expect(run(['list', '--library', library]).stdout).not.toContain('ferry');
	});
});
