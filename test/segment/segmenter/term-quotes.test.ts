import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {segment, speakers} from './helpers.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/terms/${name}.txt`, import.meta.url), 'utf8');
const speakerOf = (pairs: Array<[string, string | null]>, text: string) => pairs.find(([quoted]) => quoted === text)?.[1];

describe('quoted terms, titles and slogans', () => {
	const pairs = speakers(segment(fixture('term-quotes')));

	it('gives no speaker to a term that qualifies the noun after it', () => {
		expect(speakerOf(pairs, 'reassurance')).toBeNull();
		expect(speakerOf(pairs, 'green harbour')).toBeNull();
		expect(speakerOf(pairs, 'pay as you berth')).toBeNull();
		expect(speakerOf(pairs, 'harbour renewal')).toBeNull();
	});

	it('keeps the speaker of a verb of judgment for the word it qualifies with', () => {
		expect(speakerOf(pairs, 'reckless')).toBe('Marcus Feld');
	});

	it('gives no speaker to names introduced as names', () => {
		expect(speakerOf(pairs, 'Project Lantern')).toBeNull();
		expect(speakerOf(pairs, 'Tides of Change')).toBeNull();
		expect(speakerOf(pairs, 'harbour levy')).toBeNull();
		expect(speakerOf(pairs, 'Fair Fares Now')).toBeNull();
		expect(speakerOf(pairs, 'Save Our Quay')).toBeNull();
		expect(speakerOf(pairs, 'the wall')).toBeNull();
	});

	it('does not read a plural noun after a preposition as a reporting verb', () => {
		expect(speakerOf(pairs, 'pause')).toBeNull();
	});

	it('keeps the speaker when a reporting verb governs the quote itself', () => {
		expect(speakerOf(pairs, 'a gamble worth taking')).toBe('Dana Whitlow');
		expect(speakerOf(pairs, 'fully costed')).toBe('Dana Whitlow');
		expect(speakerOf(pairs, 'We will not be bullied,')).toBe('Marcus Feld');
		expect(speakerOf(pairs, 'This is our town.')).toBe('Marcus Feld');
	});

	it('takes the subject, not a person named in its appositive', () => {
		expect(speakerOf(pairs, 'roadmap')).toBe('Marcus Feld');
	});

	it('does not carry a speaker on to a title or slogan the next sentence is about', () => {
		const titles = speakers(segment(fixture('titles-and-slogans')));
		expect(speakerOf(titles, 'We will publish everything,')).toBe('Dana Whitlow');
		expect(speakerOf(titles, 'Fit for the Future in Harbour Towns')).toBeNull();
		expect(speakerOf(titles, 'Keep Our Quay Open')).toBeNull();
		expect(speakerOf(titles, 'It is a disgrace,')).toBe('Marcus Feld');
	});

	it('marks a title without a closing mark as partial', () => {
		const article = segment(fixture('titles-and-slogans'));
		expect(article.quotes.find(quote => quote.text === 'Fit for the Future in Harbour Towns')?.kind).toBe('partial');
	});
});

describe('sources', () => {
	it('credits no one when several sources share a quote', () => {
		const pairs = speakers(segment(fixture('sources')));
		expect(speakerOf(pairs, 'at least a fifth')).toBeNull();
		expect(speakerOf(pairs, 'unsustainable')).toBeNull();
		expect(speakerOf(pairs, 'Families cannot cope,')).toBe('Martha Hollis');
	});

	it('credits the person whose office the organization names', () => {
		expect(speakerOf(speakers(segment(fixture('sources'))), 'by spring')).toBe('Tom Pike');
	});

	it('carries a pronoun opening a sentence on from the subject before it', () => {
		const pairs = speakers(segment(fixture('pronoun-subject')));
		expect(speakerOf(pairs, 'a betrayal of coastal towns.')).toBe('Harbour Trust');
		// Two district councils are named: better none than a guess.
		expect(speakerOf(pairs, 'rushed and unfair to the people of Tolland.')).toBeNull();
	});
});

