import {describe, expect, it} from 'vitest';
import {segment, speakers} from './helpers.js';

/*
 * Who the current speaker is: the subject of the clause that introduces a quote,
 * carried across a colon, across a paragraph break and into a pronoun after a quote;
 * organizations and places that speak as subjects; and terms that nobody says.
 */
describe('the subject as speaker', () => {
	it('gives a "he said" after a quote opening its sentence to the subject of the sentence before, not to the one it named last', () => {
		const article = segment('Captain Rhona Fairley, who was sent off late on, refused to blame the linesman, Tomasz Wierzbicki. “I saw what I saw,” she said.');
		expect(speakers(article)).toEqual([['I saw what I saw,', 'Rhona Fairley']]);
	});

	it('does not let a name glossing another pronoun in brackets take the pronoun', () => {
		const article = segment('Judge Miriam Stoltz said the contractor, Daniel Corwin, had lied to the board. He [Corwin] “knew the tender was rigged,” she wrote.');
		expect(speakers(article)).toEqual([['knew the tender was rigged,', 'Miriam Stoltz']]);
	});

	it('takes the person after a body and a role word as the subject, not the body', () => {
		const article = segment('Velmora Foods chief executive Idris Lachance called the deal “a perfect fit” on a call with analysts and said the merged company would be “stronger on every shelf.”');
		expect(speakers(article)).toEqual([
			['a perfect fit', 'Idris Lachance'],
			['stronger on every shelf.', 'Idris Lachance'],
		]);
	});

	it('takes the person a relative clause hangs on, not a place named inside it', () => {
		const article = segment('Councillor Bea Ostrowski backs the plan. Ms. Ostrowski, who flew to Brussels, Belgium, last month to lobby officials at the European Commission, said the answer had been “polite but firm.”');
		expect(speakers(article)).toEqual([['polite but firm.', 'Bea Ostrowski']]);
	});

	it('gives the words to the one quoted when the subject is quoting someone', () => {
		const article = segment('Justice Hal Brennick, quoting the evidence of Noor Saleh, a former clerk, wrote that the mayor had said to “find the money or find another job.”');
		expect(speakers(article)).toEqual([['find the money or find another job.', 'Noor Saleh']]);
	});
});

describe('a colon introduction', () => {
	it('gives the statement after a colon to the clause’s subject, whatever the verb', () => {
		const article = segment('Odile Ferrand, an economist at a bank in Lyon, was less sure: “The figures are noisy. One month proves very little.”');
		expect(speakers(article)).toEqual([['The figures are noisy. One month proves very little.', 'Odile Ferrand']]);
	});

	it('skips an opening phrase and resolves a pronoun subject', () => {
		const article = segment('Grete Holm said little after the race. Asked about her future, she shrugged: “I have a race next week and a train to catch.”');
		expect(speakers(article)).toEqual([['I have a race next week and a train to catch.', 'Grete Holm']]);
	});

	it('carries a colon that ends a paragraph into a quote that runs over the next paragraphs', () => {
		const article = segment([
			'The head of the survey, Ilse Marwick, spoke by phone from the ship. She said the season had gone well, then warned:',
			'“The ice is thinner than any year we have records for. We measured it twice.',
			'“Nobody on board wanted to believe the second number either.”',
		].join('\n\n'));
		expect(speakers(article)).toEqual([
			['The ice is thinner than any year we have records for. We measured it twice.', 'Ilse Marwick'],
			['Nobody on board wanted to believe the second number either.', 'Ilse Marwick'],
		]);
	});

	it('gives a statement after reported speech with an aside in it to that speaker', () => {
		const article = segment('Tobin Achebe, for his part, said he would appeal. “This is not finished. Not even close.”');
		expect(speakers(article)).toEqual([['This is not finished. Not even close.', 'Tobin Achebe']]);
	});
});

describe('organizations and places that speak', () => {
	it('lets a place that opens the clause speak for the body that runs it', () => {
		const article = segment('The Port of Leith, which runs the docks, said in a statement that it had “tightened every rule we have.”');
		expect(speakers(article)).toEqual([['tightened every rule we have.', 'Port of Leith']]);
	});

	it('takes "the collaborative" and "the Commission" for the body last named with that word in its name', () => {
		const article = segment([
			'A study by the Upland Farming Collaborative counted 40 closed dairies. The collaborative called the trend “a quiet collapse.”',
			'The European Commission opened an inquiry. The firm hid its fees, the Commission said, calling them “junk charges.”',
		].join('\n\n'));
		expect(speakers(article)).toEqual([
			['a quiet collapse.', 'Upland Farming Collaborative'],
			['junk charges.', 'European Commission'],
		]);
	});
});

