import {describe, expect, it} from 'vitest';
import {segment, sentenceTexts, speakers} from './helpers.js';

/*
 * Speakers named by what stands for them: a question's asker after the marks, an age,
 * an office or a spokesperson of a person.
 */
describe('a question or an exclamation, then who said it', () => {
	it('keeps “…?” and its attribution in one sentence', () => {
		const article = segment('"Why would we stop now?" Hale asked. "Is it over?" The answer was no.');
		expect(sentenceTexts(article)).toEqual(['"Why would we stop now?" Hale asked.', '"Is it over?"', 'The answer was no.']);
	});

	it('gives the question to the one named after it', () => {
		const article = segment('Peter Hale spoke first.\n\n"Why would we stop now?" Hale asked.\n\n"Stop!" Mayor Jo Kell shouted.');
		expect(speakers(article)).toEqual([
			['Why would we stop now?', 'Peter Hale'],
			['Stop!', 'Jo Kell'],
		]);
	});
});

describe('an age or a nationality for a name', () => {
	it('gives "the 23-year-old said" to the person last named', () => {
		const article = segment('Striker Leon Baptiste scored twice. "It was the best night of my career," the 23-year-old said.');
		expect(speakers(article)).toEqual([['It was the best night of my career,', 'Leon Baptiste']]);
	});

	it('gives "the Spanish forward said" and "the Australian said" to the person last named', () => {
		const article = segment('Marta Ruiz struck twice on Sunday.\n\n"I just wanted to help the team," the Spanish forward said.\n\nAlex Dunn won the final set. "I was exhausted," the Australian said.');
		expect(speakers(article)).toEqual([
			['I just wanted to help the team,', 'Marta Ruiz'],
			['I was exhausted,', 'Alex Dunn'],
		]);
	});

	it('does not take "the British" for a person', () => {
		const article = segment('Alex Dunn won the final set. "We are not impressed," the British said.');
		expect(speakers(article)).toEqual([['We are not impressed,', null]]);
	});
});

describe('a person’s office', () => {
	it('gives what a person’s office said to the person', () => {
		const article = segment('Senator Ruth Ambler\'s office said in a statement that the bill was "dead on arrival."');
		expect(speakers(article)).toEqual([['dead on arrival.', 'Ruth Ambler']]);
	});

	it('gives "the prime minister\'s office" to the one who holds that role', () => {
		const article = segment('Prime Minister Alva Rusk flew to Oslo. The prime minister\'s office said the visit was "a success."');
		expect(speakers(article)).toEqual([['a success.', 'Alva Rusk']]);
	});

	it('does not give it to a minister of another office', () => {
		const article = segment('Defence Minister Harriet Lyle flew to Oslo. The prime minister\'s office said the visit was "a success."');
		expect(speakers(article)).toEqual([['a success.', null]]);
	});
});

describe('a role owned by someone, then its holder', () => {
	it('gives the colon statement to the deputy named, not to the one whose deputy she is', () => {
		const article = segment('Governor Neil Hartwell said inflation was easing. Hartwell\'s deputy, Clare Imrie, struck a more cautious tone: "We are not there yet."');
		expect(speakers(article)).toEqual([['We are not there yet.', 'Clare Imrie']]);
	});
});

describe('a spokesperson after the verb', () => {
	it('gives "said Moor\'s spokesman" to Moor', () => {
		const article = segment('Chancellor Rachel Moor toured the plant. "We\'re fine," said Moor\'s spokesman.');
		expect(speakers(article)).toEqual([["We're fine,", 'Rachel Moor']]);
	});

	it('gives the words to the spokesman when the text names him', () => {
		const article = segment('Chancellor Rachel Moor toured the plant. "We\'re fine," said Moor\'s spokesman, Dan Lowe.');
		expect(speakers(article)).toEqual([["We're fine,", 'Dan Lowe']]);
	});
});

describe('words a group or a message uses', () => {
	it('gives no speaker to a term "a pattern engineers call"', () => {
		const article = segment('Southmark Energy said prices were falling, a pattern engineers call the "duck curve," and its units were old.');
		expect(speakers(article)).toEqual([['duck curve,', null]]);
	});

	it('gives what a message claims to no one, and what a lawsuit claims to the one who filed it', () => {
		const article = segment('Dr. Asha Nair urged people not to share messages, including one claiming that the fruit was "poisoned." Dr. Ann Lowe filed a lawsuit claiming that the data were "fabricated."');
		expect(speakers(article)).toEqual([
			['poisoned.', null],
			['fabricated.', 'Ann Lowe'],
		]);
	});
});