describe('the subject of the reporting verb', () => {
	const pairs = speakers(segment(fixture('two-leaders')));

	it('resolves a pronoun inside a relative clause to the subject, not to the one described', () => {
		expect(speakerOf(pairs, 'a loyal partner.')).toBe('Anna Kovacs');
	});

	it('keeps the subject over other people in the sentence', () => {
		expect(speakerOf(pairs, 'a turning point for Europe.')).toBe('Anna Kovacs');
		expect(speakerOf(pairs, 'stand by its commitments.')).toBe('Peter Lind');
		expect(speakerOf(pairs, 'only the beginning.')).toBe('Peter Lind');
		expect(speakerOf(pairs, 'frank')).toBe('Daniel Roth');
	});

	it('gives no speaker to words inside a question put to someone', () => {
		expect(speakerOf(pairs, 'new red lines')).toBeNull();
	});
});

describe('terms inside an attributed sentence', () => {
	const pairs = speakers(segment(fixture('port-deal')));

	it('gives no speaker to a title the reporting verb does not name directly', () => {
		expect(speakerOf(pairs, 'Small Is Beautiful')).toBeNull();
		expect(speakerOf(pairs, 'Blue Coast')).toBeNull();
	});

	it('gives no speaker to a term that is the object of the writer\'s own verb', () => {
		expect(speakerOf(pairs, 'option B')).toBeNull();
		expect(speakerOf(pairs, 'work to rule')).toBeNull();
		expect(speakerOf(pairs, 'regeneration')).toBeNull();
		expect(speakerOf(pairs, 'open harbour')).toBeNull();
	});

	it('keeps the speaker for words the speaker uses', () => {
		expect(speakerOf(pairs, 'slow tourism')).toBe('Gwen Hollis');
		expect(speakerOf(pairs, 'ambitious but achievable')).toBe('Gwen Hollis');
		expect(speakerOf(pairs, 'dragging its feet')).toBe('Gwen Hollis');
	});

	it('carries a participle on from the clause just before it', () => {
		expect(speakerOf(pairs, 'clear')).toBe('Gwen Hollis');
	});
});

describe('a judgment or a label', () => {
	it('keeps the speaker for an indefinite judgment and withholds it for a definite label', () => {
		const pairs = speakers(segment(fixture('judgment')));
		expect(speakerOf(pairs, 'disaster')).toBe('Gwen Hollis');
		expect(speakerOf(pairs, 'roadmap')).toBeNull();
	});
});

describe('names given and names shared', () => {
	it('gives no speaker to a name "nicknamed" a thing', () => {
		const article = segment('Dr. Sara Bell said the team had nicknamed the fossil "Big Lou" before the tests came back.');
		expect(speakers(article)).toEqual([['Big Lou', null]]);
	});

	it('gives no speaker to either of two brands joined by "and"', () => {
		const article = segment('Reuters reported the figures. Products sold under the "Daily" and "Select Choice" brands grew, the company said.');
		expect(speakers(article)).toEqual([['Daily', null], ['Select Choice', null]]);
	});

	it('keeps a speaker when the noun before the quote has a verb of its own', () => {
		const article = segment('Omar Haddad said the study could bring "serious visitors, not just tourists."');
		expect(speakers(article)).toEqual([['serious visitors, not just tourists.', 'Omar Haddad']]);
	});
});

describe('a trade’s word', () => {
	it('gives no speaker to "what the industry calls “…”"', () => {
		const article = segment('Economy, Trade and Industry Minister Haruka Ito told a committee that the government would consider "clear rules for toys."\n\nProfessor Yuki Sato said the recall showed the limits of what the industry calls "guardrails".');
		expect(speakers(article)).toEqual([['clear rules for toys.', 'Haruka Ito'], ['guardrails', null]]);
	});
});

