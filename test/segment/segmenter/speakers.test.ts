import {describe, expect, it} from 'vitest';
import {segment, speakers} from './helpers.js';

describe('speakers', () => {
	it('finds the speaker after the quote, in either order', () => {
		expect(speakers(segment('"We are ready," Emmanuel Macron said.'))).toEqual([['We are ready,', 'Emmanuel Macron']]);
		expect(speakers(segment('"We are ready," said Sen. Margaret Ellison of Ohio.'))).toEqual([['We are ready,', 'Margaret Ellison']]);
		expect(speakers(segment('"We are ready," Dana Whitcombe told reporters.'))).toEqual([['We are ready,', 'Dana Whitcombe']]);
	});

	it('fills the cue with the reporting words', () => {
		const article = segment('"We are ready," Dana Whitcombe told reporters on Friday.');
		expect(article.quotes[0]!.cue).toBe('told reporters');
	});

	it('knows a broad list of reporting verbs', () => {
		for (const verb of ['warned', 'insisted', 'noted', 'argued', 'added', 'wrote']) {
			expect(speakers(segment(`"It will not last," Harold Greer ${verb}.`))[0]![1]).toBe('Harold Greer');
		}
	});

	it('reads a colon introduction and a speaker before the quote', () => {
		expect(speakers(segment('Volodymyr Zelenskyy hailed the move: "This is a serious step."'))).toEqual([
			['This is a serious step.', 'Volodymyr Zelenskyy'],
		]);
		expect(speakers(segment('Ingrid Solberg called the victory "the best night of my life."'))).toEqual([
			['the best night of my life.', 'Ingrid Solberg'],
		]);
	});

	it('strips titles and roles from names and keeps them as the role', () => {
		const article = segment('"We proceed from that premise," French President Emmanuel Macron said.');
		const macron = article.entities.find(entity => entity.name === 'Emmanuel Macron');
		expect(macron?.role).toBe('French President');
		expect(speakers(article)[0]![1]).toBe('Emmanuel Macron');
	});

	it('links a surname to the full name and a pronoun to the person last named', () => {
		const text = 'Rovers manager Graham Pike spoke after the match.\n\n"We lose together," Pike said.\n\n"It is the rule," he added.';
		expect(speakers(segment(text))).toEqual([
			['We lose together,', 'Graham Pike'],
			['It is the rule,', 'Graham Pike'],
		]);
	});

	it('does not take a name inside the quote for the pronoun', () => {
		const text = 'Dana Whitcombe spoke first.\n\n"Harold Greer is wrong," she said.';
		expect(speakers(segment(text))).toEqual([['Harold Greer is wrong,', 'Dana Whitcombe']]);
	});

	it('gives "it said" to the organization last named', () => {
		const text = 'Northwind Foods announced the deal on Monday. It said there were "no current plans" to close factories.';
		expect(speakers(segment(text))).toEqual([['no current plans', 'Northwind Foods']]);
	});

	it('lets a capital speak for its government', () => {
		const text = 'Kyiv has rejected those demands as "old ultimatums."';
		expect(speakers(segment(text))).toEqual([['old ultimatums.', 'Kyiv']]);
	});

	it('credits the one quoted in "X, quoting Y"', () => {
		const text = '"The talks are over," the Interfax agency reported, quoting Dmitry Peskov.';
		expect(speakers(segment(text))).toEqual([['The talks are over,', 'Dmitry Peskov']]);
	});

	it('reads "according to X"', () => {
		const text = 'According to Hannah Osei, an analyst at Peel Hunt, investors see the deal as a "sensible, if expensive" way to grow.';
		expect(speakers(segment(text))).toEqual([['sensible, if expensive', 'Hannah Osei']]);
	});

	it('gives a quote with no cue of its own the speaker of the statement it continues', () => {
		const text = 'Mr. Reed was blunt. "I went down a rabbit hole," Marcus Reed said. "Then my neighbor got sick."';
		expect(speakers(segment(text))).toEqual([
			['I went down a rabbit hole,', 'Marcus Reed'],
			['Then my neighbor got sick.', 'Marcus Reed'],
		]);
	});

	it('gives no speaker to scare quotes, terms and titles', () => {
		const text = [
			'The bill leaves out the so-called "Christmas tree" riders.',
			'Fans call it the "Kingsway curse" in the city.',
			'The band played its new album, ‘Salt and Honey’, which the Kyiv Post has called “their best record”.',
			'Dr. Samuel Obi said the so-called "natural immunity" argument is wrong.',
		].join('\n\n');
		const result = speakers(segment(text));
		expect(result.slice(0, 4)).toEqual([
			['Christmas tree', null],
			['Kingsway curse', null],
			['Salt and Honey', null],
			['their best record', 'Kyiv Post'],
		]);
		expect(result[4]).toEqual(['natural immunity', null]);
	});

	it('gives no speaker to the words of unnamed people', () => {
		expect(speakers(segment('"It was terrifying," one resident said.'))).toEqual([['It was terrifying,', null]]);
	});
});

