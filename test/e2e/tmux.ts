import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const cliPath = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

/** A private tmux server running one program in a window of a given size, as a person would see it. */
export function startTmux(command: string, columns: number, rows: number, env: Record<string, string> = {}) {
	const socket = `pullquote-test-${process.pid}-${Math.random().toString(36).slice(2)}`;
	const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], {encoding: 'utf8'});
	// A home of its own, so the library, the reading state and the search index start empty every time.
	const home = mkdtempSync(join(tmpdir(), 'pullquote-home-'));
	const dirs = {XDG_DATA_HOME: join(home, 'data'), XDG_CACHE_HOME: join(home, 'cache'), XDG_CONFIG_HOME: join(home, 'config'), XDG_STATE_HOME: join(home, 'state')};
	const exports = Object.entries({TERM: 'xterm-256color', LANG: 'C.UTF-8', ...dirs, ...env})
		.map(([name, value]) => `export ${name}='${value}';`)
		.join(' ');
	// The shell stays after the program ends, so the test can see what it left on the screen.
	// CI is unset because Ink draws nothing but the last frame when it believes it runs in CI.
	tmux('new-session', '-d', '-x', String(columns), '-y', String(rows), `exec sh -c "unset CI; ${exports} ${command}; echo EXIT=\\$?; stty -a | grep -o -- '-*icanon'; exec sleep 600"`);
	tmux('set-option', '-g', 'escape-time', '0');

	const capture = (withStyles = false) => tmux('capture-pane', '-p', ...(withStyles ? ['-e'] : []), '-t', '0');
	return {
		capture,
		send(...keys: string[]) {
			tmux('send-keys', '-t', '0', ...keys);
		},
		type(text: string) {
			tmux('send-keys', '-t', '0', '-l', text);
		},
		/** tmux's own view of the pane: alternate screen on, cursor shown, the program's process id. */
		pane() {
			const [alternate, cursor, pid] = tmux('display-message', '-p', '-t', '0', '#{alternate_on} #{cursor_flag} #{pane_pid}').trim().split(' ');
			return {alternateScreen: alternate === '1', cursorVisible: cursor === '1', shellPid: Number(pid)};
		},
		resize(newColumns: number, newRows: number) {
			tmux('resize-window', '-t', '0', '-x', String(newColumns), '-y', String(newRows));
		},
		/** Waits until the screen shows `expected`, polling; fails with the last screen after `timeout` ms. */
		async waitFor(expected: string | RegExp, timeout = 8000): Promise<string> {
			const deadline = Date.now() + timeout;
			let screen = '';
			while (Date.now() < deadline) {
				screen = capture();
				if (typeof expected === 'string' ? screen.includes(expected) : expected.test(screen)) return screen;
				await new Promise(resolve => setTimeout(resolve, 50));
			}

			throw new Error(`screen never showed ${String(expected)}:\n${screen}`);
		},
		kill() {
			try {
				tmux('kill-server');
			} catch {}
		},
	};
}