describe('a pronoun opening two sentences in a row', () => {
	it('follows the first pronoun back, across a paragraph break, past a name inside its sentence', () => {
		const article = segment('Coach Joaquín Beltrán was in no mood to be gracious. He described the refereeing as ‘a scandal’ and insisted that the corner from which Karim El Amrani scored was a goal-kick.\n\n‘We were the better team,’ he said.');
		expect(speakers(article).at(-1)).toEqual(['We were the better team,', 'Joaquín Beltrán']);
	});
});

describe('"it" for a company described before', () => {
	it('follows "The company, <appositive>, had …" into "In a statement, it said"', () => {
		const article = segment('Brekka Games said on Tuesday it would cut jobs.\n\nThe company, one of Poland\'s best-known exporters, had promised that "Frostbound III: The Salt Kings" would go on sale in October. In a statement, it said the new date reflected "the scale of our ambitions."');
		expect(speakers(article)).toEqual([
			['Frostbound III: The Salt Kings', null],
			['the scale of our ambitions.', 'Brekka Games'],
		]);
	});
});

describe('someone the text leaves unnamed', () => {
	it('gives "she said" after an unnamed teacher to no one, not to the woman named before', () => {
		const article = segment('"Prices will rise," said Camille Vautrin, an analyst.\n\nOutside a bakery on Tuesday, a retired schoolteacher who declined to give her name said she would keep buying bread. "It\'s always the bread they come for first," she said.');
		expect(speakers(article)).toEqual([
			['Prices will rise,', 'Camille Vautrin'],
			["It's always the bread they come for first,", null],
		]);
	});
});

describe('the subject of a sentence carried to its later verbs', () => {
	it('follows a pronoun opening the sentence to a participle and to a second verb', () => {
		const article = segment('Marta Zielinska, the studio\'s head, spoke on Tuesday.\n\nShe denied that staff had been overworked, saying the company had "learned that lesson the hard way." She said the studio would press on and predicted the government would "not last until the spring."');
		expect(speakers(article)).toEqual([
			['learned that lesson the hard way.', 'Marta Zielinska'],
			['not last until the spring.', 'Marta Zielinska'],
		]);
	});

	it('reads "X now says", "then admitted" and "and saw" as the subject still speaking', () => {
		const article = segment('Vinter Rail now says 2036 is “the earliest realistic date”. Adaeze Okon ran 10.69 seconds, then admitted she had "no idea" how fast she had gone. Jan Mazur said the board "fully supports the managers" and saw "no reason" to change them.');
		expect(speakers(article)).toEqual([
			['the earliest realistic date', 'Vinter Rail'],
			['no idea', 'Adaeze Okon'],
			['fully supports the managers', 'Jan Mazur'],
			['no reason', 'Jan Mazur'],
		]);
	});

	it('takes a subject whose appositive opens with a place-based modifier', () => {
		const article = segment('The game\'s console publisher, Tokyo-based Hoshikawa Entertainment, said it "respects the decision."');
		expect(speakers(article)).toEqual([['respects the decision.', 'Hoshikawa Entertainment']]);
	});

	it('gives what a body blames to that body', () => {
		const article = segment('Kingsmere University is to cut 300 jobs, blaming a ‘perfect storm’ of falling recruitment.');
		expect(speakers(article)).toEqual([['perfect storm', 'Kingsmere University']]);
	});
});

describe('subjects introduced in other ways', () => {
	it('does not take a study named before the verb for the title of the quote', () => {
		const article = segment('Helen Marchetti, a researcher who was not involved in the study, called the result “convincing but not airtight”.');
		expect(speakers(article)).toEqual([['convincing but not airtight', 'Helen Marchetti']]);
	});

	it('carries a name introduced by its role to a second verb', () => {
		const article = segment('The Minister for Transport, Ciarán Mulvey, said he had been told on Monday and described it as “a very difficult week”.');
		expect(speakers(article)).toEqual([['a very difficult week', 'Ciarán Mulvey']]);
	});

	it('gives what a body’s office elsewhere said to the body', () => {
		const article = segment('The WHO\'s regional office in New Delhi said it considered the risk "low".');
		expect(speakers(article)).toEqual([['low', 'World Health Organization']]);
	});

	it('links the first of two surnames to the full name', () => {
		const article = segment('Ernesto Valdivia Ruelas leads the commission. The drought, according to Valdivia, is "the worst in seventy years."');
		expect(speakers(article)).toEqual([['the worst in seventy years.', 'Ernesto Valdivia Ruelas']]);
	});

	it('gives a bare spokesperson to the body the sentence before is about', () => {
		const article = segment('The Prime Minister\'s Office would not confirm the details. A spokesperson, asked about the pension, said the government was "always open to good ideas."');
		expect(speakers(article)).toEqual([['always open to good ideas.', "Prime Minister's Office"]]);
	});

	it('leaves a bare spokesperson alone after a sentence about a person', () => {
		const article = segment('Ruth Ambler would not confirm the details. A spokesperson said the plan was "on hold."');
		expect(speakers(article)).toEqual([['on hold.', null]]);
	});
});

