import {describe, expect, it} from 'vitest';
import type {Article} from '../../../source/article/schema.js';
import {segment} from './helpers.js';

/*
 * Organizations known by general naming patterns: the words bodies are named
 * with, a statistics office's one-word name, and two names joined by "and the".
 */
const typeOf = (article: Article, name: string) => article.entities.find(entity => entity.name === name || entity.aliases.includes(name))?.type;
const names = (article: Article) => article.entities.map(entity => entity.name);

describe('organization naming', () => {
	it('takes collaboratives, programmes, panels and surveys for organizations', () => {
		const article = segment('The Coastal Care Collaborative, the Rural Meals Programme, the Tidewater Advisory Panel and the Fenland Bird Survey all signed the letter.');
		expect(typeOf(article, 'Coastal Care Collaborative')).toBe('organization');
		expect(typeOf(article, 'Rural Meals Programme')).toBe('organization');
		expect(typeOf(article, 'Tidewater Advisory Panel')).toBe('organization');
		expect(typeOf(article, 'Fenland Bird Survey')).toBe('organization');
	});

	it('takes a one-word name ending in "stat" for a statistics office', () => {
		const article = segment('Prices rose 2 percent in May, Nordstat said on Tuesday.');
		expect(typeOf(article, 'Nordstat')).toBe('organization');
	});

	it('keeps a surname ending in "bank" a person', () => {
		const article = segment('Finance minister Ruth Ashbank defended the budget. Ashbank said it was fair.');
		expect(typeOf(article, 'Ruth Ashbank')).toBe('person');
	});

	it('splits a country and an organization joined by "and the"', () => {
		const article = segment('Talks between the U.S. and the Pacific Fisheries Council broke down on Friday.');
		expect(names(article)).toContain('Pacific Fisheries Council');
		expect(names(article)).not.toContain('U.S. and the Pacific Fisheries Council');
	});

	it('knows both houses of the British parliament', () => {
		const article = segment('The bill passed the House of Commons in March and now goes to the House of Lords.');
		expect(typeOf(article, 'House of Commons')).toBe('organization');
		expect(typeOf(article, 'House of Lords')).toBe('organization');
		expect(names(article).some(name => name.startsWith('of '))).toBe(false);
	});
});

describe('offices named for a post', () => {
	it('keeps "the U.S. Attorney’s Office for …" one organization', () => {
		const article = segment('The U.S. Attorney\'s Office for the District of Vermont said the case was closed.');
		expect(typeOf(article, 'U.S. Attorney\'s Office for the District of Vermont')).toBe('organization');
	});
});

describe('names built from a trade, a newspaper title or an institution', () => {
	it('takes a name ending in a trade for a firm', () => {
		const article = segment('The contract went to Harlow Dredging, and Pennick Trucking lost out.');
		expect(typeOf(article, 'Harlow Dredging')).toBe('organization');
		expect(typeOf(article, 'Pennick Trucking')).toBe('organization');
	});

	it('takes a newspaper known by its title word after "the" for an organization', () => {
		const article = segment('In a letter to the Herald, the council said the road would reopen.');
		expect(typeOf(article, 'Herald')).toBe('organization');
	});

	it('takes a medical or research centre for an institution', () => {
		const article = segment('She was treated at Eastvale Regional Medical Center and later moved.');
		expect(typeOf(article, 'Eastvale Regional Medical Center')).toBe('organization');
	});

	it('knows "the Commons" as the House of Commons', () => {
		const article = segment('The amendment comes before the Commons next week.');
		expect(typeOf(article, 'Commons')).toBe('organization');
	});
});