describe('names, nicknames and scripts', () => {
	it('gives no speaker to a nickname inside a name, a sales script, a habit of calling or a glossed term', () => {
		const article = segment('The Pacific Front said in a statement read by its delegate, Wilson "El Profe" Angulo, that it remained committed to "a negotiated exit from the conflict".\n\nSome advisers followed a script that presented the funds as "the safe choice for people who can’t afford to lose".\n\nMehmet Arslan said 412 households had moved to a ridge, which residents have taken to calling "the shelf".\n\nRebecca Howell dismissed the "Ridgefield rule" — the players’ name for a local rule — as "a storm in a teacup."\n\nShe told the court that spreadsheets referred to client deposits as "the float".');
		expect(speakers(article)).toEqual([
			['El Profe', null],
			['a negotiated exit from the conflict', 'Pacific Front'],
			['the safe choice for people who can’t afford to lose', null],
			['the shelf', null],
			['Ridgefield rule', null],
			['a storm in a teacup.', 'Rebecca Howell'],
			['the float', null],
		]);
	});
});

describe('single words inside the writer’s clause', () => {
	it('gives no speaker to a word doing a verb’s work or a term set before a noun, but keeps a judged one', () => {
		const article = segment('Mayor Linda Carr said the building official had "red-tagged" Seabreeze Towers at 9:40 p.m.\n\nAndré Vasco said the blaze had thrown up a "pyrocumulus" cloud and described conditions as "extreme, but not unprecedented".\n\nMinister Piotr Kalin said the government wanted what he called a "surgical" solution.');
		expect(speakers(article)).toEqual([
			['red-tagged', null],
			['pyrocumulus', null],
			['extreme, but not unprecedented', 'André Vasco'],
			['surgical', 'Piotr Kalin'],
		]);
	});

	it('gives no speaker to what local guides or parents describe something as', () => {
		const article = segment('The group skied a bowl that local guides describe as "a trap in sunshine," according to the Tyrol police.\n\nDr. Wanjiru Kamau said parents had come to describe the clinic as "the place where the children stopped getting sick".');
		expect(speakers(article)).toEqual([
			['a trap in sunshine,', null],
			['the place where the children stopped getting sick', null],
		]);
	});
});

describe('what locals call a thing, and a sign set off by a comma', () => {
	it('gives no speaker to "which locals simply call the “…”" or to a sign’s words', () => {
		const article = segment('A spokeswoman for the Civil Protection Department said the barriers, which locals simply call the "defence walls", had "done their job".\n\nActress Oksana Marchenko said the company had kept a hand-painted sign from its metro shows, "Silence during alarms, applause after", and hung it backstage.');
		expect(speakers(article)).toEqual([
			['defence walls', null],
			['done their job', 'Civil Protection Department'],
			['Silence during alarms, applause after', null],
		]);
	});
});

describe('slogans, written words, translations and group terms', () => {
	it('gives no speaker to a slogan before a noun, words written on paper and their translation, or what staff call a thing', () => {
		const article = segment('Minister Tunde Bakare said the government would invoke its "no work, no pay" policy.\n\nDimitri Pappas has covered the line with a strip of paper on which he wrote, in French, "Ici, on parle pâtisserie" — roughly "Here, we speak pastry".\n\nThe trust said patients had been treated on trolleys in what staff call "corridor care" on 41 days.');
		expect(speakers(article)).toEqual([
			['no work, no pay', null],
			['Ici, on parle pâtisserie', null],
			['Here, we speak pastry', null],
			['corridor care', null],
		]);
	});

	it('gives no speaker to a short term after the writer’s own adjective or after "taking the"', () => {
		const article = segment('The Bangkok Metropolitan Administration said it would open air-conditioned "cool rooms" at 50 offices.\n\nMamadou Gueye said young men now talk about taking the \'long boat\' to the Canary Islands.');
		expect(speakers(article)).toEqual([['cool rooms', null], ['long boat', null]]);
	});
});

