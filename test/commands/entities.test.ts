import {describe, expect, it} from 'vitest';
import {entitiesCommand} from '../../source/commands/entities.js';
import {harbour, withChanges} from './fixture.js';

describe('entities as text', () => {
	const output = entitiesCommand(harbour, {json: false});

	it('groups people, places and organizations first, then the other types', () => {
		const headings = output.split('\n').filter(line => line !== '' && !line.startsWith(' '));
		expect(headings).toEqual(['People (2)', 'Places (1)', 'Organizations (2)', 'Groups (1)', 'Events (1)', 'Works (1)', 'Other (1)']);
	});

	it('writes each entity with its role, aliases and how often it is mentioned', () => {
		expect(output).toContain('  Ana Lindqvist — Mayor — aliases: Lindqvist — 3 mentions\n');
		expect(output).toContain('  Erik Dahl — 1 mention\n');
		expect(output).toContain('  the Greens — aliases: Greens — 1 mention\n');
	});

	it('lists every entity once', () => {
		for (const entity of harbour.entities) {
			expect(output.split('\n').filter(line => line.startsWith(`  ${entity.name} —`))).toHaveLength(1);
		}
	});

	it('separates the groups with a blank line', () => {
		expect(output).toContain('3 mentions\n  Erik Dahl — 1 mention\n\nPlaces (1)\n');
	});

	it('prints nothing when the article names nobody', () => {
		expect(entitiesCommand(withChanges(harbour, copy => (copy.entities = [])), {json: false})).toBe('');
	});
});

describe('entities as JSON', () => {
	const parsed = JSON.parse(entitiesCommand(harbour, {json: true})) as Array<Record<string, unknown>>;

	it('is one array with every entity in the article’s order', () => {
		expect(parsed.map(entity => entity['id'])).toEqual(harbour.entities.map(entity => entity.id));
	});

	it('keeps every mention with where it is, and counts them', () => {
		expect(parsed[0]).toEqual({
			id: 'ana-lindqvist',
			name: 'Ana Lindqvist',
			type: 'person',
			aliases: ['Lindqvist'],
			role: 'Mayor',
			mentionCount: 3,
			mentions: [
				{segment: 'p1', start: 6, end: 19, text: 'Ana Lindqvist'},
				{segment: 'p2', start: 54, end: 63, text: 'Lindqvist'},
				{segment: 'p5', start: 0, end: 9, text: 'Lindqvist'},
			],
		});
	});

	it('gives a null role when the article gives none', () => {
		expect(parsed[1]).toMatchObject({name: 'Erik Dahl', role: null, aliases: [], mentionCount: 1});
	});
});

describe('an entity of a type the list does not know', () => {
	it('is still listed, under Other', () => {
		const odd = withChanges(harbour, copy => {
			(copy.entities[1] as {type: string}).type = 'vessel';
		});
		expect(entitiesCommand(odd, {json: false})).toContain('Other (2)\n  Erik Dahl — 1 mention\n  kronor — 1 mention\n');
	});
});
