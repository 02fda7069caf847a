import {describe, expect, it} from 'vitest';
import {quoteTexts, segment} from './helpers.js';

describe('quotation marks', () => {
	it('pairs a straight opening mark with a curly closing one', () => {
		const article = segment('Putin said the troops would be a "legitimate” target.');
		expect(quoteTexts(article)).toEqual(['legitimate']);
	});

	it('reads a curly opening mark used as a closing one', () => {
		const article = segment('Protesters carried signs reading "Books Not Budgets.“ They left at noon.');
		expect(quoteTexts(article)).toEqual(['Books Not Budgets.']);
	});

	it('finds single-quoted spans and leaves apostrophes alone', () => {
		const article = segment("Fans don't fear the 'Kingsway curse' or Kyiv’s ‘old ghosts’, not since the '90s and rock 'n' roll.");
		expect(quoteTexts(article)).toEqual(['Kingsway curse', 'old ghosts']);
	});

	it('keeps a possessive plural from closing a quote', () => {
		const article = segment('The leaders’ summit ended. Officials called it a ‘breakthrough’.');
		expect(quoteTexts(article)).toEqual(['breakthrough']);
	});

	it('counts a nested quote as part of the outer one', () => {
		const article = segment(`"We keep calling these 'temporary' measures," said Sen. Margaret Ellison.`);
		expect(quoteTexts(article)).toEqual(["We keep calling these 'temporary' measures,"]);
	});

	it('keeps the text between the marks exactly, punctuation inside included and outside excluded', () => {
		const article = segment('The judge called the law “hopelessly vague”. "We disagree," the panel wrote.');
		expect(quoteTexts(article)).toEqual(['hopelessly vague', 'We disagree,']);
	});

	it('keeps editorial insertions and elisions inside a quote', () => {
		const article = segment('"He [Arthur Calder] would have wanted it […] to last," Calder wrote.');
		expect(quoteTexts(article)).toEqual(['He [Arthur Calder] would have wanted it […] to last,']);
	});

	it('splits a quote broken by its attribution into two linked records', () => {
		const article = segment('"We kept the lights on," Greer told reporters. "That is not governing."');
		expect(article.quotes).toHaveLength(2);
		expect(article.quotes[1]!.continues).toBe(article.quotes[0]!.id);
		expect(article.quotes[1]!.speaker).toBe(article.quotes[0]!.speaker);
	});

	it('carries a quote over paragraphs: one record per paragraph, the later ones continuing', () => {
		const text = [
			'Harold Greer spoke first. "The statistics were built on another climate.',
			'"A flood like this is now a one-in-30-year event.',
			'"We are designing for the past," he said.',
		].join('\n\n');
		const article = segment(text);
		expect(quoteTexts(article)).toEqual([
			'The statistics were built on another climate.',
			'A flood like this is now a one-in-30-year event.',
			'We are designing for the past,',
		]);
		expect(article.quotes[1]!.continues).toBe('q1');
		expect(article.quotes[2]!.continues).toBe('q2');
		expect(new Set(article.quotes.map(quote => quote.speaker)).size).toBe(1);
		expect(article.quotes[0]!.speaker).not.toBeNull();
	});

	it('does not take inch marks for quotes', () => {
		const article = segment('The pipe was 6" wide and the player is 6\'2" tall.');
		expect(article.quotes).toEqual([]);
	});

	it('marks a few words in reported speech as partial and a whole sentence as a statement', () => {
		const article = segment('Putin warned that troops would be "legitimate targets." "We will respond," he said.');
		expect(article.quotes.map(quote => quote.kind)).toEqual(['partial', 'statement']);
	});
});

describe('single-quoted statements', () => {
	it('carry over a paragraph when the next one reopens with a single mark', () => {
		const text = "‘We are being strangled,’ said Pierre Dubois, a farmer. ‘My father farmed this land.\n\n‘Now they tell us to stop.’";
		const article = segment(text);
		expect(quoteTexts(article)).toEqual(['We are being strangled,', 'My father farmed this land.', 'Now they tell us to stop.']);
		expect(article.quotes[2]!.continues).toBe('q2');
	});

	it('drop an unclosed single mark when the next paragraph does not reopen', () => {
		const article = segment("Residents say the ’burbs are quiet. He said 'maybe so.\n\nThe vote is Tuesday.");
		expect(quoteTexts(article)).toEqual([]);
	});
});

describe('a plural possessive inside a single-quoted statement', () => {
	it('is an apostrophe before a noun when a later mark closes the quote, and a closing mark before a small word', () => {
		const article = segment("‘People said we were lads from the builders’ yard. Well, the lads are going to Cardiff.’ Shortlisted were ‘Harbour Lights’ by Gethin Rowlands and ‘Open Doors’ and others.");
		expect(quoteTexts(article)).toEqual([
			'People said we were lads from the builders’ yard. Well, the lads are going to Cardiff.',
			'Harbour Lights',
			'Open Doors',
		]);
	});
});
