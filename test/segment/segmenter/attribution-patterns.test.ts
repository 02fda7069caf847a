import {describe, expect, it} from 'vitest';
import {segment, speakers} from './helpers.js';

/*
 * General shapes of attribution in reporters' prose: nested quotes at the end
 * of a quote, pronouns after the last speaker, and clauses that look like
 * attributions but are not.
 */
describe('attribution patterns', () => {
	it('reads the clause after a quote that ends with a quote inside it', () => {
		const article = segment('“My father always said, ‘Never sell the boat,’” Helga Marsten said. “So I never did.”');
		expect(speakers(article)).toEqual([
			['My father always said, ‘Never sell the boat,’', 'Helga Marsten'],
			['So I never did.', 'Helga Marsten'],
		]);
	});

	it('does not take "without saying" after a quote for its attribution', () => {
		const article = segment(
			'The Harbour Authority of Kessmoor published its plan on Monday.\n\n'
			+ 'It said ferries would run "on a reduced timetable," without saying for how long.',
		);
		expect(speakers(article)).toEqual([['on a reduced timetable,', 'Harbour Authority of Kessmoor']]);
	});

	it('gives "it said" to the organization that spoke last, not to a name inside its statement', () => {
		const article = segment(
			'The Brenmoor Water Company said the Pellham Council had "ignored every warning".\n\n'
			+ '"We have done everything we were asked to do," the company said.\n\n'
			+ 'It said supplies would be "back to normal by Friday."',
		);
		expect(speakers(article).at(-1)).toEqual(['back to normal by Friday.', 'Brenmoor Water Company']);
	});

	it('does not give "he said" to a man named only as the owner of something', () => {
		const article = segment(
			'“We were ready,” Tomas Whelan said.\n\n'
			+ 'Whelan, who had scored twice, set up the winner. The move began with Aldo Brigg’s pass from deep.\n\n'
			+ '“It felt like a final,” he said.',
		);
		expect(speakers(article).at(-1)).toEqual(['It felt like a final,', 'Tomas Whelan']);
	});

	it('gives quotes joined by a conjunction or a subjectless verb the speaker of the first', () => {
		const article = segment(
			'Mayor Ines Caldwell called the budget "reckless" and "a gift to landlords." '
			+ 'She said the county had "broken its word" and was "hiding the bill" from taxpayers, '
			+ 'and that voters deserved "a straight answer."',
		);
		expect(speakers(article).map(([, speaker]) => speaker)).toEqual(Array(5).fill('Ines Caldwell'));
	});

	it('does not carry a speaker across a conjunction that brings a new subject', () => {
		const article = segment('Mayor Ines Caldwell called the budget "reckless" and the treasurer, Owen Platt, answered that it was "the only honest option."');
		expect(speakers(article)[1]![1]).not.toBe('Ines Caldwell');
	});

	it('leaves a standing term named by "which … call" without a speaker', () => {
		const article = segment(
			'Nadia Orlov said prices would keep rising through August, which brokers often call "the summer squeeze." '
			+ 'The regulator said the rules cover platforms which it designates as "core services."',
		);
		expect(speakers(article)).toEqual([
			['the summer squeeze.', null],
			['core services.', null],
		]);
	});

	it('leaves a rating the subject acted with without a speaker, not as the rest of the statement', () => {
		const article = segment('“The margins are not coming back,” Nadia Orlov wrote in a note, cutting the shares to “sell.”');
		expect(speakers(article)).toEqual([
			['The margins are not coming back,', 'Nadia Orlov'],
			['sell.', null],
		]);
	});

	it('gives a participle after a long clause to the sentence’s subject, not to a name the clause acts on', () => {
		const article = segment('Thirty teachers wrote to the minister, Paul Varga, asking him to pause the reform, warning that it risked "a lost year".');
		expect(speakers(article)).toEqual([['a lost year', null]]);
	});

	it('gives "a Treasury spokesperson" and then "the spokesperson" to the body named', () => {
		const article = segment(
			'A Treasury spokesperson said the scheme was "fully funded". '
			+ '"No household will lose out," the spokesperson said.',
		);
		expect(speakers(article)).toEqual([
			['fully funded', 'Treasury'],
			['No household will lose out,', 'Treasury'],
		]);
	});

	it('gives ", which said" to the organization it follows', () => {
		const article = segment('The contract went to Corlann Logistics Ltd, which said it was "delighted to be chosen".');
		expect(speakers(article)).toEqual([['delighted to be chosen', 'Corlann Logistics Ltd']]);
	});

	it('gives "the ministry in a city said" to the ministry', () => {
		const article = segment('The Ministry of Agriculture in Madrid said the harvest was "better than feared".');
		expect(speakers(article)).toEqual([['better than feared', 'Ministry of Agriculture']]);
	});

	it('gives "a panel of the court said" to the court', () => {
		const article = segment('A panel of the Court of Appeal said the ban was "plainly disproportionate".');
		expect(speakers(article)).toEqual([['plainly disproportionate', 'Court of Appeal']]);
	});

	it('takes the name after "with" as the subject of a participle, and never a dateline', () => {
		const article = segment('MADRID (Reuters) - Fishing talks ended without a deal, with Portugal accusing Spain of "wrecking the process".');
		expect(speakers(article)).toEqual([['wrecking the process', 'Portugal']]);
	});

	it('gives a statement after a sentence of reported speech to that sentence’s speaker', () => {
		const article = segment('Dr Ana Ferreira said most of the wards were full. "We have never seen a winter like this one."');
		expect(speakers(article)).toEqual([['We have never seen a winter like this one.', 'Ana Ferreira']]);
	});

	it('does not take a capital inside a modifier ("the Vienna-based agency") for the speaker', () => {
		const article = segment('The Vienna-based agency published figures on Monday. It called the rise "worrying".');
		expect(speakers(article)).toEqual([['worrying', null]]);
	});

	it('reads a reporting clause that closes the sentence, in either order', () => {
		const article = segment(
			'The Harbour Board fined the operator on Monday. The operator imposed "hidden charges" on its clients, the board said. '
			+ 'The fine is "a rounding error" for a firm of that size, according to Maren Holt, an analyst at Dunmore Capital.',
		);
		expect(speakers(article)).toEqual([
			['hidden charges', 'Harbour Board'],
			['a rounding error', 'Maren Holt'],
		]);
	});
});
