import {describe, expect, it} from 'vitest';
import type {Article} from '../../../source/article/schema.js';
import {segment, speakers} from './helpers.js';

/*
 * Speakers introduced by the sentence or paragraph before their words, sources
 * quoted through someone else, and words a clause says are someone else's charge.
 */
const typeOf = (article: Article, name: string) => article.entities.find(entity => entity.name === name || entity.aliases.includes(name))?.type;

describe('speaker introductions', () => {
	it('gives a statement closing its paragraph to the person the sentence before opens with', () => {
		const article = segment('Marek Olsen spoke to the press on Monday.\n\nOlsen also questioned the choice of venue. "You pick a small ground, you had better hope for rain."');
		expect(speakers(article)).toEqual([['You pick a small ground, you had better hope for rain.', 'Marek Olsen']]);
	});

	it('follows a pronoun subject in the sentence before', () => {
		const article = segment('Marek Olsen spoke to the press on Monday.\n\nHe was less relaxed about the booing. "That is not what our crowds are about."');
		expect(speakers(article)).toEqual([['That is not what our crowds are about.', 'Marek Olsen']]);
	});

	it('leaves the statement alone when the sentence before opens with no one', () => {
		const article = segment('Marek Olsen spoke to the press on Monday.\n\nThe crowd booed the decision. "That is not what our crowds are about."');
		expect(speakers(article)).toEqual([['That is not what our crowds are about.', null]]);
	});

	it('gives a paragraph that is only a quote to the person whose reported speech ends the paragraph before', () => {
		const article = segment('Lead author Prof Hanna Lindqvist of the Halden Institute said the finding had been hard to write down.\n\n"People ask me whether we can still save the glaciers. For the small ones, the answer is no."');
		expect(speakers(article)).toEqual([['People ask me whether we can still save the glaciers. For the small ones, the answer is no.', 'Hanna Lindqvist']]);
	});

	it('looks before the quote when the participle after it has no subject', () => {
		const article = segment('Hanna Lindqvist led the study. Lindqvist stressed that the results were "not a reason to give up", noting that the larger glaciers would survive.');
		expect(speakers(article)).toEqual([['not a reason to give up', 'Hanna Lindqvist']]);
	});

	it('gives words quoted from an organization to the organization', () => {
		const article = segment('Ratna Sari campaigns on forests. Sari, quoting the National Audit Agency, said that "a fifth of plantations operate without permits."');
		expect(speakers(article)).toEqual([['a fifth of plantations operate without permits.', 'National Audit Agency']]);
	});

	it('does not give a charge to the one who rejects it', () => {
		const article = segment('Some critics have dismissed the prize as "a popularity contest in a dinner jacket", a charge its director, Maria Okoye, rejects.');
		expect(speakers(article)).toEqual([['a popularity contest in a dinner jacket', null]]);
	});
});

describe('organizations and people named by what they are', () => {
	it('takes a sport and a country for a national sports body', () => {
		const article = segment('Rugby Canada confirmed the squad. "It is precautionary," a Rugby Canada spokesman said.');
		expect(typeOf(article, 'Rugby Canada')).toBe('organization');
		expect(speakers(article)).toEqual([['It is precautionary,', 'Rugby Canada']]);
	});

	it('takes a first name and a surname after a job for a person, and a bookseller for a firm', () => {
		const article = segment('The prize was judged by the broadcaster Hugh Ellery. The bookseller Foyles said sales had doubled.');
		expect(typeOf(article, 'Hugh Ellery')).toBe('person');
		expect(typeOf(article, 'Foyles')).toBe('organization');
	});

	it('takes a centre that forecasts or warns, and a district that governs, for organizations', () => {
		const article = segment('The River Forecast Centre said the river would peak on Monday. It warned that "prolonged high water" would strain the dikes. The Corran Valley Regional District ordered evacuations in the Lake District.');
		expect(typeOf(article, 'River Forecast Centre')).toBe('organization');
		expect(typeOf(article, 'Corran Valley Regional District')).toBe('organization');
		expect(typeOf(article, 'Lake District')).toBe('place');
		expect(speakers(article)).toEqual([['prolonged high water', 'River Forecast Centre']]);
	});
});