describe('names a group gives to a thing', () => {
	it('gives no speaker to what patients, critics or executives call something', () => {
		const article = segment('Dr. Yaw Darkwa heads the unit. Patients call the oldest machine "the grandfather," he said. Darkwa said nurses call it "the beast." Firms face what industry executives have taken to calling the EV "chasm" this year.');
		expect(speakers(article)).toEqual([
			['the grandfather,', null],
			['the beast.', null],
			['chasm', null],
		]);
	});

	it('still gives what one speaker calls something to that speaker', () => {
		const article = segment('Dr. Yaw Darkwa heads the unit. He calls the oldest machine "the grandfather."');
		expect(speakers(article)).toEqual([['the grandfather.', 'Yaw Darkwa']]);
	});
});

describe('more ways a speaker is introduced', () => {
	it('reads "the union\'s demands" as a noun, not as the reporting verb', () => {
		const article = segment('The company\'s vice president, Rodrigo Ibáñez, said the union\'s demands would "put the mine at risk" this year.');
		expect(speakers(article)).toEqual([['put the mine at risk', 'Rodrigo Ibáñez']]);
	});

	it('gives what a body appealed for to that body', () => {
		const article = segment('The Harwell Red Cross said it had sent ambulances. In a post on social media, it appealed for “type O blood donors.”');
		expect(speakers(article)).toEqual([['type O blood donors.', 'Harwell Red Cross']]);
	});

	it('gives the words to the person a clause opens with, past a description holding other names', () => {
		const article = segment('Thomas Ackermann, a soil scientist at the Institute for Coastal Landscapes in Bremen, Germany, who was not involved in the study, said it was "one of the few."');
		expect(speakers(article)).toEqual([['one of the few.', 'Thomas Ackermann']]);
	});

	it('gives a ministry’s spokesperson’s words to the ministry, not to the city it sits in', () => {
		const article = segment('A spokesperson for the Ministry of Health in Accra said the government was "aware of the concerns."');
		expect(speakers(article)).toEqual([['aware of the concerns.', 'Ministry of Health']]);
	});

	it('takes the name someone gave as a person, and gives them their words', () => {
		const article = segment('“We have run out of stretchers,” said a nurse who gave her name only as Rina.');
		expect(speakers(article)).toEqual([['We have run out of stretchers,', 'Rina']]);
	});

	it('gives what a report’s author described to the author', () => {
		const article = segment('A report by the head of planning, Alasdair Munro, had recommended approval, describing the scheme as "a proportionate extension."');
		expect(speakers(article)).toEqual([['a proportionate extension.', 'Alasdair Munro']]);
	});
});

describe('words left with no one to credit', () => {
	it('gives no speaker to a colon whose clause has an unnamed subject of its own', () => {
		const article = segment('The referee, Paul Ainscough, took the players off for four minutes while the stadium announcer pleaded: ‘Please, please, everybody off the grass.’');
		expect(speakers(article)).toEqual([['Please, please, everybody off the grass.', null]]);
	});

	it('gives no speaker to an unnamed agent at a market, nor the market', () => {
		const article = segment('"That money is stuck," said a commission agent at the Lasalgaon Produce Market Committee, who asked not to be named.');
		expect(speakers(article)).toEqual([['That money is stuck,', null]]);
	});

	it('gives no speaker to a term "known in France as", nor to a jingle', () => {
		const article = segment('Unions called a tactic of short walkouts known in France as a "grève perlée," or rolling strike. Kesta Bank\'s radio jingle, "Your savings, safer than the dollar," ran for years.');
		expect(speakers(article)).toEqual([
			['grève perlée,', null],
			['Your savings, safer than the dollar,', null],
		]);
	});
});

