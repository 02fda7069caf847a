import {describe, expect, it} from 'vitest';
import type {Article} from '../../../source/article/schema.js';
import {segment, speakers} from './helpers.js';

const typeOf = (article: Article, name: string) => article.entities.find(entity => entity.name === name)?.type;

describe('names typed by the article around them', () => {
	it('takes a place from a hyphenated base, an appositive and a list', () => {
		const article = segment('The Halden-based firm hired staff in Tromvik. Many commute from Ashby Vale and Pellington, villages to the north. Dunmore, a market town of 8,000 people, voted no.');
		expect(typeOf(article, 'Halden')).toBe('place');
		expect(typeOf(article, 'Ashby Vale')).toBe('place');
		expect(typeOf(article, 'Pellington')).toBe('place');
		expect(typeOf(article, 'Dunmore')).toBe('place');
	});

	it('takes a place from the geographic noun after it and the words that open it', () => {
		const article = segment('Drones surveyed the Ria Formosa lagoon. Dockers at the Port of Halvik struck, and a farmer at Higher Polgrain lost sheep off the coast of Tavira.');
		expect(typeOf(article, 'Ria Formosa')).toBe('place');
		expect(typeOf(article, 'Port of Halvik')).toBe('place');
		expect(typeOf(article, 'Higher Polgrain')).toBe('place');
		expect(typeOf(article, 'Tavira')).toBe('place');
	});

	it('makes a company of a name that is bought, founded and employs', () => {
		const article = segment('Fjellvik Maritime agreed to buy Orsund Kraft. Orsund Kraft, founded in 1962, employs 900 people. Shares in Fjellvik rose, and Fjellvik\'s chief executive was pleased.');
		expect(typeOf(article, 'Fjellvik Maritime')).toBe('organization');
		expect(typeOf(article, 'Orsund Kraft')).toBe('organization');
	});

	it('reads institutions whose names hold a title word or a list of fields', () => {
		const article = segment('Nurses at Castlebrook General Hospital wrote to the Department of Health and Social Care and to the Northern Premier League.');
		expect(typeOf(article, 'Castlebrook General Hospital')).toBe('organization');
		expect(typeOf(article, 'Department of Health and Social Care')).toBe('organization');
		expect(typeOf(article, 'Northern Premier League')).toBe('organization');
	});

	it('keeps people people when a role or an age stands beside them', () => {
		const article = segment('Its chief executive, Marcus Penhale, said in a letter that it was over. Nadia, a single mother of two, agreed. Bram Oystervelt, 52, did not.');
		expect(typeOf(article, 'Marcus Penhale')).toBe('person');
		expect(typeOf(article, 'Nadia')).toBe('person');
		expect(typeOf(article, 'Bram Oystervelt')).toBe('person');
	});

	it('leaves the town out of its council, and a surname after a first name alone', () => {
		const article = segment('The Millbrook Town Council voted to close the pool, money Millbrook does not have. Sarah Hall objected.');
		expect(typeOf(article, 'Millbrook Town Council')).toBe('organization');
		expect(typeOf(article, 'Millbrook')).toBe('place');
		expect(typeOf(article, 'Sarah Hall')).toBe('person');
	});

	it('gives a lone first name its speaker', () => {
		const article = segment('Nadia, a single mother who asked that her surname not be used, came in the spring. "I never thought I\'d need this," she said.');
		expect(speakers(article)).toEqual([["I never thought I'd need this,", 'Nadia']]);
	});
});

describe('short names in brackets', () => {
	it('takes the letters after a name for that name, whatever they spell, and lets it speak', () => {
		const article = segment('The Moravian Metalworkers\' Union (MOS) said it had received "verbal assurances" on jobs. The Harlow Pike Alliance (HPA) agreed, and the MOS welcomed it.');
		const union = article.entities.find(entity => entity.name === 'Moravian Metalworkers\' Union');
		expect(union?.type).toBe('organization');
		expect(union?.aliases).toEqual(['MOS']);
		expect(typeOf(article, 'Harlow Pike Alliance')).toBe('organization');
		expect(speakers(article)).toEqual([['verbal assurances', 'Moravian Metalworkers\' Union']]);
	});
});
