// Graphic rendition (SGR) state as a value: parsed from the escapes inside Ink's lines,
// interned to small ids so a cell's style compares with `===`, and turned back into the
// shortest escape that moves the terminal from one style to another.

export const bold = 1;
export const dim = 2;
export const italic = 4;
export const blink = 8;
export const inverse = 16;
export const hidden = 32;
export const strike = 64;
export const overline = 128;

export type Style = {
	readonly flags: number;
	/** The code that turned underline on ('4', '21', '4:3', ...), '' when off. */
	readonly underline: string;
	/** Colour parameters ('31', '38;5;12', '38;2;1;2;3'), '' for the terminal's default. */
	readonly fg: string;
	readonly bg: string;
	readonly underlineColor: string;
	/** OSC 8 parameters and target ('id=x;https://...'), '' outside a hyperlink. */
	readonly link: string;
};

export const plainStyle: Style = {flags: 0, underline: '', fg: '', bg: '', underlineColor: '', link: ''};

const flagCodes: ReadonlyArray<readonly [number, string]> = [
	[bold, '1'],
	[dim, '2'],
	[italic, '3'],
	[blink, '5'],
	[inverse, '7'],
	[hidden, '8'],
	[strike, '9'],
	[overline, '53'],
];

const flagOffCodes: ReadonlyArray<readonly [number, string]> = [
	[italic, '23'],
	[blink, '25'],
	[inverse, '27'],
	[hidden, '28'],
	[strike, '29'],
	[overline, '55'],
];

const flagOnByCode = new Map<string, number>(flagCodes.map(([flag, code]) => [code, flag]));
flagOnByCode.set('6', blink);
const flagOffByCode = new Map<string, number>([
	['22', bold | dim],
	['23', italic],
	['25', blink],
	['27', inverse],
	['28', hidden],
	['29', strike],
	['55', overline],
]);

type MutableStyle = {-readonly [Key in keyof Style]: Style[Key]};

/** Colour parameters starting at `index` (38;5;n or 38;2;r;g;b), and how many tokens they used. */
function extendedColour(tokens: readonly string[], index: number): [string, number] {
	const head = tokens[index] ?? '';
	if (head.includes(':')) return [head, 1];
	const mode = tokens[index + 1];
	if (mode === '5') return [tokens.slice(index, index + 3).join(';'), 3];
	if (mode === '2') return [tokens.slice(index, index + 5).join(';'), 5];
	return ['', 1];
}

/** The style after the terminal applies `ESC [ params m` to `style`. */
export function applySgr(style: Style, params: string): Style {
	const next: MutableStyle = {...style};
	const tokens = params === '' ? ['0'] : params.split(';');
	for (let index = 0; index < tokens.length; ) {
		const token = tokens[index] ?? '';
		const base = token.split(':')[0] ?? '';
		const code = base === '' ? 0 : Number(base);
		if (code === 0) {
			Object.assign(next, plainStyle, {link: next.link});
		} else if (code === 4) {
			next.underline = token === '4:0' ? '' : token;
		} else if (code === 21) {
			next.underline = '21';
		} else if (code === 24) {
			next.underline = '';
		} else if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97)) {
			next.fg = base;
		} else if ((code >= 40 && code <= 47) || (code >= 100 && code <= 107)) {
			next.bg = base;
		} else if (code === 38 || code === 48 || code === 58) {
			const [colour, used] = extendedColour(tokens, index);
			if (code === 38) next.fg = colour;
			else if (code === 48) next.bg = colour;
			else next.underlineColor = colour;
			index += used;
			continue;
		} else if (code === 39) {
			next.fg = '';
		} else if (code === 49) {
			next.bg = '';
		} else if (code === 59) {
			next.underlineColor = '';
		} else {
			const on = flagOnByCode.get(base);
			const off = flagOffByCode.get(base);
			if (on !== undefined) next.flags |= on;
			if (off !== undefined) next.flags &= ~off;
		}

		index++;
	}

	return next;
}

/** The style after `ESC ] 8 ; params ; uri ST`. */
export function applyHyperlink(style: Style, body: string): Style {
	const target = body.slice(body.indexOf(';') + 1);
	return {...style, link: target === '' ? '' : body};
}

function sgrParams(style: Style): string[] {
	const params: string[] = [];
	for (const [flag, code] of flagCodes) {
		if (style.flags & flag) params.push(code);
	}

	if (style.underline) params.push(style.underline);
	if (style.fg) params.push(style.fg);
	if (style.bg) params.push(style.bg);
	if (style.underlineColor) params.push(style.underlineColor);
	return params;
}

function sgrKey(style: Style): string {
	return sgrParams(style).join(';');
}

const ids = new Map<string, number>();
const styles: Style[] = [];

/** A small number standing for `style`: equal styles get equal ids. 0 is the plain style. */
export function styleId(style: Style): number {
	const key = `${sgrKey(style)}\u0000${style.link}`;
	let id = ids.get(key);
	if (id === undefined) {
		id = styles.length;
		styles.push(style);
		ids.set(key, id);
	}

	return id;
}

styleId(plainStyle);

const afterSgr = new Map<string, number>();

/** The id of the style after `ESC [ params m` is applied to the style with id `id`. */
export function sgrStyleId(id: number, params: string): number {
	const key = `${id}:${params}`;
	let next = afterSgr.get(key);
	if (next === undefined) {
		next = styleId(applySgr(styleOf(id), params));
		if (afterSgr.size > 4096) afterSgr.clear();
		afterSgr.set(key, next);
	}

	return next;
}

export function styleOf(id: number): Style {
	return styles[id] ?? plainStyle;
}

const transitions = new Map<number, string>();

/** The shortest escapes that change the terminal's rendition from style `from` to style `to`. */
export function styleTransition(fromId: number, toId: number): string {
	if (fromId === toId) return '';
	const key = fromId * 0x10_00_00 + toId;
	let out = transitions.get(key);
	if (out === undefined) {
		out = computeTransition(fromId, toId);
		if (transitions.size > 4096) transitions.clear();
		transitions.set(key, out);
	}

	return out;
}

function computeTransition(fromId: number, toId: number): string {
	const from = styleOf(fromId);
	const to = styleOf(toId);
	let out = '';
	if (from.link !== to.link) out += `\u001B]8;${to.link || ';'}\u0007`;
	if (sgrKey(from) === sgrKey(to)) return out;

	const full = sgrParams(to);
	const reset = full.length === 0 ? '\u001B[m' : `\u001B[0;${full.join(';')}m`;

	const delta: string[] = [];
	const turnedOff = from.flags & ~to.flags;
	let turnOn = to.flags & ~from.flags;
	if (turnedOff & (bold | dim)) {
		delta.push('22');
		turnOn |= to.flags & (bold | dim);
	}

	for (const [flag, code] of flagOffCodes) {
		if (turnedOff & flag) delta.push(code);
	}

	for (const [flag, code] of flagCodes) {
		if (turnOn & flag) delta.push(code);
	}

	if (from.underline !== to.underline) delta.push(to.underline || '24');
	if (from.fg !== to.fg) delta.push(to.fg || '39');
	if (from.bg !== to.bg) delta.push(to.bg || '49');
	if (from.underlineColor !== to.underlineColor) delta.push(to.underlineColor || '59');

	const changed = `\u001B[${delta.join(';')}m`;
	return out + (changed.length < reset.length ? changed : reset);
}
