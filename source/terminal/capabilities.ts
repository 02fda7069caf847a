/*
 * What the terminal can show, decided from the environment and the command line
 * alone. Nothing is asked of the terminal itself: a query that goes unanswered
 * (over a slow SSH link, through tmux or screen, on a dumb terminal) would stall
 * start-up or leak its reply into the input.
 */

export type ColorDepth = 0 | 4 | 8 | 24;
export type ThemeName = 'dark' | 'light';
export type ColorOption = 'auto' | 'always' | 'never';

export type Capabilities = {
	/** Bits of colour: 0 none, 4 the 16 named colours, 8 the 256-colour palette, 24 truecolour. */
	colorDepth: ColorDepth;
	/** Whether to draw typographic and box-drawing characters, or stick to ASCII. */
	unicode: boolean;
	/** Whether the terminal can be cleared and redrawn in place (the alternate screen). */
	fullScreen: boolean;
	theme: ThemeName;
};

export type CapabilityOptions = {
	isTTY: boolean;
	color?: ColorOption;
	ascii?: boolean;
	theme?: ThemeName;
};

type Environment = Record<string, string | undefined>;

export function detectCapabilities(env: Environment, options: CapabilityOptions): Capabilities {
	return {
		colorDepth: detectColorDepth(env, options),
		unicode: options.ascii !== true && localeIsUtf8(env),
		fullScreen: options.isTTY && hasUsableTerm(env),
		theme: options.theme ?? themeFromColorFgBg(env.COLORFGBG),
	};
}

/*
 * Precedence, strongest first: --color=never, --color=always (at least 16
 * colours, more if the environment says so), FORCE_COLOR, NO_COLOR, then what
 * the terminal type promises. FORCE_COLOR beats NO_COLOR and a missing TTY, as in
 * Node's own tty.getColorDepth, because it is the explicit way to ask for colour
 * in a pipe (`| less -R`).
 */
export function detectColorDepth(env: Environment, options: Pick<CapabilityOptions, 'isTTY' | 'color'>): ColorDepth {
	const color = options.color ?? 'auto';
	if (color === 'never') return 0;
	const forced = forcedDepth(env.FORCE_COLOR);
	if (color === 'always') return Math.max(4, forced ?? depthFromTerm(env)) as ColorDepth;
	if (forced !== undefined) return forced;
	if (nonEmpty(env.NO_COLOR)) return 0;
	if (!options.isTTY) return 0;
	return depthFromTerm(env);
}

function forcedDepth(value: string | undefined): ColorDepth | undefined {
	if (value === undefined) return undefined;
	switch (value.trim().toLowerCase()) {
		case '0':
		case 'false': {
			return 0;
		}

		case '':
		case '1':
		case 'true': {
			return 4;
		}

		case '2': {
			return 8;
		}

		case '3': {
			return 24;
		}

		default: {
			return undefined;
		}
	}
}

const colourTerms = /^(?:xterm|screen|tmux|vt100|vt220|rxvt|linux|cygwin|ansi|putty|konsole|gnome|alacritty|kitty|foot|wezterm|st-|st$|eterm|iterm|mintty|ms-terminal|contour|ghostty)|color|ansi/i;

function depthFromTerm(env: Environment): ColorDepth {
	const term = (env.TERM ?? '').toLowerCase();
	if (term === 'dumb') return 0;
	// GNU screen before 5.0 passes no truecolour, whatever COLORTERM the outer terminal exported.
	const inGnuScreen = term.startsWith('screen') && nonEmpty(env.STY) && !nonEmpty(env.TMUX);
	const colorTerm = (env.COLORTERM ?? '').toLowerCase();
	if (!inGnuScreen && (colorTerm === 'truecolor' || colorTerm === '24bit')) return 24;
	if (!inGnuScreen && (term.endsWith('-direct') || term.endsWith('-truecolor'))) return 24;
	if (term.includes('256color') || term.includes('256colour')) return 8;
	if (colourTerms.test(term)) return 4;
	if (colorTerm !== '') return 4;
	return 0;
}

/** LC_ALL, then LC_CTYPE, then LANG: the first one set decides, as in setlocale. */
export function localeIsUtf8(env: Environment): boolean {
	const locale = [env.LC_ALL, env.LC_CTYPE, env.LANG].find(value => nonEmpty(value));
	if (locale === undefined) return false;
	const codeset = locale.split('.')[1]?.split('@')[0] ?? '';
	return /^utf-?8$/i.test(codeset);
}

function hasUsableTerm(env: Environment): boolean {
	const term = env.TERM?.trim() ?? '';
	return term !== '' && term.toLowerCase() !== 'dumb';
}

/** COLORFGBG ("15;0", "0;default;15") ends with the background's palette index; 7 and 15 are the whites. */
export function themeFromColorFgBg(value: string | undefined): ThemeName {
	const background = value?.split(';').at(-1)?.trim();
	return background === '7' || background === '15' ? 'light' : 'dark';
}

function nonEmpty(value: string | undefined): value is string {
	return value !== undefined && value !== '';
}
