import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {findProblems} from '../../source/article/check.js';
import {articleSchema, type Article} from '../../source/article/schema.js';
import {normalizeForSearch, sanitizeArticle, sanitizeDeep, sanitizeText} from '../../source/terminal/sanitize.js';

const fixture = (name: string) => new URL(`../fixtures/hostile/${name}`, import.meta.url);
const readRaw = (): Article => articleSchema.parse(JSON.parse(readFileSync(fixture('hostile.json'), 'utf8')));

// Anything a terminal could act on, or that hides or reorders text.
const dangerous = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u206f\ufeff]/;

const allStrings = (value: unknown): string[] => {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(item => allStrings(item));
	if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => [key, ...allStrings(item)]);
	return [];
};

describe('the hostile article', () => {
	it('is a valid article with hostile characters in it', () => {
		const raw = readRaw();
		expect(findProblems(raw)).toEqual([]);
		const text = allStrings(raw).join('\n');
		for (const hostile of ['\u001b]0;', '\u001b]52;c;', '\u001b[2J', '\u001b[31m', '\u009b', '\u202e', 'harb\u200bour', '\u0000', '\b', '\ud800']) {
			expect(text).toContain(hostile);
		}
	});

	it('is a text file: the hostile characters are JSON escapes', () => {
		const text = new TextDecoder('utf-8', {fatal: true}).decode(readFileSync(fixture('hostile.json')));
		// Tabs indent the JSON; everything else hostile is spelled as an escape.
		expect(text.replaceAll('\t', '')).not.toMatch(dangerous);
		expect(text).toContain(String.raw`\u001b[2J`);
	});

	it('stays consistent once cleaned and its ranges remapped', () => {
		const clean = sanitizeArticle(readRaw());
		expect(findProblems(clean)).toEqual([]);
		expect(articleSchema.safeParse(clean).success).toBe(true);
		for (const string of allStrings(clean)) expect(string).not.toMatch(dangerous);
	});

	it('keeps quotes, speakers and mentions pointing at the right words', () => {
		const clean = sanitizeArticle(readRaw());
		const segment = (id: string) => clean.segments.find(candidate => candidate.id === id)!.text;
		expect(clean.quotes.map(quote => segment(quote.segment).slice(quote.start, quote.end))).toEqual([
			'We cannot keep patching a pier that the sea wants back,',
			'The island needs a ferry, not a promise of one,',
		]);
		expect(clean.entities.map(entity => entity.name)).toEqual(['Mara Lindqvist', 'Tom Okafor', 'harbour council', 'Skarra']);
		const mara = clean.entities[0]!;
		expect(mara.mentions.map(mention => segment(mention.segment).slice(mention.start, mention.end))).toEqual(['Mara Lindqvist', 'Lindqvist']);
		expect(clean.meta.title).toBe('Harbour council votes to close the old ferry terminal');
	});

	it('keeps the emoji family whole', () => {
		const clean = sanitizeArticle(readRaw());
		expect(clean.segments.at(-1)!.text).toContain('\u{1f469}\u200d\u{1f469}\u200d\u{1f467}');
	});

	it('breaks ranges when strings are cleaned without remapping them', () => {
		expect(findProblems(sanitizeDeep(readRaw())).length).toBeGreaterThan(0);
	});

	it('can be searched for "harbour council"', () => {
		const segments = readRaw().segments.map(segment => normalizeForSearch(segment.text));
		expect(segments.some(text => text.includes('harbour council'))).toBe(true);
	});
});

describe('the hostile plain text', () => {
	it('holds raw control characters and no NUL', () => {
		const bytes = readFileSync(fixture('hostile.txt'));
		expect(bytes.includes(0x1b)).toBe(true);
		expect(bytes.includes(0)).toBe(false);
		expect(new TextDecoder('utf-8', {fatal: true}).decode(bytes)).toContain('\u202e');
	});

	it('reads as clean prose once sanitized', () => {
		const text = sanitizeText(readFileSync(fixture('hostile.txt'), 'utf8'));
		expect(text).not.toMatch(dangerous);
		expect(text).toContain('The harbour council voted on Tuesday to close the old ferry terminal by the end of the year.');
		expect(text).toContain('He asked for a public meeting in a fortnight.');
	});
});

describe('the undecodable text', () => {
	it('is not valid UTF-8', () => {
		const bytes = readFileSync(fixture('hostile-invalid-utf8.txt'));
		expect(() => new TextDecoder('utf-8', {fatal: true}).decode(bytes)).toThrow();
	});

	it('decodes with replacement characters and cleans up', () => {
		const text = sanitizeText(new TextDecoder().decode(readFileSync(fixture('hostile-invalid-utf8.txt'))));
		expect(text).toContain('\ufffd');
		expect(text).not.toMatch(dangerous);
		expect(text).toContain('said Mara Lindqvist');
	});
});