describe('terms nobody says', () => {
	it('gives no speaker to a term introduced with "as"', () => {
		const article = segment('Dr. Ines Paulo questioned the description of the bones as ‘ritual deposits’, a label she called “far too confident.”');
		expect(speakers(article)).toEqual([['ritual deposits', null], ['far too confident.', 'Ines Paulo']]);
	});

	it('gives no speaker to what a group has taken to calling something', () => {
		const article = segment('Carys Pellow rejected what campaigners had taken to calling ‘the Tarnside loophole’.');
		expect(speakers(article)).toEqual([['the Tarnside loophole', null]]);
	});
});

describe('the subject in harder sentences', () => {
	it('gives a pronoun after a quote to the owner of the sentence’s subject when that is a thing', () => {
		const article = segment('Nadia Kerslake told The Clarion last year that she was tired. Maeve Doran’s voice, always the lower of the two, carries the chorus. “I wanted it rough,” she said.');
		expect(speakers(article)).toEqual([['I wanted it rough,', 'Maeve Doran']]);
	});

	it('skips an opening phrase to find the subject a pronoun after a quote goes back to', () => {
		const article = segment('Writing for the court, Judge Alma Freitas said the mayor, Daniel Corwin, had misled the board. He [Corwin] “knew the tender was rigged,” she wrote.');
		expect(speakers(article)).toEqual([['knew the tender was rigged,', 'Alma Freitas']]);
	});

	it('leaves "it" open after a sentence whose subject is a person', () => {
		const article = segment('Norway’s Kjell Brandvold said the plan was late. It added that costs were “out of control.”');
		expect(speakers(article)).toEqual([['out of control.', null]]);
	});

	it('gives a quote after "a noun X called" to X, not to the source that opens the sentence', () => {
		const article = segment('According to the Fjord Institute, the glacier lost a tenth of its mass, a change Ingrid Solberg compared to “a slow avalanche.”');
		expect(speakers(article)).toEqual([['a slow avalanche.', 'Ingrid Solberg']]);
	});

	it('gives a second verb to the subject of its own clause', () => {
		const article = segment('GENEVA (AP) — The Assembly backed the motion on Friday, but Brazil abstained and warned that it was “a promise nobody can keep.”');
		expect(speakers(article)).toEqual([['a promise nobody can keep.', 'Brazil']]);
	});
});

describe('one reporting clause for the whole sentence', () => {
	it('gives a later fragment of a reported sentence to its reporting subject, but not a short term', () => {
		const article = segment('Sir Alan Whitby said the party “will not be bullied” by ministers who had “promised a review and delivered a leaflet” and their “roadmap”.');
		expect(speakers(article)).toEqual([
			['will not be bullied', 'Alan Whitby'],
			['promised a review and delivered a leaflet', 'Alan Whitby'],
			['roadmap', null],
		]);
	});

	it('gives a participle after "X said in a statement," to X', () => {
		const article = segment('“We will respond,” the Harbour Authority said in a statement, calling the fine “wholly unjustified.”');
		expect(speakers(article)).toEqual([
			['We will respond,', 'Harbour Authority'],
			['wholly unjustified.', 'Harbour Authority'],
		]);
	});

	it('reads "estimated" as a reporting verb and "the agency" as the organization last named', () => {
		const article = segment('The Lowmoor Water Trust published its figures. Ravi Anand, an analyst, estimated that bills would rise “by a third at least.” The agency said the rise was “regrettable but necessary.”');
		expect(speakers(article)).toEqual([
			['by a third at least.', 'Ravi Anand'],
			['regrettable but necessary.', 'Lowmoor Water Trust'],
		]);
	});

	it('does not take a sentence whose subject is "the term" for a name given to the quote', () => {
		const article = segment('Judge Ellen Moss dissented. The prison term was “longer than the law requires,” Judge Moss wrote.');
		expect(speakers(article)).toEqual([['longer than the law requires,', 'Ellen Moss']]);
	});
});
