/*
 * Copying through the terminal with OSC 52, which works over SSH where no local
 * clipboard tool can reach the reader's machine. Only the write form is ever
 * built: the payload is base64, whose alphabet has no "?", so it can never be
 * the read query "ESC ] 52 ; c ; ? BEL" (a reply to that would arrive as input).
 */

const ESC = '\u001b';
const BEL = '\u0007';
const ST = `${ESC}\\`;

/** Terminals cap OSC 52 payloads (hterm and xterm around 100 kB); past that, copying silently fails. */
export const defaultMaxBytes = 100_000;

/**
 * The OSC 52 sequence that puts `text` on the system clipboard, or undefined when
 * there is nothing to copy or the base64 payload would be longer than `maxBytes`.
 */
export function osc52Copy(text: string, maxBytes = defaultMaxBytes): string | undefined {
	if (text === '') return undefined;
	const payload = Buffer.from(text, 'utf8').toString('base64');
	if (payload.length > maxBytes) return undefined;
	return `${ESC}]52;c;${payload}${BEL}`;
}

/**
 * osc52Copy, wrapped so a multiplexer hands it on to the outer terminal.
 * tmux passes a DCS "tmux;" string with its ESCs doubled through when
 * `allow-passthrough` is on (or sets its own clipboard with `set-clipboard on`).
 * GNU screen passes DCS strings on but truncates long ones, so the sequence is
 * sent in short DCS pieces that the outer terminal joins back together.
 */
export function osc52ForTerminal(
	text: string,
	env: Record<string, string | undefined>,
	maxBytes = defaultMaxBytes,
): string | undefined {
	const sequence = osc52Copy(text, maxBytes);
	if (sequence === undefined) return undefined;
	if (nonEmpty(env.TMUX)) return `${ESC}Ptmux;${sequence.replaceAll(ESC, ESC + ESC)}${ST}`;
	if (nonEmpty(env.STY) && (env.TERM ?? '').startsWith('screen')) return wrapForScreen(sequence);
	return sequence;
}

const screenChunk = 76;

function wrapForScreen(sequence: string): string {
	const pieces: string[] = [];
	for (let start = 0; start < sequence.length; start += screenChunk) {
		pieces.push(`${ESC}P${sequence.slice(start, start + screenChunk)}${ST}`);
	}

	return pieces.join('');
}

/**
 * A quote as it reads when pasted elsewhere: “words” — Speaker, Title. With
 * `unicode` false the marks are ASCII ("words" -- Speaker, Title); the words
 * themselves are left alone, since the clipboard is not the terminal.
 */
export function formatQuoteForClipboard(
	quoteText: string,
	speaker: string | null,
	title: string,
	unicode = true,
): string {
	const [open, close, dash] = unicode ? ['\u201c', '\u201d', '\u2014'] : ['"', '"', '--'];
	const source = [speaker, title].map(part => part?.trim() ?? '').filter(part => part !== '').join(', ');
	const quoted = `${open}${quoteText.trim()}${close}`;
	return source === '' ? quoted : `${quoted} ${dash} ${source}`;
}

function nonEmpty(value: string | undefined): value is string {
	return value !== undefined && value !== '';
}
