import {describe, expect, it} from 'vitest';
import {detectCapabilities, type CapabilityOptions} from '../../source/terminal/capabilities.js';

type Env = Record<string, string | undefined>;
const tty: CapabilityOptions = {isTTY: true};
const pipe: CapabilityOptions = {isTTY: false};
const xterm: Env = {TERM: 'xterm', LANG: 'en_US.UTF-8'};

describe('colour depth', () => {
	it.each<[string, Env, CapabilityOptions, number]>([
		['plain xterm', xterm, tty, 4],
		['xterm-256color', {TERM: 'xterm-256color'}, tty, 8],
		['tmux-256color', {TERM: 'tmux-256color'}, tty, 8],
		['screen', {TERM: 'screen'}, tty, 4],
		['linux console', {TERM: 'linux'}, tty, 4],
		['COLORTERM=truecolor', {TERM: 'xterm-256color', COLORTERM: 'truecolor'}, tty, 24],
		['COLORTERM=24bit', {TERM: 'xterm', COLORTERM: '24bit'}, tty, 24],
		['xterm-direct', {TERM: 'xterm-direct'}, tty, 24],
		['GNU screen ignores an inherited COLORTERM', {TERM: 'screen-256color', STY: '123.pts-0', COLORTERM: 'truecolor'}, tty, 8],
		['tmux keeps COLORTERM', {TERM: 'screen-256color', TMUX: '/tmp/tmux-1/default,1,0', COLORTERM: 'truecolor'}, tty, 24],
		['TERM=dumb', {TERM: 'dumb', COLORTERM: 'truecolor'}, tty, 0],
		['no TERM', {}, tty, 0],
		['unknown TERM', {TERM: 'wyse60'}, tty, 0],
		['not a TTY', {TERM: 'xterm-256color'}, pipe, 0],
		['NO_COLOR', {...xterm, NO_COLOR: '1'}, tty, 0],
		['empty NO_COLOR is ignored', {...xterm, NO_COLOR: ''}, tty, 4],
		['NO_COLOR yields to --color=always', {...xterm, NO_COLOR: '1'}, {isTTY: true, color: 'always'}, 4],
		['FORCE_COLOR=0', {TERM: 'xterm-256color', FORCE_COLOR: '0'}, tty, 0],
		['FORCE_COLOR=1', {TERM: 'xterm-256color', FORCE_COLOR: '1'}, tty, 4],
		['FORCE_COLOR=2 in a pipe', {FORCE_COLOR: '2'}, pipe, 8],
		['FORCE_COLOR=3', {TERM: 'dumb', FORCE_COLOR: '3'}, tty, 24],
		['FORCE_COLOR beats NO_COLOR', {...xterm, NO_COLOR: '1', FORCE_COLOR: '2'}, tty, 8],
		['unreadable FORCE_COLOR is ignored', {...xterm, FORCE_COLOR: 'lots'}, tty, 4],
		['--color=never beats everything', {TERM: 'xterm-256color', COLORTERM: 'truecolor', FORCE_COLOR: '3'}, {isTTY: true, color: 'never'}, 0],
		['--color=always in a pipe', {}, {isTTY: false, color: 'always'}, 4],
		['--color=always on a dumb terminal', {TERM: 'dumb'}, {isTTY: true, color: 'always'}, 4],
		['--color=always keeps a deeper terminal', {TERM: 'xterm-256color'}, {isTTY: false, color: 'always'}, 8],
		['--color=always with FORCE_COLOR=0', {FORCE_COLOR: '0'}, {isTTY: true, color: 'always'}, 4],
		['--color=always with FORCE_COLOR=3', {FORCE_COLOR: '3'}, {isTTY: true, color: 'always'}, 24],
		['--color=auto behaves as no flag', {TERM: 'xterm-256color'}, {isTTY: true, color: 'auto'}, 8],
	])('%s', (_name, env, options, depth) => {
		expect(detectCapabilities(env, options).colorDepth).toBe(depth);
	});
});

describe('unicode', () => {
	it.each<[string, Env, boolean]>([
		['en_US.UTF-8', {LANG: 'en_US.UTF-8'}, true],
		['C.UTF-8', {LANG: 'C.UTF-8'}, true],
		['lower-case utf8', {LANG: 'de_DE.utf8'}, true],
		['with a modifier', {LANG: 'sr_RS.UTF-8@latin'}, true],
		['LANG=C', {LANG: 'C'}, false],
		['LANG=POSIX', {LANG: 'POSIX'}, false],
		['Latin-1 locale', {LANG: 'en_GB.ISO-8859-1'}, false],
		['no locale at all', {}, false],
		['LC_ALL wins over LANG', {LC_ALL: 'C', LANG: 'en_US.UTF-8'}, false],
		['LC_CTYPE wins over LANG', {LC_CTYPE: 'en_US.UTF-8', LANG: 'C'}, true],
		['empty LC_ALL is skipped', {LC_ALL: '', LC_CTYPE: 'C.UTF-8'}, true],
	])('%s', (_name, env, unicode) => {
		expect(detectCapabilities({TERM: 'xterm', ...env}, tty).unicode).toBe(unicode);
	});

	it('is off with --ascii even in a UTF-8 locale', () => {
		expect(detectCapabilities(xterm, {isTTY: true, ascii: true}).unicode).toBe(false);
	});
});

describe('full screen', () => {
	it.each<[string, Env, CapabilityOptions, boolean]>([
		['xterm on a TTY', xterm, tty, true],
		['TERM=dumb', {TERM: 'dumb'}, tty, false],
		['TERM unset', {}, tty, false],
		['TERM empty', {TERM: ''}, tty, false],
		['not a TTY', xterm, pipe, false],
	])('%s', (_name, env, options, fullScreen) => {
		expect(detectCapabilities(env, options).fullScreen).toBe(fullScreen);
	});
});

describe('theme', () => {
	it.each<[string, Env, CapabilityOptions, 'dark' | 'light']>([
		['dark by default', xterm, tty, 'dark'],
		['light background 15', {...xterm, COLORFGBG: '0;15'}, tty, 'light'],
		['light background 7', {...xterm, COLORFGBG: '0;default;7'}, tty, 'light'],
		['dark background', {...xterm, COLORFGBG: '15;0'}, tty, 'dark'],
		['garbage COLORFGBG', {...xterm, COLORFGBG: 'x'}, tty, 'dark'],
		['the option wins', {...xterm, COLORFGBG: '0;15'}, {isTTY: true, theme: 'dark'}, 'dark'],
		['the option can ask for light', xterm, {isTTY: true, theme: 'light'}, 'light'],
	])('%s', (_name, env, options, theme) => {
		expect(detectCapabilities(env, options).theme).toBe(theme);
	});
});

it('reads only the environment it is given', () => {
	expect(detectCapabilities({}, {isTTY: false})).toEqual({colorDepth: 0, unicode: false, fullScreen: false, theme: 'dark'});
});
