import {toAscii} from '../terminal/ascii.js';
import {sanitizeText} from '../terminal/sanitize.js';

export type TextOptions = {
	/** Printable ASCII only, for terminals without UTF-8. */
	ascii?: boolean;
};

/**
 * Every line of text a command returns passes through here, once, so article
 * text (untrusted) cannot reach the terminal as a control sequence, and the
 * ASCII fallback applies to the whole output, our own punctuation included.
 */
export function forTerminal(text: string, {ascii = false}: TextOptions = {}): string {
	const safe = sanitizeText(text);
	return ascii ? toAscii(safe) : safe;
}

/** Lines joined for standard output: each ends with a newline, and no lines print nothing at all. */
export function linesOut(lines: readonly string[], options: TextOptions = {}): string {
	return lines.length === 0 ? '' : forTerminal(lines.join('\n') + '\n', options);
}

/** A field that must stay on its own line: any line break inside it becomes a space. */
export function oneLine(text: string): string {
	return text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');
}

// JSON.stringify escapes C0 controls but writes these as they are; a terminal
// would obey a C1 control or a bidi override. Escaped, the data stays the same.
const unsafeInJson = /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;
const nonAscii = /[^\x00-\x7f]/g;

/** One JSON value, indented for reading, safe to print to a terminal; with ascii, pure ASCII bytes. */
export function jsonOut(value: unknown, {ascii = false}: TextOptions = {}): string {
	const escape = (character: string) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
	return JSON.stringify(value, null, 2).replace(ascii ? nonAscii : unsafeInJson, escape) + '\n';
}
