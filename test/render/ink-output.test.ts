import {describe, expect, test} from 'vitest';
import {InkOutputReader} from '../../source/render/ink-output.js';

describe('reading what Ink writes', () => {
	test('erase-lines prefix and trailing newline are dropped, lines kept', () => {
		const reader = new InkOutputReader();
		const write = reader.read('\u001B[2K\u001B[1A\u001B[2K\u001B[Gfirst\n\u001B[31msecond\u001B[39m\n');
		expect(write.lines).toEqual(['first', '\u001B[31msecond\u001B[39m']);
		expect(write.passthrough).toBe('');
	});

	test('a full-height frame after clearTerminal has no trailing newline', () => {
		const reader = new InkOutputReader();
		expect(reader.read('\u001B[2J\u001B[3J\u001B[Ha\nb\nc').lines).toEqual(['a', 'b', 'c']);
	});

	test('a lone clear is an empty frame; a lone erase (log.clear) is no frame at all', () => {
		const reader = new InkOutputReader();
		expect(reader.read('\u001B[2J\u001B[3J\u001B[H').lines).toEqual([]);
		expect(reader.read('\u001B[2K\u001B[1A\u001B[2K\u001B[G').lines).toBeUndefined();
	});

	test('synchronized-update markers and cursor hiding are not frames', () => {
		const reader = new InkOutputReader();
		for (const chunk of ['\u001B[?2026h', '\u001B[?2026l', '\u001B[?25l']) {
			const write = reader.read(chunk);
			expect(write.lines).toBeUndefined();
			expect(write.passthrough).toBe('');
		}
	});

	test('a style that runs across a line break is carried into the next line', () => {
		const reader = new InkOutputReader();
		const write = reader.read('\u001B[1mbold\nstill\u001B[22m\n');
		expect(write.lines).toEqual(['\u001B[1mbold', '\u001B[1mstill\u001B[22m']);
	});

	test('the cursor Ink shows is read relative to the frame', () => {
		const reader = new InkOutputReader();
		const write = reader.read('a\nsearch: x\nstatus\n\u001B[2A\u001B[10G\u001B[?25h');
		expect(write.cursor).toEqual({x: 9, y: 1, visible: true});
		// Cursor-only update: back to the bottom, then up and over again.
		const moved = reader.read('\u001B[?25l\u001B[2B\u001B[G\u001B[2A\u001B[11G\u001B[?25h');
		expect(moved.lines).toBeUndefined();
		expect(moved.cursor).toEqual({x: 10, y: 1, visible: true});
	});

	test('mode switches and keyboard protocol escapes pass through', () => {
		const reader = new InkOutputReader();
		expect(reader.read('\u001B[?u').passthrough).toBe('\u001B[?u');
		expect(reader.read('\u001B[>1u').passthrough).toBe('\u001B[>1u');
		expect(reader.read('\u001B[?1000h').passthrough).toBe('\u001B[?1000h');
		expect(reader.read('\u001B]0;title\u0007').passthrough).toBe('\u001B]0;title\u0007');
	});
});
