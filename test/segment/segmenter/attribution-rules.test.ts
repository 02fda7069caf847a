import {describe, expect, it} from 'vitest';
import {segment, speakers} from './helpers.js';

/*
 * Who speaks when an organization speaks through its staff or a noun for
 * itself, when a pronoun follows a sentence that names two people, and when
 * quoted words are a phrase going round rather than anyone's statement.
 */
describe('attribution rules', () => {
	it('gives the words of an organization’s officers to the organization', () => {
		const article = segment('Brenford Council\'s planning officers have backed the scheme, describing it as "modest and well designed" in their report.');
		expect(speakers(article)).toEqual([['modest and well designed', 'Brenford Council']]);
	});

	it('takes "the body" and "the forecaster" for the organization last named', () => {
		const article = segment(
			'The Coastal Weather Service issued a warning on Monday. The forecaster said the wind would be "stronger than anything this year."\n\n'
			+ 'The Heritage Trust of Dunmere objected. In a letter to the council, the body said the tower was "out of scale."',
		);
		expect(speakers(article)).toEqual([
			['stronger than anything this year.', 'Coastal Weather Service'],
			['out of scale.', 'Heritage Trust of Dunmere'],
		]);
	});

	it('does not take a clause opened by "while" for the attribution of the quote before it', () => {
		const article = segment('The Rowing Federation called the result "a great day for the sport", while head coach Ola Brandt warned against complacency.');
		expect(speakers(article)).toEqual([['a great day for the sport', 'Rowing Federation']]);
	});

	it('does not take a union for "the company"', () => {
		const article = segment(
			'Harbour Freight Ltd runs the terminal. Members of the Dockers Union of Kelmar walked out on Monday, in what the company calls "an illegal stoppage".',
		);
		expect(speakers(article)).toEqual([['an illegal stoppage', 'Harbour Freight Ltd']]);
	});

	it('gives the words of observers from an organization to the organization', () => {
		const article = segment('Observers from the Council of Baltic Democracies said the count had been "clean and quick".');
		expect(speakers(article)).toEqual([['clean and quick', 'Council of Baltic Democracies']]);
	});

	it('gives the words of a passive verb of judgment to its agent, or to no one', () => {
		const article = segment(
			'Pellow Bridge was declared "unsafe for traffic" in a 2019 survey by the Fenmore Highways Agency. '
			+ 'Sam Cole\'s scheme was described as "a waste of money" by residents.',
		);
		expect(speakers(article)).toEqual([
			['unsafe for traffic', 'Fenmore Highways Agency'],
			['a waste of money', null],
		]);
	});

	it('gives no speaker to a phrase heard going round, placed before the noun it describes', () => {
		const article = segment('Mayor Tom Ellery said he had heard talk of a "once in a generation" storm, but it was the second this year.');
		expect(speakers(article)).toEqual([['once in a generation', null]]);
	});

	it('keeps the speaker of a judgment after "a", or of a stock phrase he calls something', () => {
		const article = segment('Tom Ellery called it a "disgrace" and left. Ruth Marr called it a "once in a lifetime" chance.');
		expect(speakers(article)).toEqual([
			['disgrace', 'Tom Ellery'],
			['once in a lifetime', 'Ruth Marr'],
		]);
	});

	it('reads "he said" after a sentence naming a speaker and someone he spoke of as the speaker', () => {
		const article = segment(
			'In the harbour district, retired fisherman Piet Hollander, 70, said he had voted for Marta Keel "because she listens".\n\n'
			+ '"I have never missed a vote in my life," he said.',
		);
		expect(speakers(article)).toEqual([
			['because she listens', 'Piet Hollander'],
			['I have never missed a vote in my life,', 'Piet Hollander'],
		]);
	});

	it('leaves "she said" with the woman last named when the speaker was called "he"', () => {
		const article = segment(
			'Retired fisherman Piet Hollander said he had voted for Marta Keel "because she listens".\n\n'
			+ '"I will listen to everyone," she said.',
		);
		expect(speakers(article)).toEqual([
			['because she listens', 'Piet Hollander'],
			['I will listen to everyone,', 'Marta Keel'],
		]);
	});
});