describe('bodies spoken of again', () => {
	it('gives "the company said" to the body the sentence before was about, not to a service it named', () => {
		const article = segment('Rail operator SNCF said only 35% of its TGV services were running. "We are doing everything we can," the company said in a statement.');
		expect(speakers(article)).toEqual([['We are doing everything we can,', 'SNCF']]);
	});

	it('reads "In a statement on Tuesday it said" as the body the sentence before was about', () => {
		const article = segment('The National Securities Commission (CNV), Argentina\'s market regulator, warned in 2015 that the firm was unlicensed. In a statement on Tuesday it said savers should check "who is really holding their money."');
		expect(speakers(article)).toEqual([['who is really holding their money.', 'National Securities Commission']]);
	});

	it('gives "it called" to the firm the sentence is about', () => {
		const article = segment('Rioplatense Ahorro, the lender, collapsed in 2019.\n\nFounded in 2009, with branches in Buenos Aires and Mar del Plata, the firm offered returns it called "guaranteed," for years.');
		expect(speakers(article)).toEqual([['guaranteed,', 'Rioplatense Ahorro']]);
	});

	it('finds the holder of an office named for its field', () => {
		const article = segment('Minister for Public Expenditure Fergal Ó Duinnín said the tax was meant to “change behaviour, not to raise money.”');
		expect(speakers(article)).toEqual([['change behaviour, not to raise money.', 'Fergal Ó Duinnín']]);
	});
});

describe('words that are someone else’s inside reported speech', () => {
	it('gives no speaker to a term the sentence goes on to define', () => {
		const article = segment('Nadia Berrahal said she had raised the price of her "baguette de tradition," the loaf made only from flour and salt.');
		expect(speakers(article)).toEqual([['baguette de tradition,', null]]);
	});

	it('gives no speaker to what messages asked for', () => {
		const article = segment('Aoife Halloran said she had received messages asking the band to "go back to being nice."');
		expect(speakers(article)).toEqual([['go back to being nice.', null]]);
	});
});

describe('what complaints were about', () => {
	it('gives no speaker to the words of complaints the speaker reports', () => {
		const article = segment('Mayor Lena Graham said the council had received hundreds of complaints about "noise until 3am" and promised a review.');
		expect(speakers(article)).toEqual([['noise until 3am', null]]);
	});
});

describe('speakers met in the last round', () => {
	it('gives "“…,” it said" opening a paragraph to the body the paragraph before was about', () => {
		const article = segment('The Northern Isles Bird Trust has warned that launches could disturb colonies in the UK.\n\n"We will be watching the data very closely," it said in a statement.');
		expect(speakers(article)).toEqual([['We will be watching the data very closely,', 'Northern Isles Bird Trust']]);
	});

	it('takes "adding that" after a quote as a participle, so the clause before names the speaker', () => {
		const article = segment('Visayan Air said it had grounded all flights on Tuesday “out of an abundance of caution,” adding that ash could damage engines.');
		expect(speakers(article)).toEqual([['out of an abundance of caution,', 'Visayan Air']]);
	});

	it('strips a hyphenated job before a name and lets the person speak after a colon', () => {
		const article = segment('Accepting the award, co-writer Berk Aslan held up a poster and said only: “We are thinking of our friends.” Co-writer Ela Demir agreed.');
		expect(speakers(article)).toEqual([['We are thinking of our friends.', 'Berk Aslan']]);
		expect(article.entities.map(entity => entity.name)).toContain('Ela Demir');
	});

	it('carries a spokeswoman introduced with "A" to a second verb, and a premier after a region', () => {
		const article = segment('A company spokeswoman, Naledi Khumalo, said there was “no record” of complaints, but added that the company would “look at every allegation.” North West provincial premier Dineo Mahlangu announced counselling and said the province was “in mourning.”');
		expect(speakers(article)).toEqual([
			['no record', 'Naledi Khumalo'],
			['look at every allegation.', 'Naledi Khumalo'],
			['in mourning.', 'Dineo Mahlangu'],
		]);
	});

	it('gives a senator of a party with a qualifier the words, and the first name someone gave', () => {
		const article = segment('Senator Rosa Quintanilla of the centre-right Renewal Alliance said the bank was cleaning up "a mess made in La Moneda." A teacher who gave only her first name, Carolina, said she was waiting. "Every month they say next month," she said.');
		expect(speakers(article)).toEqual([
			['a mess made in La Moneda.', 'Rosa Quintanilla'],
			['Every month they say next month,', 'Carolina'],
		]);
	});
});

