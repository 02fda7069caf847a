import {describe, expect, it} from 'vitest';
import {entitiesCommand} from '../../source/commands/entities.js';
import {plainTextArticle} from '../../source/commands/plain-text.js';
import {quotesCommand} from '../../source/commands/quotes.js';
import {searchCommand} from '../../source/commands/search.js';
import {harbour, withChanges} from './fixture.js';

// An article that tries to retitle the window, clear the screen and reverse text.
const hostile = withChanges(harbour, copy => {
	const attack = '\u001b]0;owned\u0007\u001b[2J\u009b31m\u202e';
	copy.meta.title = `Sea wall${attack}`;
	copy.segments[0]!.text = `${attack}${copy.segments[0]!.text}`;
	copy.quotes[0] = {...copy.quotes[0]!, text: `long${attack} overdue`};
	copy.entities[0] = {...copy.entities[0]!, name: `Ana${attack} Lindqvist`, role: `Mayor${attack}`};
});

const controls = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('output from an untrusted article', () => {
	const outputs: Record<string, string> = {
		'quotes': quotesCommand(hostile, {json: false}),
		'quotes --json': quotesCommand(hostile, {json: true}),
		'quotes as Markdown': quotesCommand(hostile, {json: false, format: 'markdown'}),
		'entities': entitiesCommand(hostile, {json: false}),
		'entities --json': entitiesCommand(hostile, {json: true}),
		'search': searchCommand(hostile, 'lindqvist', {json: false}),
		'search --json': searchCommand(hostile, 'lindqvist', {json: true}),
		'the article': plainTextArticle(hostile),
	};

	it('carries no control sequence or direction override to the terminal', () => {
		for (const [name, output] of Object.entries(outputs)) expect(controls.test(output), name).toBe(false);
	});

	it('shows no leftover of a removed sequence in text', () => {
		expect(outputs['quotes']).toContain('Ana Lindqvist (said): “long overdue”');
		expect(outputs['the article']!.startsWith('Sea wall\n')).toBe(true);
	});

	it('keeps the data in JSON, escaped, so offsets still hold', () => {
		const [quote] = JSON.parse(outputs['quotes --json']!) as Array<{text: string}>;
		expect(quote?.text).toBe(hostile.quotes[0]!.text);
	});

	it('writes only ASCII bytes with ascii, JSON included', () => {
		for (const output of [
			quotesCommand(harbour, {json: false, ascii: true}),
			quotesCommand(harbour, {json: true, ascii: true}),
			entitiesCommand(harbour, {json: false, ascii: true}),
			searchCommand(harbour, 'lindqvist', {json: false, ascii: true}),
		]) {
			expect(output).toMatch(/^[\x20-\x7e\n]*$/);
		}

		expect(quotesCommand(harbour, {json: false, ascii: true})).toContain('Ana Lindqvist (said): "long overdue"');
		expect(JSON.parse(quotesCommand(harbour, {json: true, ascii: true}))).toEqual(JSON.parse(quotesCommand(harbour, {json: true})));
	});
});
