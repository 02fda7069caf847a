import {describe, expect, it} from 'vitest';
import {segment, speakers} from './helpers.js';

describe('speakers named in the shapes news gives them', () => {
	it('credits the organization behind an unnamed spokesperson', () => {
		const text = 'Harmon Water Authority raised prices. A company spokesman said the rise was "unavoidable." The Kelby Town Council objected, and a council spokeswoman called it "a disgrace."';
		expect(speakers(segment(text))).toEqual([
			['unavoidable.', 'Harmon Water Authority'],
			['a disgrace.', 'Kelby Town Council'],
		]);
	});

	it('credits the person before "of the" rather than where they work', () => {
		const text = 'Dr. Ruth Elphick of the Cairnmoor Centre for Ecology cautioned that the site remained "one wildfire away" from disaster.';
		expect(speakers(segment(text))).toEqual([['one wildfire away', 'Ruth Elphick']]);
	});

	it('finds the subject across an appositive and a relative clause', () => {
		const text = 'Among the visitors was Joost Verhaeghe, a retired teacher from Ghent, who said he had come for "the real thing."';
		expect(speakers(segment(text))).toEqual([['the real thing.', 'Joost Verhaeghe']]);
	});

	it('finds the subject of a long sentence and of a second verb', () => {
		const text = 'Judge Eleanor Whitcroft, sentencing Keith Amberley, 61, at Kellbridge Crown Court, said he had betrayed "the trust of every donor". A spokesman for the Royal College of Midwives said the college was pleased but warned that the unit remained "one sick day away from a crisis".';
		expect(speakers(segment(text))).toEqual([
			['the trust of every donor', 'Eleanor Whitcroft'],
			['one sick day away from a crisis', 'Royal College of Midwives'],
		]);
	});

	it('gives no speaker to a song or the text of a note', () => {
		const text = 'Lurdes Macedo, 79, took the stage. She sang "Barco Negro do Cais," a song she wrote. Donations rose, Tembo said, with one donor leaving a note that read: "For the families, not the lawyers."';
		expect(speakers(segment(text))).toEqual([
			['Barco Negro do Cais,', null],
			['For the families, not the lawyers.', null],
		]);
	});
});

describe('speakers carried through a sentence and a paragraph', () => {
	it('lets one reporting clause cover two quotes joined by "and that"', () => {
		const text = 'Halvik Terminal Services said the strike was "unnecessary and damaging" and that its offer was "the most generous in the sector."';
		expect(speakers(segment(text))).toEqual([
			['unnecessary and damaging', 'Halvik Terminal Services'],
			['the most generous in the sector.', 'Halvik Terminal Services'],
		]);
	});

	it('reads "she" after an unnamed company spokeswoman as the company', () => {
		const text = '"We want fair pay," said Sigrun Havnaas, the union\'s secretary.\n\nHalvik Terminal Services declined to comment. A company spokeswoman said plans were in place. "Cargo is being diverted," she said.';
		expect(speakers(segment(text))).toEqual([
			['We want fair pay,', 'Sigrun Havnaas'],
			['Cargo is being diverted,', 'Halvik Terminal Services'],
		]);
	});

	it('does not take "a single site" for the title of a record', () => {
		const text = 'Dr. Ruth Elphick cautioned that a single site remained "one wildfire away" from losing the species. "It is wonderful," she said.';
		expect(speakers(segment(text))).toEqual([
			['one wildfire away', 'Ruth Elphick'],
			['It is wonderful,', 'Ruth Elphick'],
		]);
	});
});

describe('speakers the entity lists would not know', () => {
	it('makes a person of a lone name that a reporting verb names', () => {
		const text = '"We are full," said Bono. "They leak," Maria said. "Every winter," added de la Cruz, a volunteer. "Nobody listens," said J.R. Moss, the treasurer.';
		expect(speakers(segment(text))).toEqual([
			['We are full,', 'Bono'],
			['They leak,', 'Maria'],
			['Every winter,', 'de la Cruz'],
			['Nobody listens,', 'J.R. Moss'],
		]);
	});
});