describe('the last held-out round', () => {
	it('gives a short clause after a modal to the speaker of the reported speech', () => {
		const article = segment('Hanbada said in a statement that it was “deeply sorry” for the accident and would “cooperate fully with investigators.”');
		expect(speakers(article)).toEqual([
			['deeply sorry', 'Hanbada'],
			['cooperate fully with investigators.', 'Hanbada'],
		]);
	});

	it('gives "It ordered …, calling" to the body the sentence before was about, and "According to the ministry" to the ministry', () => {
		const article = segment('The Ministry of Employment said it had opened an inquiry. It ordered a halt to work, calling the site “an imminent danger to workers.” According to the ministry, checks found cranes “within the rules”.');
		expect(speakers(article)).toEqual([
			['an imminent danger to workers.', 'Ministry of Employment'],
			['within the rules', 'Ministry of Employment'],
		]);
	});

	it('gives the words to an unnamed woman who gave her first name', () => {
		const article = segment('“The sky went orange,” said a woman in her sixties who gave only her first name, Maria, as she waited.');
		expect(speakers(article)).toEqual([['The sky went orange,', 'Maria']]);
	});

	it('keeps a people’s possessive inside an association’s name', () => {
		const article = segment('The Women’s Tennis Association called it “the match of the week.”');
		expect(speakers(article)).toEqual([['the match of the week.', 'Women’s Tennis Association']]);
	});
});

describe('a reply and the one asked', () => {
	it('gives "he replied" to the one a question named, not to its asker', () => {
		const article = segment('Lena Ortiz questioned Paul Vance for an hour.\n\n"Who is that man, Mr. Vance?" Ortiz asked.\n\n"People can decide for themselves," he replied.');
		expect(speakers(article)).toEqual([
			['Who is that man, Mr. Vance?', 'Lena Ortiz'],
			['People can decide for themselves,', 'Paul Vance'],
		]);
	});
});

describe('a relative as the subject', () => {
	it('gives "his brother … he told" to the brother named before, not to the one he is brother of', () => {
		const article = segment('Callum Dunn won on Sunday and was carried off by his younger brother Euan.\n\nHis brother was less composed. "I am not crying," he told reporters.');
		expect(speakers(article)).toEqual([['I am not crying,', 'Euan']]);
		expect(article.entities.find(entity => entity.name === 'Euan')?.type).toBe('person');
	});

	it('gives "her lawyer … she said" to no one when the lawyer is not named', () => {
		const article = segment('Maria Lopez won her appeal on Friday.\n\nHer lawyer was more cautious. "There is a long way to go," she said.');
		expect(speakers(article)).toEqual([['There is a long way to go,', null]]);
	});
});

describe('a clause with an unnamed subject of its own', () => {
	it('gives "a clip in which the host says:" to no one, not to the one who played it', () => {
		const article = segment('Ana Ruiz is a lawyer. Ruiz played a clip in which the host, over loud music, says: "Nobody was ever asked."');
		expect(speakers(article)).toEqual([['Nobody was ever asked.', null]]);
	});
});

describe('a participle after a closing reporting clause', () => {
	it('gives "…, the minister announced on Wednesday, calling it a “…”" to the minister', () => {
		const article = segment('Quebec will raise its minimum wage on May 1, Labour Minister Louise Caron announced on Wednesday, calling it a "balanced" decision that spares small firms "a squeeze they cannot afford."');
		expect(speakers(article)).toEqual([
			['balanced', 'Louise Caron'],
			['a squeeze they cannot afford.', 'Louise Caron'],
		]);
		expect(article.entities.map(entity => entity.name)).not.toContain('Labour');
	});

	it('gives "“…,” he told reporters, adding that … “…”" to the one who told them', () => {
		const article = segment('Tomás Nieto rejected the criticism. "This is not the moment for blame," he told reporters, adding that the state would "review security at every museum."');
		expect(speakers(article)).toEqual([
			['This is not the moment for blame,', 'Tomás Nieto'],
			['review security at every museum.', 'Tomás Nieto'],
		]);
	});

	it('does not give "…,” noting that Japan has …" to the country noted', () => {
		const article = segment('Minister Haruka Ito told a committee that the government would consider "clear rules for toys aimed at minors," noting that Japan has so far relied on voluntary guidelines.');
		expect(speakers(article)).toEqual([['clear rules for toys aimed at minors,', 'Haruka Ito']]);
	});
});

describe('a pronoun after a quote that opens a paragraph', () => {
	it('goes back to the subject of the paragraph before, not to a name inside what it reported', () => {
		const article = segment('In her judgment, Judge Amna Qazi wrote that Tariq Butt had "knowingly traded in the hope of dying people."\n\n"The court has considered his age and his health," she said as she read the verdict.');
		expect(speakers(article)).toEqual([
			['knowingly traded in the hope of dying people.', 'Amna Qazi'],
			['The court has considered his age and his health,', 'Amna Qazi'],
		]);
	});

	it('takes "she repeated" for a reporting clause', () => {
		const article = segment('Back at the line, Rosa Abesamis was less patient. "Monday," she repeated. "Tell that to a baby who is thirsty today."');
		expect(speakers(article)).toEqual([
			['Monday,', 'Rosa Abesamis'],
			['Tell that to a baby who is thirsty today.', 'Rosa Abesamis'],
		]);
	});
});

