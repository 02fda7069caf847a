import {describe, expect, it} from 'vitest';
import {entitiesCommand} from '../../source/commands/entities.js';
import {plainTextArticle} from '../../source/commands/plain-text.js';
import {quotesCommand} from '../../source/commands/quotes.js';
import {searchCommand} from '../../source/commands/search.js';
import {bundled} from '../helpers.js';

type Hit = {kind: 'quote' | 'entity'; speaker?: string | null; text?: string; name?: string};
const search = (query: string) => JSON.parse(searchCommand(bundled, query, {json: true, limit: 10})) as Hit[];

describe('the commands on the bundled article', () => {
	it('finds Macron’s reassurance-force statement first for “reasurance”', () => {
		const [first] = search('reasurance');
		expect(first).toMatchObject({kind: 'quote', speaker: 'Emmanuel Macron'});
		expect(first?.text).toContain('reassurance force');
	});

	it('finds Putin’s quote for “legitmate”', () => {
		expect(search('legitmate')[0]).toMatchObject({kind: 'quote', speaker: 'Vladimir Putin'});
	});

	it('finds Volodymyr Zelenskyy for “zelensky”', () => {
		expect(search('zelensky')[0]).toMatchObject({kind: 'entity', name: 'Volodymyr Zelenskyy'});
	});

	it('finds Vladivostok for “vladivostock”', () => {
		expect(search('vladivostock')[0]).toMatchObject({kind: 'entity', name: 'Vladivostok'});
		expect(searchCommand(bundled, 'vladivostock', {json: false})).toMatch(/^1\. entity 0\.\d{3} {2}Vladivostok \(place\)\n/);
	});

	it('lists every one of Putin’s quotes as JSON', () => {
		const quotes = JSON.parse(quotesCommand(bundled, {json: true})) as Array<{text: string; speaker: string | null}>;
		const putin = bundled.quotes.filter(quote => quote.speaker === 'vladimir-putin').map(quote => quote.text);
		expect(putin.length).toBeGreaterThan(0);
		expect(quotes.filter(quote => quote.speaker === 'Vladimir Putin').map(quote => quote.text)).toEqual(putin);
		expect(quotes.find(quote => quote.text === 'reassurance')?.speaker).toBeNull();
	});

	it('lists every quote once as text', () => {
		const lines = quotesCommand(bundled, {json: false}).split('\n').slice(0, -1);
		expect(lines).toHaveLength(bundled.quotes.length);
		expect(lines[0]).toBe('Vladimir Putin (warned): “legitimate”');
	});

	it('groups the entities with people first', () => {
		const output = entitiesCommand(bundled, {json: false});
		expect(output.startsWith('People (5)\n  Vladimir Putin — Russian President — aliases: Putin — 5 mentions\n')).toBe(true);
	});

	it('prints the article with its heading set apart and every paragraph on its own line', () => {
		const lines = plainTextArticle(bundled).split('\n');
		expect(lines[0]).toBe(bundled.meta.title);
		const heading = lines.indexOf('‘Coalition of the willing’');
		expect(lines[heading - 1]).toBe('');
		expect(lines[heading + 1]).toMatch(/^-+$/);
		for (const segment of bundled.segments) expect(lines).toContain(segment.text);
	});
});