describe('pronouns', () => {
	it('stay unresolved when a first name we could not link stands closer', () => {
		const text = "Pierre Dubois spoke first. Dubois’ cousin, Marie, was less polite. ‘They never came,’ she said.";
		expect(speakers(segment(text))).toEqual([['They never came,', null]]);
	});
});

describe('more attribution forms', () => {
	it('reads present tense, questions and "in the words of"', () => {
		const text = [
			'“This is the first signal,” says Amara Okonkwo, an astronomer.',
			'“Why now?” asked Lars Eriksen of the Niels Bohr Institute.',
			'In the words of Eriksen, it is “a door opening.”',
		].join('\n\n');
		expect(speakers(segment(text))).toEqual([
			['This is the first signal,', 'Amara Okonkwo'],
			['Why now?', 'Lars Eriksen'],
			['a door opening.', 'Lars Eriksen'],
		]);
	});

	it('carries the subject across "and warned" to a second quote', () => {
		const text = 'The agency’s director, Rebecca Lin, said the result was “a milestone” — and warned that “confirmation will take years.”';
		expect(speakers(segment(text))).toEqual([
			['a milestone', 'Rebecca Lin'],
			['confirmation will take years.', 'Rebecca Lin'],
		]);
	});

	it('gives no speaker to names introduced by "known as"', () => {
		const text = 'NASA said in a filing that the program, known as “Project Ares,” would continue.';
		expect(speakers(segment(text))).toEqual([['Project Ares,', null]]);
	});
});

describe('quotes standing alone', () => {
	it('take the voice of the attributed quote that ends the paragraph before', () => {
		const text = '"We will fight," Dana Whitcombe said.\n\n"We will never give up on this town."';
		expect(speakers(segment(text))).toEqual([
			['We will fight,', 'Dana Whitcombe'],
			['We will never give up on this town.', 'Dana Whitcombe'],
		]);
	});

	it('stay without a speaker after a paragraph with no attributed quote', () => {
		const text = 'The council met on Monday.\n\n"We will never give up on this town."';
		expect(speakers(segment(text))).toEqual([['We will never give up on this town.', null]]);
	});
});

describe('organizations speaking through people', () => {
	it('credits the organization for its unnamed spokesperson', () => {
		const text = 'A spokesperson for the Environment Agency said the wall had "performed as designed."';
		expect(speakers(segment(text))).toEqual([['performed as designed.', 'Environment Agency']]);
	});

	it('reads past a long appositive to the organization', () => {
		const text = 'The Friends of Riverside Library, a group that raised $40,000 last year, said it was "exploring every legal avenue" to stay open.';
		expect(speakers(segment(text))).toEqual([['exploring every legal avenue', 'Friends of Riverside Library']]);
	});

	it('does not credit the subject of a sentence for a name given in passing', () => {
		const text = 'Senate Democrats introduced a bill, called the "Safe Streets Act," on Monday.';
		expect(speakers(segment(text))).toEqual([['Safe Streets Act,', null]]);
	});
});

describe('lone names', () => {
	it('take a name that speaks for a person even without a first name', () => {
		const text = 'Putin said the troops would stay.\n\n"We will not leave," Putin told reporters. Critics accuse Putin of stalling.';
		const article = segment(text);
		expect(speakers(article)).toEqual([['We will not leave,', 'Putin']]);
		expect(article.entities.find(entity => entity.name === 'Putin')?.mentions).toHaveLength(3);
	});
});

describe('people named by their role', () => {
	it('credit "the secretary" to the person last named with that role', () => {
		const text = 'Health Secretary Priya Natarajan visited the ward.\n\n"We are putting more money in," the secretary said.';
		expect(speakers(segment(text))).toEqual([['We are putting more money in,', 'Priya Natarajan']]);
	});

	it('leave a role no one was given without a speaker', () => {
		const text = 'Health Secretary Priya Natarajan visited the ward.\n\n"It is a disgrace," the nurse said.';
		expect(speakers(segment(text))).toEqual([['It is a disgrace,', null]]);
	});
});