describe('a fragment after a linking verb', () => {
	it('gives "but remained “…”" to the one whose reported sentence it ends', () => {
		const article = segment('Investor Elin Sand told the newspaper that the fund had been "surprised and disappointed" by the findings but remained "fully behind" the management team.');
		expect(speakers(article)).toEqual([
			['surprised and disappointed', 'Elin Sand'],
			['fully behind', 'Elin Sand'],
		]);
	});
});

describe('someone quoted by role and name', () => {
	it('gives "quoting Vantrex’s managing director, Felix Boateng, wrote" to the director', () => {
		const article = segment('Vantrex Medical Solutions won the tender. In a memo, the Audit Service, quoting Vantrex’s managing director, Felix Boateng, wrote that the vehicles were "ready for shipment pending final payment."');
		expect(speakers(article)).toEqual([['ready for shipment pending final payment.', 'Felix Boateng']]);
	});
});

describe('he or she, by what the text has called someone', () => {
	it('skips a woman introduced as "his daughter" when a quote is given to "he"', () => {
		const article = segment('Ravi Shinde, 58, grows soybean outside the town.\n\nHis daughter, Pooja, a student in Pune, said the family had sold two goats. "Every season they say next month," she said.\n\nHe stood near the gate for most of the afternoon. "There is nothing left to sell," he said.');
		expect(speakers(article)).toEqual([
			['Every season they say next month,', 'Pooja'],
			['There is nothing left to sell,', 'Ravi Shinde'],
		]);
	});

	it('reads a quote of two sentences with its attribution, and goes back to the subject before it', () => {
		const article = segment('Dr. Eleanor Voss led the dig. Karim Rahman criticised it.\n\nRahman, who dug alongside Voss in the 1990s, said he did not doubt her skill. "She is careful. My quarrel is with the press release," he said.');
		expect(speakers(article)).toEqual([['She is careful. My quarrel is with the press release,', 'Karim Rahman']]);
	});
});

describe('someone described rather than named', () => {
	it('gives "The Vantara rider … “…,” he said" to the rider of Team Vantara named long before', () => {
		const filler = Array.from({length: 10}, (_, index) => `The climb rose ${index + 1} kilometres further in the snow.`).join('\n\n');
		const article = segment(`Mateo Arrieta of Team Vantara won the stage on Tuesday as Jonas Kvist kept the lead.\n\n${filler}\n\nThe Vantara rider, whose only win came in 2022, dedicated the victory to his mother. "She was praying more than I was suffering," he said.`);
		expect(speakers(article)).toEqual([['She was praying more than I was suffering,', 'Mateo Arrieta']]);
	});

	it('gives "The race leader … “…,” he said" to no one rather than to the last name', () => {
		const article = segment('Jonas Kvist now leads by 11 seconds, with the American Paul Halloran third. The race leader did not look for excuses.\n\n"Ferrandi was stronger today," he said.');
		expect(speakers(article)).toEqual([['Ferrandi was stronger today,', null]]);
	});

	it('gives "The guesthouse owner … she said" to the woman who runs a guesthouse', () => {
		const article = segment('"I just believe the weather," said Morag Campbell, who runs a six-room guesthouse in Lochmaddy.\n\nAt question time, Transport Minister Ewan Drummond was pressed for a date.\n\nThe guesthouse owner has started advising her guests to fly. "Now the boat is more like a rumour," she said.');
		expect(speakers(article)).toEqual([
			['I just believe the weather,', 'Morag Campbell'],
			['Now the boat is more like a rumour,', 'Morag Campbell'],
		]);
	});
});

describe('a named spokesperson', () => {
	it('keeps "X, a spokesperson for the insurer, … what he called “…”" with X, and the insurer’s short name with its full one', () => {
		const article = segment('The insurer, Sahyadri General Insurance Co., denied the claims.\n\nRohan Deshpande, a spokesperson for Sahyadri General, said the company was waiting for what he called "the crop-cutting survey".\n\n"We are not refusing anybody," he told reporters.');
		expect(speakers(article)).toEqual([
			['the crop-cutting survey', 'Rohan Deshpande'],
			['We are not refusing anybody,', 'Rohan Deshpande'],
		]);
		expect(article.entities.find(entity => entity.name === 'Sahyadri General Insurance Co.')?.aliases).toContain('Sahyadri General');
	});
});

