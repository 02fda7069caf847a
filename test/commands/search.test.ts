import {describe, expect, it} from 'vitest';
import {foundNothing, limitProblem, searchCommand, searchOutcome} from '../../source/commands/search.js';
import {harbour} from './fixture.js';

const lines = (output: string) => output.split('\n').slice(0, -1);

describe('search as text', () => {
	it('puts the quote a misspelt query means first, with rank, kind, score and speaker', () => {
		const first = lines(searchCommand(harbour, 'concrete fantsy', {json: false}))[0];
		expect(first).toMatch(/^1\. quote {2}0\.\d{3} {2}the Greens \(called the plan\): “a concrete fantasy”$/);
	});

	it('puts the entity a misspelt name means first, with its type', () => {
		const first = lines(searchCommand(harbour, 'lindqvst', {json: false}))[0];
		expect(first).toMatch(/^ ?1\. entity 0\.\d{3} {2}Ana Lindqvist \(person, Mayor\)$/);
	});

	it('prints at most --limit hits, best first', () => {
		const all = lines(searchCommand(harbour, 'harbour', {json: false}));
		expect(all.length).toBeGreaterThan(2);
		const two = lines(searchCommand(harbour, 'harbour', {json: false, limit: 2}));
		expect(two).toEqual(all.slice(0, 2).map(line => line.replace(/^ +/, '')));
	});

	it('prints nothing, and says nothing was found, when nothing matches', () => {
		const outcome = searchOutcome(harbour, 'zzxqwv', {json: false});
		expect(outcome.output).toBe('');
		expect(foundNothing(outcome)).toBe(true);
		expect(foundNothing(searchOutcome(harbour, 'kalvhamn', {json: false}))).toBe(false);
	});

	it('rejects a limit that is not a whole number of at least 1', () => {
		expect(limitProblem(20)).toBeUndefined();
		for (const bad of [0, -3, 1.5, Number.NaN]) expect(limitProblem(bad)).toMatch(/--limit/);
		expect(() => searchCommand(harbour, 'harbour', {json: false, limit: 0})).toThrow(/--limit/);
	});
});

describe('search as JSON', () => {
	it('is one array of hits carrying the fields of their quote or entity', () => {
		const parsed = JSON.parse(searchCommand(harbour, 'lindqvist', {json: true})) as Array<Record<string, unknown>>;
		expect(Array.isArray(parsed)).toBe(true);
		const entity = parsed.find(hit => hit['kind'] === 'entity');
		expect(entity).toMatchObject({id: 'ana-lindqvist', name: 'Ana Lindqvist', type: 'person', role: 'Mayor', mentionCount: 3});
		expect(entity?.['mentions']).toHaveLength(3);
		const quote = parsed.find(hit => hit['kind'] === 'quote');
		expect(quote).toMatchObject({speaker: 'Ana Lindqvist', speakerId: 'ana-lindqvist'});
		for (const field of ['id', 'text', 'cue', 'quoteKind', 'segment', 'start', 'end']) expect(quote).toHaveProperty(field);
		for (const hit of parsed) expect(typeof hit['score']).toBe('number');
	});

	it('gives the quote’s own kind as quoteKind, beside the hit’s kind', () => {
		const [hit] = JSON.parse(searchCommand(harbour, 'concrete fantasy', {json: true, limit: 1})) as Array<Record<string, unknown>>;
		expect(hit).toMatchObject({kind: 'quote', quoteKind: 'partial', text: 'a concrete fantasy', speaker: 'the Greens'});
	});

	it('is an empty array when nothing matches', () => {
		expect(JSON.parse(searchCommand(harbour, 'zzxqwv', {json: true}))).toEqual([]);
	});
});
