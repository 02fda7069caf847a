import {describe, expect, it} from 'vitest';
import {plainTextArticle} from '../../source/commands/plain-text.js';
import {harbour, withChanges} from './fixture.js';

describe('the article as plain text', () => {
	const output = plainTextArticle(harbour);
	const lines = output.split('\n');

	it('starts with the title, then who published it and when', () => {
		expect(lines.slice(0, 3)).toEqual([
			'Harbour council approves a sea wall',
			'===================================',
			'Kalvhamn Tidning · Coastal Wire · 2026-03-02',
		]);
	});

	it('writes each paragraph on one line with a blank line between paragraphs', () => {
		const paragraphs = harbour.segments.filter(segment => segment.kind === 'paragraph');
		for (const paragraph of paragraphs) expect(lines).toContain(paragraph.text);
		expect(output).toContain(`\n\n${paragraphs[0]!.text}\n\n${paragraphs[1]!.text}\n\n`);
	});

	it('sets a heading apart with blank lines and an underline', () => {
		expect(output).toContain('\n\nA “once in a century” storm\n---------------------------\n\nEngineers from');
	});

	it('ends with the last paragraph and one newline', () => {
		expect(output.endsWith(`${harbour.segments.at(-1)!.text}\n`)).toBe(true);
	});

	it('leaves out what the article does not say about itself', () => {
		const bare = withChanges(harbour, copy => {
			delete copy.meta.publisher;
			delete copy.meta.source;
			delete copy.meta.date;
		});
		expect(plainTextArticle(bare).split('\n').slice(0, 3)).toEqual([
			'Harbour council approves a sea wall',
			'===================================',
			'',
		]);
	});

	it('has an ASCII form whose underlines still fit', () => {
		const ascii = plainTextArticle(harbour, {ascii: true});
		expect(ascii).toMatch(/^[\x20-\x7e\n]*$/);
		expect(ascii).toContain('\nA "once in a century" storm\n---------------------------\n');
	});
});