describe('words only reported or overheard', () => {
	it('gives nothing to words a litigant told someone, reported by a colon', () => {
		const article = segment('Judge Anna Wróbel spoke after the hearing. She said one colleague had been told by a litigant at the start of a hearing: "I want a real judge."');
		expect(speakers(article)).toEqual([['I want a real judge.', null]]);
	});

	it('gives nothing to an alert "telling her to “…”" or a text message that "read, in full, “…”"', () => {
		const article = segment('Lorraine Pask, 67, said her phone had shown a message telling her to "LEAVE NOW" when the paddock was alight. Sakharam Shinde said he had received a text message that read, in full, "Your claim is under process."');
		expect(speakers(article)).toEqual([['LEAVE NOW', null], ['Your claim is under process.', null]]);
	});

	it('takes nothing from a neighbour for a term or a title', () => {
		const article = segment('Minister Maarten Verkerk told reporters that the scheme would remain "voluntary, for now", but that farms known in official documents as "peak loaders" could be bought.\n\nHer daughter, Marisol, told trustees that "What the River Knew" was "the first book where I saw someone like me."');
		expect(speakers(article)).toEqual([
			['voluntary, for now', 'Maarten Verkerk'],
			['peak loaders', null],
			['What the River Knew', null],
			['the first book where I saw someone like me.', 'Marisol'],
		]);
	});
});

describe('people named with letters, places or organizations after them', () => {
	it('gives "Mabandla’s counsel, J. P. Venter SC, said" to the counsel', () => {
		const article = segment('Mabandla’s counsel, J. P. Venter SC, said the case rested on "the word of a disgruntled junior clerk".');
		expect(speakers(article)).toEqual([['the word of a disgruntled junior clerk', 'J. P. Venter']]);
	});

	it('keeps "Jose Reyes of the Manila Law Center" a person and gives him his words', () => {
		const article = segment('The family’s lawyer, Jose Reyes of the Manila Public Interest Law Center, called the verdict "a crack in the wall of impunity".');
		expect(speakers(article)).toEqual([['a crack in the wall of impunity', 'Jose Reyes']]);
		expect(article.entities.find(entity => entity.name === 'Manila Public Interest Law Center')?.type).toBe('organization');
	});

	it('goes back to the one who sent the messages, not to the one they were sent to', () => {
		const article = segment('Prosecutor Nandi Mthembu read to the court text messages that she said Lwazi Mabandla had sent Andre Pretorius before the bid closed. In one, he wrote: "Copy the specs exactly."');
		expect(speakers(article)).toEqual([['Copy the specs exactly.', 'Lwazi Mabandla']]);
	});

	it('keeps a verb under "would" inside the reported clause of the one who said it', () => {
		const article = segment('Minister Hélène Marchetti said the government would ask EDF to present a plan for "every site that depends on a river".');
		expect(speakers(article)).toEqual([['every site that depends on a river', 'Hélène Marchetti']]);
	});
});

describe('more ways a person is the subject', () => {
	it('gives "called the report “…”" to the one who called it, and a quote after "X said …" to X', () => {
		const article = segment('Daniel Okafor, whose wife needed emergency surgery in 2022, called the report "a vindication, but not a victory".\n\nSiân Bevan, whose son died two days after he was born at the unit in 2021, said the report confirmed what families had said for years. "We were sent home twice."');
		expect(speakers(article)).toEqual([
			['a vindication, but not a victory', 'Daniel Okafor'],
			['We were sent home twice.', 'Siân Bevan'],
		]);
	});

	it('gives "a bogey, which he later called “…”" to the golfer', () => {
		const article = segment('Tyler Calloway won by a shot. Calloway made the turn at 7 under after a bogey at the ninth, which he later called "the wake-up call I needed."');
		expect(speakers(article)).toEqual([['the wake-up call I needed.', 'Tyler Calloway']]);
	});

	it('gives "lost a review to “…” and said that the rule “…”" to the captain, not to the term', () => {
		const article = segment('South Africa captain Kagiso Mthembu had earlier lost a review to "umpire’s call" and said afterward that the rule "needs another look".');
		expect(speakers(article)).toEqual([['umpire’s call', null], ['needs another look', 'Kagiso Mthembu']]);
	});

	it('keeps a name that ends like a job, "Abdirahman Farah Hussein", whole at the start of a sentence', () => {
		const article = segment('Abdirahman Farah Hussein, who heads the regional bureau, said four aircraft were flying. "Our teams are working from dawn to dark," he told reporters.');
		expect(speakers(article)).toEqual([['Our teams are working from dawn to dark,', 'Abdirahman Farah Hussein']]);
	});
});

