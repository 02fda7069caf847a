import {describe, expect, it} from 'vitest';
import {findProblems} from '../../source/article/check.js';
import {quotations, quotesCommand} from '../../source/commands/quotes.js';
import {harbour, withChanges} from './fixture.js';

const lines = (output: string) => output.split('\n').slice(0, -1);

describe('the test article', () => {
	it('is consistent, so the commands see what a loaded file would give them', () => {
		expect(findProblems(harbour)).toEqual([]);
	});
});

describe('quotes as text', () => {
	const output = quotesCommand(harbour, {json: false});

	it('prints every quote once, one a line, in reading order', () => {
		expect(output.endsWith('\n')).toBe(true);
		const printed = lines(output);
		expect(printed).toHaveLength(harbour.quotes.length);
		for (const [index, quote] of harbour.quotes.entries()) {
			expect(printed[index]).toContain(`“${quote.text}”`);
			expect(printed.filter(line => line.includes(quote.text))).toHaveLength(1);
		}
	});

	it('names the speaker and the cue before the words', () => {
		expect(lines(output)[0]).toBe('Ana Lindqvist (said): “long overdue”');
		expect(lines(output)[4]).toBe('the Greens (called the plan): “a concrete fantasy”');
	});

	it('says when nobody is quoted', () => {
		expect(lines(output)[3]).toBe('(no speaker): “once in a century”');
	});

	it('marks a quote that carries on an earlier one', () => {
		expect(lines(output)[1]).toBe('Ana Lindqvist (told the Harbour Council): “We cannot wait for the next storm to decide for us,”');
		expect(lines(output)[2]).toBe('Ana Lindqvist (continued): “The town has waited long enough.”');
	});

	it('keeps a quote on one line when its text breaks across lines', () => {
		const broken = withChanges(harbour, copy => {
			copy.quotes[0]!.text = 'long\noverdue';
		});
		expect(lines(quotesCommand(broken, {json: false}))).toHaveLength(harbour.quotes.length);
	});

	it('prints nothing for an article without quotes', () => {
		expect(quotesCommand(withChanges(harbour, copy => (copy.quotes = [])), {json: false})).toBe('');
	});
});

describe('quotes as JSON', () => {
	const parsed = JSON.parse(quotesCommand(harbour, {json: true})) as Array<Record<string, unknown>>;

	it('is one array with an object for every quote', () => {
		expect(Array.isArray(parsed)).toBe(true);
		expect(parsed.map(quote => quote['id'])).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6']);
	});

	it('gives the words, the speaker’s name and id, the cue, the kind and where the quote is', () => {
		expect(parsed[1]).toEqual({
			id: 'q2',
			text: 'We cannot wait for the next storm to decide for us,',
			speaker: 'Ana Lindqvist',
			speakerId: 'ana-lindqvist',
			cue: 'told the Harbour Council',
			kind: 'statement',
			segment: 'p2',
			start: 1,
			end: 52,
			continues: null,
		});
		expect(parsed[2]?.['continues']).toBe('q2');
	});

	it('gives a null speaker for a scare quote', () => {
		expect(parsed[3]).toMatchObject({text: 'once in a century', speaker: null, speakerId: null, cue: null});
	});

	it('prints an empty array when there are no quotes', () => {
		expect(JSON.parse(quotesCommand(withChanges(harbour, copy => (copy.quotes = [])), {json: true}))).toEqual([]);
	});

	it('takes --json over a format', () => {
		expect(JSON.parse(quotesCommand(harbour, {json: true, format: 'markdown'}))).toEqual(parsed);
	});
});

describe('quotes as Markdown', () => {
	const title = '*Harbour council approves a sea wall*';

	it('lists each quotation with its speaker and the article', () => {
		expect(lines(quotesCommand(harbour, {json: false, format: 'markdown'}))).toEqual([
			`- “long overdue” — Ana Lindqvist, ${title}`,
			`- “We cannot wait for the next storm to decide for us, … The town has waited long enough.” — Ana Lindqvist, ${title}`,
			'- “once in a century” (no speaker)',
			`- “a concrete fantasy” — the Greens, ${title}`,
			`- “the most important decision since the harbour itself” — Ana Lindqvist, ${title}`,
		]);
	});

	it('has an ASCII form', () => {
		const output = quotesCommand(harbour, {json: false, format: 'markdown', ascii: true});
		expect(lines(output)[0]).toBe(`- "long overdue" -- Ana Lindqvist, ${title}`);
		expect(lines(output)[1]).toContain('decide for us, ... The town');
		expect(output).toMatch(/^[\x20-\x7e\n]*$/);
	});

	it('escapes Markdown in the words so they cannot change the formatting', () => {
		const starred = withChanges(harbour, copy => {
			copy.quotes = [{...copy.quotes[0]!, text: '*not* [a link](x)'}];
		});
		expect(quotesCommand(starred, {json: false, format: 'markdown'})).toContain('“\\*not\\* \\[a link\\](x)”');
	});
});

describe('quotations', () => {
	it('gathers a chain of continuations under the quote that starts it, and leaves a dangling one alone', () => {
		const chained = withChanges(harbour, copy => {
			copy.quotes[2] = {...copy.quotes[2]!, continues: 'q1'};
			copy.quotes[1] = {...copy.quotes[1]!, continues: 'q1'};
			copy.quotes[4] = {...copy.quotes[4]!, continues: 'q9'};
		});
		expect(quotations(chained.quotes).map(group => group.map(quote => quote.id))).toEqual([['q1', 'q2', 'q3'], ['q4'], ['q5'], ['q6']]);
		expect(quotesCommand(chained, {json: false}).split('\n')[4]).toBe('the Greens (called the plan, continued): “a concrete fantasy”');
	});
});
