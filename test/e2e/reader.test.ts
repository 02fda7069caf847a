import {execFileSync} from 'node:child_process';
import {afterEach, describe, expect, it} from 'vitest';
import {cliPath, hasTmux, startTmux} from './tmux.js';

type Session = ReturnType<typeof startTmux>;
let session: Session | undefined;
afterEach(() => session?.kill());

const open = async (columns: number, rows: number, env: Record<string, string> = {}) => {
	session = startTmux(`node ${cliPath}`, columns, rows, env);
	await session.waitFor('search quotes and entities');
	return session;
};

// CI installs tmux; a machine without it skips these rather than failing on its absence.
describe.skipIf(!hasTmux && !process.env['CI'])('the real program in tmux', () => {
	for (const [columns, rows] of [
		[80, 24],
		[40, 12],
	] as const) {
		it(`reads, searches, jumps and quits cleanly at ${columns}x${rows}`, async () => {
			const tmux = await open(columns, rows);
			let screen = tmux.capture();
			expect(screen.split('\n').every(line => line.length <= columns)).toBe(true);
			tmux.send('/');
			tmux.type('reasurance');
			screen = await tmux.waitFor('2 matches');
			expect(screen).toContain('Emmanuel Macron');
			tmux.send('Enter');
			screen = await tmux.waitFor(/\d+%\s+Article/);
			expect(screen).toMatch(/^ +"We have today 26 countries/m);
			tmux.send('q');
			screen = await tmux.waitFor(/^icanon$/m);
			expect(screen).toContain('EXIT=0');
			expect(tmux.pane()).toMatchObject({alternateScreen: false, cursorVisible: true});
			// The main screen is back: nothing of the reader is left on it.
			expect(screen).not.toContain('search quotes and entities');
		});
	}

	it('shows a notice below 40x12 and the full reader again after growing', async () => {
		session = startTmux(`node ${cliPath}`, 30, 10);
		await session.waitFor('too small');
		session.resize(80, 24);
		await session.waitFor('Entities (18)');
	});

	for (const [signal, code] of [
		['SIGTERM', 143],
		['SIGHUP', 129],
	] as const) {
		it(`restores the terminal on ${signal}`, async () => {
			const tmux = await open(80, 24);
			expect(tmux.pane()).toMatchObject({alternateScreen: true, cursorVisible: false});
			const reader = execFileSync('pgrep', ['-P', String(tmux.pane().shellPid)], {encoding: 'utf8'}).trim();
			process.kill(Number(reader), signal);
			const screen = await tmux.waitFor(/^icanon$/m);
			expect(screen).toContain(`EXIT=${code}`);
			expect(tmux.pane()).toMatchObject({alternateScreen: false, cursorVisible: true});
		});
	}

	it('keeps marks and focus visible without colour', async () => {
		const tmux = await open(80, 24, {NO_COLOR: '1'});
		const styled = tmux.capture(true);
		expect(styled).not.toMatch(/\u001B\[[0-9;]*(3[0-7]|9[0-7]|38;[25];)[0-9;]*m/);
		expect(styled).toMatch(/\u001B\[[0-9;]*7[;m]/);
	});
});