describe('people the text leaves unnamed, and people after a role', () => {
	it('gives nothing to a soldier or a teller who declined to be named, even after "he said" or "she said"', () => {
		const article = segment('Actress Halyna Petrenko greeted the audience.\n\nA soldier on leave, who declined to give his name, said he had come for his late mother. "She used to say the theatre is where the city breathes," he said.\n\nA teller at one of the banks, who declined to be named, said staff had sales targets. "We were told to sell, sell, sell," she said.');
		expect(speakers(article)).toEqual([
			['She used to say the theatre is where the city breathes,', null],
			['We were told to sell, sell, sell,', null],
		]);
	});

	it('keeps "ERCOT chief executive Colleen Marsh" a person and gives her her words', () => {
		const article = segment('"We need every Texan to conserve," ERCOT chief executive Colleen Marsh said at a briefing.');
		expect(speakers(article)).toEqual([['We need every Texan to conserve,', 'Colleen Marsh']]);
	});

	it('gives a quote in a relative clause, and one after "said in a statement after the vote that", to the one who said them', () => {
		const article = segment('Daniel Okafor leads the tenants. Okafor, who had urged the board to approve "the smallest increase the law allows", said in a statement after the vote that he was "disappointed but not surprised".');
		expect(speakers(article)).toEqual([
			['the smallest increase the law allows', 'Daniel Okafor'],
			['disappointed but not surprised', 'Daniel Okafor'],
		]);
	});

	it('keeps "accused the union of “…”, a phrase officials demanded she withdraw" with the accuser', () => {
		const article = segment('Health Minister Anneleen Coppens said a ratio would be "unworkable" and accused the union of "holding the sickest patients hostage", a phrase union officials demanded she withdraw.');
		expect(speakers(article)).toEqual([
			['unworkable', 'Anneleen Coppens'],
			['holding the sickest patients hostage', 'Anneleen Coppens'],
		]);
	});
});

describe('a gesture before the words', () => {
	it('gives a quote after "Asked …, Tanui smiled." to Tanui, and after "Asked about Arrieta, he grinned." to the one answering', () => {
		const article = segment('Bernard Tanui won the race. Asked whether he could break two hours, Tanui smiled. "Maybe. Not today. Today I sleep."\n\n"Did I want to win like that? No," Daniel Okafor said.\n\nAsked about Tomás Arrieta, he grinned. "I will sleep first. Then I will worry about him."');
		expect(speakers(article)).toEqual([
			['Maybe. Not today. Today I sleep.', 'Bernard Tanui'],
			['Did I want to win like that? No,', 'Daniel Okafor'],
			['I will sleep first. Then I will worry about him.', 'Daniel Okafor'],
		]);
	});

	it('gives nothing to words a speaker reads from an unnamed letter, but credits an opinion quoted by its author', () => {
		const article = segment('Prime Minister Sigrún Hallsdóttir visited. Hallsdóttir, quoting a letter sent to her by the town’s schoolchildren, said that "we want to go home, but not yet."\n\nAcheson, quoting an earlier opinion by Justice Miriam Castellano, wrote that "a law that leaves the citizen guessing is no law at all".');
		expect(speakers(article)).toEqual([
			['we want to go home, but not yet.', null],
			['a law that leaves the citizen guessing is no law at all', 'Miriam Castellano'],
		]);
	});
});

describe('subjects behind ages, relative clauses and possessive nouns', () => {
	it('gives "The 26-year-old from Lillehammer, who …, called" to the one named before', () => {
		const article = segment('Sindre Haugland won. The 26-year-old from Lillehammer, who had not won on the tour since March, called his second jump "the best of my life, no question."');
		expect(speakers(article)).toEqual([['the best of my life, no question.', 'Sindre Haugland']]);
	});

	it('goes back past someone quoted to the one who wrote, and keeps a subject whose relative clause names others', () => {
		const article = segment('Kwabena Asante-Mensah runs the board. Hannah Oyelaran, an analyst in London, quoting Asante-Mensah, wrote that the board aimed for "900,000 tonnes." She said that target looked "ambitious, to put it kindly."\n\nPriya Raman wrote the series. Catherine Moloney SC, who appeared for the Sentinel and Raman, had told the court that her clients had "nothing to hide and everything to prove".');
		expect(speakers(article)).toEqual([
			['900,000 tonnes.', 'Kwabena Asante-Mensah'],
			['ambitious, to put it kindly.', 'Hannah Oyelaran'],
			['nothing to hide and everything to prove', 'Catherine Moloney'],
		]);
	});

	it('does not take "the plant’s warning sirens" for a reporting verb', () => {
		const article = segment('Another neighbor, retired welder Marcus J. Hebert, 71, said the plant’s warning sirens were "about as useful as a screen door on a submarine".');
		expect(speakers(article)).toEqual([['about as useful as a screen door on a submarine', 'Marcus J. Hebert']]);
	});
});
