import {describe, expect, it} from 'vitest';
import type {Article} from '../../../source/article/schema.js';
import {segment} from './helpers.js';

/*
 * Real places named the way news names them: from the lists of the world's
 * cities, regions, rivers and ranges, and from the shapes around them.
 */
const typeOf = (article: Article, name: string) => article.entities.find(entity => entity.name === name || entity.aliases.includes(name))?.type;
const names = (article: Article) => article.entities.map(entity => entity.name);

describe('world places', () => {
	it('knows provinces, states, rivers, ranges and islands', () => {
		const article = segment('Barges on the Rhine carried less. Crews flew from Queensland to British Columbia, then on to the Andes and the Alps. Growers on Sumatra waited.');
		for (const place of ['Rhine', 'Queensland', 'British Columbia', 'Andes', 'Alps', 'Sumatra']) expect(typeOf(article, place), place).toBe('place');
	});

	it('takes a listed two-word town for a place, not for a person with a first name', () => {
		const article = segment('Priya Kaur, who commutes from Milton Keynes, said the trains were late.');
		expect(typeOf(article, 'Milton Keynes')).toBe('place');
		expect(typeOf(article, 'Priya Kaur')).toBe('person');
	});

	it('reads a province’s abbreviation in a dateline', () => {
		const article = segment('KELOWNA, B.C. — Crews worked through the night.');
		expect(article.entities.find(entity => entity.aliases.includes('B.C.'))?.name).toBe('British Columbia');
	});

	it('keeps "Washington, D.C." as the name the text prints', () => {
		const article = segment('Officials in Washington, D.C., have urged states to act.');
		expect(article.entities.find(entity => entity.type === 'place')?.aliases).toContain('Washington, D.C.');
	});

	it('drops a word that is capitalized only because it opens the sentence before a known place', () => {
		const article = segment('Neighbouring Malaysia has objected. Shares of the San Jose company rose.');
		expect(typeOf(article, 'Malaysia')).toBe('place');
		expect(typeOf(article, 'San Jose')).toBe('place');
		expect(names(article)).not.toContain('Neighbouring Malaysia');
		expect(names(article)).not.toContain('Shares of the San Jose');
	});

	it('still reads a British public body named for its nation as one organization', () => {
		const article = segment('Historic England objected to the plan.');
		expect(typeOf(article, 'Historic England')).toBe('organization');
		expect(names(article)).not.toContain('England');
	});

	it('takes the seat a member sits for as a place', () => {
		const article = segment('The motion was tabled by Owen Pritchard, the Labour MP for Hexley Vale, on Monday.');
		expect(typeOf(article, 'Hexley Vale')).toBe('place');
		expect(typeOf(article, 'Owen Pritchard')).toBe('person');
	});

	it('names a road by its number, but not a bus route', () => {
		const article = segment('Sandbags were filled off Highway 7. The wreck closed Interstate 80. If Route 14 goes, riders lose out.');
		expect(typeOf(article, 'Highway 7')).toBe('place');
		expect(typeOf(article, 'Interstate 80')).toBe('place');
		expect(typeOf(article, 'Route 14')).toBeUndefined();
	});

	it('takes ovals and fairgrounds for venues', () => {
		const article = segment('Australia batted at Bellerive Oval. The clinic moved to the Marlow County Fairgrounds.');
		expect(typeOf(article, 'Bellerive Oval')).toBe('place');
		expect(typeOf(article, 'Marlow County Fairgrounds')).toBe('place');
	});

	it('knows former states, auditoriums and palaces named for a place', () => {
		const article = segment('The border dates from the Soviet Union. The band played the Corran Auditorium. MPs met in the Palace of Holmwood.');
		expect(typeOf(article, 'Soviet Union')).toBe('place');
		expect(typeOf(article, 'Corran Auditorium')).toBe('place');
		expect(typeOf(article, 'Palace of Holmwood')).toBe('place');
	});
});
