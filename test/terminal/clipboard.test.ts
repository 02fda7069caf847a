import {describe, expect, it} from 'vitest';
import {formatQuoteForClipboard, osc52Copy, osc52ForTerminal} from '../../source/terminal/clipboard.js';

const ESC = '\u001b';
const BEL = '\u0007';
const write = /^\u001b\]52;c;([A-Za-z\d+/=]*)\u0007$/;

function payloadOf(sequence: string | undefined): string {
	const match = write.exec(sequence ?? '');
	expect(match, 'an OSC 52 clipboard write').not.toBeNull();
	return Buffer.from(match![1]!, 'base64').toString('utf8');
}

describe('osc52Copy', () => {
	it('writes the text to the clipboard, any characters included', () => {
		const text = '\u201cWe cannot keep patching a pier,\u201d said Mara Lindqvist \u{1f469}\u200d\u{1f467}\nTwo lines; a ? and a BEL \u0007.';
		expect(payloadOf(osc52Copy(text))).toBe(text);
	});

	it('is never the clipboard query, even for the text "?"', () => {
		for (const text of ['?', '??', ' ?', 'what?']) {
			const sequence = osc52Copy(text)!;
			expect(sequence).not.toContain(';?');
			expect(payloadOf(sequence)).toBe(text);
		}
	});

	it('keeps control characters of the text out of the sequence', () => {
		const sequence = osc52Copy(`a${ESC}]0;x${BEL}b`)!;
		expect(sequence.slice(1, -1)).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
	});

	it('gives nothing when the payload would pass the cap', () => {
		// 75 bytes encode to exactly 100 base64 characters, 76 to 104.
		expect(osc52Copy('x'.repeat(75), 100)).toBeDefined();
		expect(osc52Copy('x'.repeat(76), 100)).toBeUndefined();
		expect(osc52Copy('x'.repeat(80_000))).toBeUndefined();
		expect(osc52Copy('x'.repeat(70_000))).toBeDefined();
	});

	it('counts the cap in encoded bytes, so wide text reaches it sooner', () => {
		expect(osc52Copy('\u6771'.repeat(25), 100)).toBeDefined();
		expect(osc52Copy('\u6771'.repeat(26), 100)).toBeUndefined();
	});

	it('gives nothing for empty text', () => {
		expect(osc52Copy('')).toBeUndefined();
	});
});

describe('osc52ForTerminal', () => {
	it('is the plain sequence outside a multiplexer', () => {
		expect(osc52ForTerminal('hello', {TERM: 'xterm-256color'})).toBe(osc52Copy('hello'));
	});

	it('wraps the sequence for tmux passthrough with its ESCs doubled', () => {
		const wrapped = osc52ForTerminal('hello', {TMUX: '/tmp/tmux-1000/default,42,0', TERM: 'tmux-256color'})!;
		expect(wrapped.startsWith(`${ESC}Ptmux;`)).toBe(true);
		expect(wrapped.endsWith(`${ESC}\\`)).toBe(true);
		const inner = wrapped.slice(`${ESC}Ptmux;`.length, -2);
		expect(inner).toBe(osc52Copy('hello')!.replaceAll(ESC, ESC + ESC));
		expect(inner.replaceAll(ESC + ESC, '')).not.toContain(ESC);
	});

	it('sends the sequence through GNU screen in short pieces that join back up', () => {
		const text = 'a quote long enough to need more than one piece for screen to pass it on';
		const wrapped = osc52ForTerminal(text, {STY: '1234.pts-0.host', TERM: 'screen'})!;
		const pieces = [...wrapped.matchAll(/\u001bP([^]*?)\u001b\\/g)].map(match => match[1]!);
		expect(pieces.length).toBeGreaterThan(1);
		expect(pieces.join('').length + pieces.length * 4).toBe(wrapped.length);
		expect(payloadOf(pieces.join(''))).toBe(text);
	});

	it('respects the cap', () => {
		expect(osc52ForTerminal('x'.repeat(1000), {TMUX: '1'}, 100)).toBeUndefined();
	});
});

describe('formatQuoteForClipboard', () => {
	it('attributes the quote to its speaker and article', () => {
		expect(formatQuoteForClipboard('The island needs a ferry', 'Tom Okafor', 'Harbour council votes'))
			.toBe('\u201cThe island needs a ferry\u201d \u2014 Tom Okafor, Harbour council votes');
	});

	it('leaves out a missing speaker', () => {
		expect(formatQuoteForClipboard('temporary', null, 'Harbour council votes'))
			.toBe('\u201ctemporary\u201d \u2014 Harbour council votes');
	});

	it('uses ASCII marks when the terminal has no Unicode', () => {
		expect(formatQuoteForClipboard(' The island needs a ferry ', 'Tom Okafor', 'Harbour', false))
			.toBe('"The island needs a ferry" -- Tom Okafor, Harbour');
	});

	it('is just the quote with neither speaker nor title', () => {
		expect(formatQuoteForClipboard('words', null, '')).toBe('\u201cwords\u201d');
	});
});
