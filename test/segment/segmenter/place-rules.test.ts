import {describe, expect, it} from 'vitest';
import type {Article} from '../../../source/article/schema.js';
import {segment, speakers} from './helpers.js';

/*
 * Places by the words they are built from, the words around them and the
 * lists they stand in; and capitalized words that name no one.
 */
const typeOf = (article: Article, name: string) => article.entities.find(entity => entity.name === name || entity.aliases.includes(name))?.type;
const names = (article: Article) => article.entities.map(entity => entity.name);

describe('place rules', () => {
	it('takes a compass point before a known sea or ocean for one place', () => {
		const article = segment('The trawlers fish the North Atlantic and the South Pacific.');
		expect(typeOf(article, 'North Atlantic')).toBe('place');
		expect(typeOf(article, 'South Pacific')).toBe('place');
	});

	it('knows a listed place written with or without its accents, and lets a capital speak', () => {
		const article = segment('Bogotá was quick to respond, saying it wanted "a fair deal for both sides."');
		expect(typeOf(article, 'Bogotá')).toBe('place');
		expect(speakers(article)).toEqual([['a fair deal for both sides.', 'Bogotá']]);
	});

	it('knows inns, spa towns, railway halts and stadiums named in other languages', () => {
		const article = segment('They met at the Plough Inn. The bus runs from Amberley Wells to Ludford Halt. The final is at the Brekka Stadion, then the Estadio Ventura.');
		expect(typeOf(article, 'Plough Inn')).toBe('place');
		expect(typeOf(article, 'Amberley Wells')).toBe('place');
		expect(typeOf(article, 'Ludford Halt')).toBe('place');
		expect(typeOf(article, 'Brekka Stadion')).toBe('place');
		expect(typeOf(article, 'Estadio Ventura')).toBe('place');
	});

	it('splits a building from the street it stands on', () => {
		const article = segment('A sign outside the Plough Inn on Little Mill Street asked for quiet.');
		expect(typeOf(article, 'Plough Inn')).toBe('place');
		expect(typeOf(article, 'Little Mill Street')).toBe('place');
		expect(names(article)).not.toContain('Plough Inn on Little Mill Street');
	});

	it('keeps a date in the name of an avenue', () => {
		const article = segment('Crowds filled Avenida 9 de Marzo until dawn.');
		expect(typeOf(article, 'Avenida 9 de Marzo')).toBe('place');
		expect(names(article)).not.toContain('de Marzo');
	});

	it('takes "Río de …" for a river', () => {
		const article = segment('Boats came down from the Río de la Sierra.');
		expect(typeOf(article, 'Río de la Sierra')).toBe('place');
	});

	it('takes a name after "neighbouring" or "nearby" for a place', () => {
		const article = segment('Turnout rose in the capital and neighbouring Valdora, and fell in nearby Castell.');
		expect(typeOf(article, 'Valdora')).toBe('place');
		expect(typeOf(article, 'Castell')).toBe('place');
	});

	it('takes what the islands or towns "of" are for places', () => {
		const article = segment('Volunteers came from the islands of Varrö and Tessö and the fishing towns of Nordmark.');
		expect(typeOf(article, 'Varrö')).toBe('place');
		expect(typeOf(article, 'Tessö')).toBe('place');
		expect(typeOf(article, 'Nordmark')).toBe('place');
	});

	it('takes a name spelt like a fjord after "over the" for a place', () => {
		const article = segment('The hotel looks out over the Skarvefjord.');
		expect(typeOf(article, 'Skarvefjord')).toBe('place');
	});

	it('takes names after ", at" and after a river gauge "at" for places, not employers', () => {
		const article = segment('Flood warnings stayed in force overnight, at Coln Ashby and Hexley Moss, and the gauge at Wendmere hit a record. Traffic was stopped on the hills above Pellock.');
		expect(typeOf(article, 'Hexley Moss')).toBe('place');
		expect(typeOf(article, 'Coln Ashby')).toBe('place');
		expect(typeOf(article, 'Wendmere')).toBe('place');
		expect(typeOf(article, 'Pellock')).toBe('place');
	});

	it('still takes an unknown name after "an analyst at" or after a person and ", at" for an employer', () => {
		const article = segment('"Rates will fall," said Dana Kroll, an analyst at Fenwick Laxton. "Not yet," said Kari Holm, at Kestling.');
		expect(typeOf(article, 'Fenwick Laxton')).toBe('organization');
		expect(typeOf(article, 'Kestling')).toBe('organization');
	});

	it('takes what an appositive calls a wind farm for a place', () => {
		const article = segment('The government approved Havbris Nord, a 2.4-gigawatt offshore wind farm in the North Sea.');
		expect(typeOf(article, 'Havbris Nord')).toBe('place');
	});

	it('takes a road number for a place only where traffic is spoken of', () => {
		const article = segment('The B4519 remained closed after a landslip. The airline will fly the A350 to Oslo.');
		expect(typeOf(article, 'B4519')).toBe('place');
		expect(typeOf(article, 'A350')).toBeUndefined();
	});

	it('names no person for an animal or a boat', () => {
		const article = segment('He bought a racehorse named Silver Comet and a yacht called Blue Heron.');
		expect(typeOf(article, 'Silver Comet')).not.toBe('person');
		expect(typeOf(article, 'Blue Heron')).not.toBe('person');
	});

	it('names no person for a storm, a sentence opener or the pronoun I', () => {
		const article = segment('Storm Idris brought down trees. Near Colbeck station, the line was blocked. "When the call came I was asleep," Lena Holt said.');
		expect(typeOf(article, 'Storm Idris')).toBe('event');
		expect(names(article)).not.toContain('Idris');
		expect(names(article)).not.toContain('Near Colbeck');
		expect(names(article)).not.toContain('I');
	});
});

describe('people whose names look like places', () => {
	it('takes a place word after an unlisted first name for a surname when the text speaks of a person', () => {
		const article = segment('"The water rose fast," said Lena Marsh, a retired teacher. The road to Kelby Marsh flooded.');
		expect(typeOf(article, 'Lena Marsh')).toBe('person');
		expect(typeOf(article, 'Kelby Marsh')).toBe('place');
		expect(speakers(article)).toEqual([['The water rose fast,', 'Lena Marsh']]);
	});
});

describe('people outside a match report', () => {
	it('does not take the candidate someone beat for a club', () => {
		const article = segment('Marta Keel beat Tomasz Arvelo in the run-off on Sunday. Arvelo conceded at midnight.');
		expect(typeOf(article, 'Tomasz Arvelo')).toBe('person');
	});

	it('still takes the side a club beat for an organization in a match report', () => {
		const article = segment('The striker scored twice as Dunholm beat Carrickmore 3-1 in the league. The goalkeeper saved a penalty at half-time, and the midfielder was booked for the club before the final whistle of the season.');
		expect(typeOf(article, 'Carrickmore')).toBe('organization');
	});
});
