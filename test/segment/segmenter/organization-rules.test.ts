import {describe, expect, it} from 'vitest';
import type {Article} from '../../../source/article/schema.js';
import {segment} from './helpers.js';

/*
 * Organizations known by the words their names are built from, in English and
 * in the languages news copies names from, and by the way names are listed.
 */
const typeOf = (article: Article, name: string) => article.entities.find(entity => entity.name === name || entity.aliases.includes(name))?.type;
const names = (article: Article) => article.entities.map(entity => entity.name);

describe('organization rules', () => {
	it('takes housebuilders, energy firms and food pantries for organizations by their last word', () => {
		const article = segment('Tarnley Homes bought the field. Orvane Renewables owns the turbines. Volunteers at the Halbrook Food Pantry packed boxes.');
		expect(typeOf(article, 'Tarnley Homes')).toBe('organization');
		expect(typeOf(article, 'Orvane Renewables')).toBe('organization');
		expect(typeOf(article, 'Halbrook Food Pantry')).toBe('organization');
	});

	it('knows institutions, parties and newspapers by their words in other languages', () => {
		const article = segment('Scientists at the Veldberg Institutet and the Universidad de Marvella agreed. The Partido Social Unido and the Alianza Verde both lost seats, the daily Solvik Tidende reported.');
		expect(typeOf(article, 'Veldberg Institutet')).toBe('organization');
		expect(typeOf(article, 'Universidad de Marvella')).toBe('organization');
		expect(typeOf(article, 'Partido Social Unido')).toBe('organization');
		expect(typeOf(article, 'Alianza Verde')).toBe('organization');
		expect(typeOf(article, 'Solvik Tidende')).toBe('organization');
	});

	it('knows Scandinavian sports clubs by their suffix', () => {
		const article = segment('The striker scored twice against Brennvik IL and once against Ostrum IF.');
		expect(typeOf(article, 'Brennvik IL')).toBe('organization');
		expect(typeOf(article, 'Ostrum IF')).toBe('organization');
	});

	it('takes an acronym followed by a name for an organization', () => {
		const article = segment('The figures were published by KLF Cymru on Monday. Later, QRT Ports said the berths were full.');
		expect(typeOf(article, 'KLF Cymru')).toBe('organization');
		expect(typeOf(article, 'QRT Ports')).toBe('organization');
	});

	it('does not take a person’s two initials for an organization’s', () => {
		const article = segment('The novel by TJ Hallam sold well.');
		expect(typeOf(article, 'TJ Hallam')).not.toBe('organization');
	});

	it('takes a publication ending in Review for an organization, its nationality included', () => {
		const article = segment('"We will not sell," she told the Canadian Farming Review.');
		expect(typeOf(article, 'Canadian Farming Review')).toBe('organization');
		expect(names(article)).not.toContain('Farming Review');
	});

	it('does not take a government review for an organization', () => {
		const article = segment('The cuts were set out in the Spending Review, and a Judicial Review followed.');
		expect(typeOf(article, 'Spending Review')).not.toBe('organization');
		expect(typeOf(article, 'Judicial Review')).not.toBe('organization');
	});

	it('takes "Transport for Wales" and the like for one organization', () => {
		const article = segment('Trains were cancelled, and Transport for Scotland said buses would replace them.');
		expect(typeOf(article, 'Transport for Scotland')).toBe('organization');
	});

	it('splits two councils joined by "and the"', () => {
		const article = segment('The work was paid for by the Danish Research Council and the Dutch Research Council.');
		expect(typeOf(article, 'Danish Research Council')).toBe('organization');
		expect(typeOf(article, 'Dutch Research Council')).toBe('organization');
		expect(names(article)).not.toContain('Danish Research Council and the Dutch Research Council');
	});

	it('keeps a department named for two fields as one', () => {
		const article = segment('The Department for Culture and Sport said the grant would stand.');
		expect(typeOf(article, 'Department for Culture and Sport')).toBe('organization');
	});

	it('keeps a saint’s possessive inside the name of an institution', () => {
		const article = segment('The St. Oswin\'s Food Pantry fed 300 families. St. Oswin\'s Food Pantry said it needed volunteers.');
		expect(typeOf(article, 'St. Oswin\'s Food Pantry')).toBe('organization');
		expect(names(article)).not.toContain('St. Oswin');
		expect(names(article)).not.toContain('Food Pantry');
	});

	it('separates a company from the country after "of"', () => {
		const article = segment('The mill is run by Kestrel Paperworks with partner Tovan Industries of Denmark.');
		expect(typeOf(article, 'Tovan Industries')).toBe('organization');
		expect(typeOf(article, 'Denmark')).toBe('place');
	});

	it('takes a word and a British nation for a public body, but not New England', () => {
		const article = segment('Sport Scotland has objected to the plan. Voters across New England were unmoved.');
		expect(typeOf(article, 'Sport Scotland')).toBe('organization');
		expect(typeOf(article, 'New England')).not.toBe('organization');
	});

	it('takes an American high school for an organization, apart from the street it is on', () => {
		const article = segment('Teachers picketed outside Garfield High on the Old Mill Road.');
		expect(typeOf(article, 'Garfield High')).toBe('organization');
		expect(typeOf(article, 'Old Mill Road')).toBe('place');
	});

	it('keeps a bank named for its country whole', () => {
		const article = segment('The Central Bank of Peru raised rates.');
		expect(typeOf(article, 'Central Bank of Peru')).toBe('organization');
	});
});
