import {describe, expect, it} from 'vitest';
import type {Article} from '../../../source/article/schema.js';
import {segment} from './helpers.js';

const byName = (article: Article, name: string) => article.entities.find(entity => entity.name === name);

describe('entities', () => {
	it('merges Britain, U.K. and United Kingdom, and U.S. with United States', () => {
		const article = segment('Britain and the U.S. agreed. The U.K. and the United States signed, as did the United Kingdom.');
		const britain = byName(article, 'United Kingdom');
		expect(britain?.type).toBe('place');
		expect(britain?.mentions.map(mention => mention.text)).toEqual(['Britain', 'U.K.', 'United Kingdom']);
		expect(byName(article, 'United States')?.mentions.map(mention => mention.text)).toEqual(['U.S.', 'United States']);
	});

	it('locates every mention of a person by full name and surname', () => {
		const article = segment('Russian President Vladimir Putin spoke. Putin said little.\n\nCritics accuse Putin of stalling.');
		const putin = byName(article, 'Vladimir Putin');
		expect(putin?.role).toBe('Russian President');
		expect(putin?.aliases).toEqual(['Putin']);
		expect(putin?.mentions.map(mention => [mention.segment, mention.text])).toEqual([
			['p1', 'Vladimir Putin'],
			['p1', 'Putin'],
			['p2', 'Putin'],
		]);
	});

	it('finds places and organizations inside a role', () => {
		const article = segment('U.S. Trade Representative Meredith Kaine met Senate Majority Leader Dana Whitcombe.');
		expect(byName(article, 'United States')?.type).toBe('place');
		expect(byName(article, 'Senate')?.type).toBe('organization');
		expect(byName(article, 'Meredith Kaine')?.role).toBe('U.S. Trade Representative');
	});

	it('types organizations by their words and links acronyms', () => {
		const article = segment('The Congressional Budget Office published its estimate. The CBO said costs would rise. NATO agreed.');
		expect(byName(article, 'Congressional Budget Office')?.aliases).toEqual(['CBO']);
		expect(byName(article, 'NATO')?.type).toBe('organization');
	});

	it('ignores days, months, nationalities and sentence openers', () => {
		const article = segment('On Thursday, French and German officials met in January. However, nothing changed.');
		expect(article.entities).toEqual([]);
	});

	it('strips honorifics from names', () => {
		const article = segment('Marcus Reed spoke. Mr. Reed was angry.');
		expect(byName(article, 'Marcus Reed')?.mentions.map(mention => mention.text)).toEqual(['Marcus Reed', 'Reed']);
	});
});

describe('entity types from context', () => {
	it('reads the common noun before a name', () => {
		const article = segment('The study appeared in the journal Nature. The band Sonyashnyk played at the club Blue Cellar.');
		expect(byName(article, 'Nature')?.type).toBe('organization');
		expect(byName(article, 'Sonyashnyk')?.type).toBe('organization');
		expect(byName(article, 'Blue Cellar')?.type).toBe('place');
	});

	it('takes unknown names after "at" for firms and after "in" for places', () => {
		const article = segment('Hannah Osei, an analyst at Peel Hunt, lives in Kelby with analysts at Barclays.');
		expect(byName(article, 'Peel Hunt')?.type).toBe('organization');
		expect(byName(article, 'Barclays')?.type).toBe('organization');
		expect(byName(article, 'Kelby')?.type).toBe('place');
		expect(byName(article, 'Hannah Osei')?.type).toBe('person');
	});

	it('keeps names with commas, ampersands and particles whole', () => {
		const article = segment("Japan's Ministry of Economy, Trade and Industry welcomed it, as did Calder & Finch and Ursula von der Leyen.");
		expect(byName(article, 'Ministry of Economy, Trade and Industry')?.type).toBe('organization');
		expect(byName(article, 'Calder & Finch')?.type).toBe('organization');
		expect(byName(article, 'Ursula von der Leyen')?.type).toBe('person');
	});

	it('gives no entity to a slogan or a title in quotes', () => {
		const article = segment('They chanted "Books Not Budgets." The album ‘Salt and Honey’ sold well.');
		expect(article.entities).toEqual([]);
	});
});

describe('entities in headings', () => {
	it('takes only names known from the text or the lists, since headings may be in title case', () => {
		const article = segment('Dana Whitcombe spoke in Ohio.\n\n## What Comes Next For Dana Whitcombe And Ohio\n\nNothing yet.');
		expect(article.entities.map(entity => [entity.name, entity.mentions.length])).toEqual([
			['Dana Whitcombe', 2],
			['Ohio', 2],
		]);
	});
});

describe('more entity context', () => {
	it('types a name by the appositive after it and a town by its state', () => {
		const article = segment("IG Metall, Germany's biggest union, called for talks at the plant in Austin, Texas, and at Voltaris Semiconductor.");
		expect(byName(article, 'IG Metall')?.type).toBe('organization');
		expect(byName(article, 'Austin')?.type).toBe('place');
		expect(byName(article, 'Voltaris Semiconductor')?.type).toBe('organization');
	});

	it('takes the European Union for an organization that speaks, under its short names too', () => {
		const article = segment('The European Union said the tariffs were "unlawful". EU ministers meet on Friday.');
		const union = byName(article, 'European Union');
		expect(union?.type).toBe('organization');
		expect(union?.aliases).toEqual(['EU']);
		expect(article.quotes[0]?.speaker).toBe(union?.id);
	});
});