describe('glosses, names for things and accusers’ words', () => {
	it('gives no speaker to a gloss in another language, a group’s name for a place, or a term explained after it', () => {
		const article = segment('Marja Lehtinen said the facility, known as Onkalo — Finnish for "cavity" or "hollow" — cost a billion euros.\n\n"We know what that word means," Sipho Mahlangu said. Union members have a name for the company’s head office: "the glass house".\n\nAkosua Frimpong said young people were leaving cocoa for "galamsey", the illegal small-scale gold mining that has poisoned rivers.');
		expect(speakers(article)).toEqual([
			['cavity', null],
			['hollow', null],
			['We know what that word means,', 'Sipho Mahlangu'],
			['the glass house', null],
			['galamsey', null],
		]);
	});

	it('gives no speaker to the words of accusers, or to a group whose relative clause names someone else', () => {
		const article = segment('Núria Puig rejected accusations from opposition parties that the government had spent the winter "hiding behind the weather".\n\nPunters who had backed Crown Meridian described the stewards’ decision as "a disgrace" on social media.');
		expect(speakers(article)).toEqual([['hiding behind the weather', null], ['a disgrace', null]]);
	});
});

describe('charges, documents seen by someone, signs and commentators', () => {
	it('gives no speaker to charge names, a sign that still reads “…”, or a banner hung from a balcony', () => {
		const article = segment('Achu has been charged with "spreading false news" and "contempt of public authorities", according to a charge sheet seen by AFP.\n\nFaten Trabelsi said her press had run for nine days. A sign over the press door still reads "No credit, no exceptions" these days.\n\nA banner hung from a balcony near the Rialto Bridge read "Venezia non è in vendita".');
		expect(speakers(article)).toEqual([
			['spreading false news', null],
			['contempt of public authorities', null],
			['No credit, no exceptions', null],
			['Venezia non è in vendita', null],
		]);
	});

	it('gives nothing to commentators who were describing a match, or to one man who shouted', () => {
		const article = segment('Norrvik trailed at half-time, and television commentators were already describing the match as "slipping away" from the hosts.\n\nJ. T. Coleman chairs the board. Several speakers were cut off, and one man shouted "Do your job!" as Coleman began to speak.');
		expect(speakers(article)).toEqual([['slipping away', null], ['Do your job!', null]]);
	});
});

describe('chants, nicknames after "the", coined events and signs far from their verb', () => {
	it('gives no speaker to a crowd’s chant, a route locals nicknamed the “…”, a “dip-in”, or signs posted reading “…”', () => {
		const article = segment('Tereza Dvorakova said she had heard spectators chanting "Te-re-za!" between serves.\n\nMayor Dario Kovačić said a bus would serve a route locals have already nicknamed the \'escape line\'.\n\nClaire Whitfield said the swimmers would hold a "dip-in" at Port Meadow on Saturday.\n\nThe Hanoi People’s Committee approved the plan. Signs in Vietnamese and English will be posted at the entrances to each street reading "No motorbikes after dark", the committee said.');
		expect(speakers(article)).toEqual([
			['Te-re-za!', null],
			['escape line', null],
			['dip-in', null],
			['No motorbikes after dark', null],
		]);
	});

	it('gives nothing to employees who asked not to be named, but credits a company through its unnamed spokesperson', () => {
		const article = segment('Cipherline agreed to the deal. Several Cipherline employees, who asked not to be named, said news of the deal was met with "a lot of nervous jokes about new badges".\n\nThe Albertine Pipeline Company denied it. A company spokesperson, who asked not to be named, said a review was "under way".');
		expect(speakers(article)).toEqual([
			['a lot of nervous jokes about new badges', null],
			['under way', 'Albertine Pipeline Company'],
		]);
	});
});

describe('a group’s judgment inside someone else’s sentence', () => {
	it('gives no speaker to what pundits had written a crew off as', () => {
		const article = segment('Their cox, Priya Nandakumar, called it "the best twenty minutes of my life" after a season in which pundits had written the crew off as "the slowest boat in years".');
		expect(speakers(article)).toEqual([
			['the best twenty minutes of my life', 'Priya Nandakumar'],
			['the slowest boat in years', null],
		]);
	});
});
