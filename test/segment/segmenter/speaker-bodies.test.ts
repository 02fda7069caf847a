import {describe, expect, it} from 'vitest';
import {segment, speakers} from './helpers.js';

/*
 * Organizations as speakers when the sentence names them indirectly: past an abbreviation or a short
 * name in brackets, through reported speech, by the kind of body they are, or through an official.
 */
describe('an organization named with its trimmings', () => {
	it('keeps the full stop of "Ltd." and the initials in brackets from hiding the subject', () => {
		const article = segment('Corvane Shipping Ltd. (CSL), the operator, said in a statement that the terminal would create “about 900 jobs” by 2030.');
		expect(speakers(article)).toEqual([['about 900 jobs', 'Corvane Shipping Ltd.']]);
	});

	it('finds the subject past a bracketed short name and an appositive', () => {
		const article = segment('Holmcrest Water Trust (HWT), the regional supplier, said the pipes were “older than anyone would like.”');
		expect(speakers(article)).toEqual([['older than anyone would like.', 'Holmcrest Water Trust']]);
	});
});

describe('a quote inside reported speech', () => {
	it('gives a quote after a verb with no subject of its own to the clause reporting the speech', () => {
		const article = segment('The Brenmoor Nurses Union said it had been promised “a fair hearing before any ward closes” by the health board.');
		expect(speakers(article)).toEqual([['a fair hearing before any ward closes', 'Brenmoor Nurses Union']]);
	});

	it('leaves the quote alone when no reporting clause comes before the passive verb', () => {
		const article = segment('Staff at the depot had been promised “a fair hearing before any ward closes” last spring.');
		expect(speakers(article)).toEqual([['a fair hearing before any ward closes', null]]);
	});
});

describe('a body called by its kind', () => {
	it('gives "the union said" to the body an appositive called a union', () => {
		const article = segment('Talvik Rail and its staff have been at odds for a year. Jernforbund, the rail workers’ union, rejected the offer on Monday. The union said the deal was “a pay cut in a party hat.”');
		expect(speakers(article)).toEqual([['a pay cut in a party hat.', 'Jernforbund']]);
	});

	it('gives "the panel said" to the court or tribunal just named', () => {
		const article = segment('The appeal was heard by the Sports Appeals Tribunal in Geneva last week.\n\nThe panel said the runner’s account was “sincere but unsupported.”');
		expect(speakers(article)).toEqual([['sincere but unsupported.', 'Sports Appeals Tribunal']]);
	});

	it('gives "the club said" to the team named in the same paragraph', () => {
		const article = segment('Ashby Rovers beat Kelham Athletic 2-0 on Saturday.\n\nThe Port Alwyn Gulls were quick to respond. In a post on social media, the club said it was “ready for anyone” in the final.');
		expect(speakers(article)).toEqual([['ready for anyone', 'Port Alwyn Gulls']]);
	});

	it('does not reach back paragraphs for "the club" when the team is not named near it', () => {
		const article = segment('Ashby Rovers beat Kelham Athletic 2-0 on Saturday.\n\nThe winger went off in the second half with a knee injury.\n\nFans queued for an hour outside the ground.\n\nThe club said he was “comfortable” and would be assessed on Monday.');
		expect(speakers(article)).toEqual([['comfortable', null]]);
	});
});

describe('an official of a body', () => {
	it('gives the words of "an official in" a ministry to the ministry', () => {
		const article = segment('The decision rests with the Ministry of Ports. An official in the Ministry of Ports said the file was “under examination” and declined to comment further.');
		expect(speakers(article)).toEqual([['under examination', 'Ministry of Ports']]);
	});

	it('does not give the words of officials in a capital to the city', () => {
		const article = segment('Officials in Moscow said the file was “under examination” and declined to comment further.');
		expect(speakers(article)).toEqual([['under examination', null]]);
	});
});

describe('a body speaking through its document or inquiry', () => {
	it('gives the words to the author of "a report by"', () => {
		const article = segment('A report by the Harwell Audit Office said the scheme was “poorly designed from the start.”');
		expect(speakers(article)).toEqual([['poorly designed from the start.', 'Harwell Audit Office']]);
	});

	it('gives what "an investigation by" a body found to that body', () => {
		const article = segment('An investigation by the Coastal Safety Board (CSB), which is based in Plymouth, found that the crew had been “tired and poorly briefed” on the night.');
		expect(speakers(article)).toEqual([['tired and poorly briefed', 'Coastal Safety Board']]);
	});

	it('does not give what police found to anyone', () => {
		const article = segment('Officers from Harwell Police found “a large quantity” of cash at the house on Friday.');
		expect(speakers(article)).toEqual([['a large quantity', null]]);
	});
});

describe('a speaker quoting someone else', () => {
	it('gives the quoted words to the one quoted and the next verb’s words back to the speaker', () => {
		const article = segment('Mayor Ilse Brandvold, quoting the late ferryman Odd Hatlestad, said "the fjord decides, not the council," and vowed to fight any plan that treated the harbour "like a theme park".');
		expect(speakers(article)).toEqual([
			['the fjord decides, not the council,', 'Odd Hatlestad'],
			['like a theme park', 'Ilse Brandvold'],
		]);
	});
});

describe('a term inside a reporting sentence', () => {
	it('looks past a so-called term to the verb that reports the quote after it', () => {
		const article = segment('In its weekly update, the Harwell Health Agency described coverage — 91%, short of the so-called "herd immunity" threshold — as "below the level needed to stop outbreaks."');
		expect(speakers(article)).toEqual([
			['herd immunity', null],
			['below the level needed to stop outbreaks.', 'Harwell Health Agency'],
		]);
	});

	it('does not credit a second term of a list to the sentence’s speaker', () => {
		const article = segment('Nadia Orlov, a fellow at the Brenmoor Institute, argued that the dispute was untouched, whatever the fashionable word, "decoupling” or "de-risking,” happened to be.');
		expect(speakers(article)).toEqual([
			['decoupling', null],
			['de-risking,', null],
		]);
	});
});

describe('a panel of a court', () => {
	it('gives what "a panel found" to the court named paragraphs before', () => {
		const article = segment('The Sports Appeals Tribunal on Monday dismissed the runner’s appeal.\n\nThe hearing lasted two days in Geneva.\n\nIn a 40-page award, a three-member panel found that she had failed to show “on the balance of probability” how the drug entered her body.\n\nThe panel said her account was “sincere but unsupported.”');
		expect(speakers(article)).toEqual([
			['on the balance of probability', 'Sports Appeals Tribunal'],
			['sincere but unsupported.', 'Sports Appeals Tribunal'],
		]);
	});
});

describe('a document speaking for its body', () => {
	it('gives "the award read" and the statement it resumes to the body quoted just before', () => {
		const article = segment('The Sports Appeals Tribunal on Monday dismissed the appeal.\n\nThe panel said her account was “sincere but unsupported.”\n\n"The athlete has at all times maintained her innocence," the award read. "Sincerity, however, is not a defence."');
		expect(speakers(article)).toEqual([
			['sincere but unsupported.', 'Sports Appeals Tribunal'],
			['The athlete has at all times maintained her innocence,', 'Sports Appeals Tribunal'],
			['Sincerity, however, is not a defence.', 'Sports Appeals Tribunal'],
		]);
	});

	it('gives "the statement said" to the body quoted in the paragraph before', () => {
		const article = segment('Kelder Water said the leak was “under control.”\n\n“Crews will work through the night,” the statement said.');
		expect(speakers(article)).toEqual([
			['under control.', 'Kelder Water'],
			['Crews will work through the night,', 'Kelder Water'],
		]);
	});

	it('leaves a statement with no body quoted before it unattributed', () => {
		const article = segment('Flooding closed the ring road overnight.\n\n“Crews will work through the night,” the statement said.');
		expect(speakers(article)).toEqual([['Crews will work through the night,', null]]);
	});
});

describe('a passive verb inside reported speech', () => {
	it('is not the quote’s reporting verb: the clause that reports the speech is', () => {
		const article = segment('The bookseller Quillmark said sales of ‘The Salt Choir’ had tripled since the shortlist was announced, and that it had “never seen a debut move like this”.');
		expect(speakers(article)).toEqual([
			['The Salt Choir', null],
			['never seen a debut move like this', 'Quillmark'],
		]);
	});
});

describe('a participle closing a reported clause', () => {
	it('goes with the reported clause’s subject, not with the one reporting it', () => {
		const article = segment('The transport agency said on Wednesday that Tarn Tunnelling, a joint venture of two firms, had pulled out of the talks, citing “unacceptable exposure” to costs.');
		expect(speakers(article)).toEqual([['unacceptable exposure', 'Tarn Tunnelling']]);
	});
});

describe('an unnamed ministry', () => {
	it('belongs to the country named, not to its capital named since', () => {
		const article = segment('TOKYO — Japan\'s grid operator warned of blackouts in Tokyo on Tuesday. The trade ministry urged households to "avoid unnecessary use of electricity."');
		expect(speakers(article)).toEqual([['avoid unnecessary use of electricity.', 'Japan']]);
	});
});

describe('a body called by another word for its kind', () => {
	it('takes "the consortium" for a Consorcio named before', () => {
		const article = segment('The city will renegotiate with the builder, Consorcio Vial del Norte. The consortium said the delays were "beyond anyone’s control."');
		expect(speakers(article)).toEqual([['beyond anyone’s control.', 'Consorcio Vial del Norte']]);
	});

	it('takes "the water authority" for the Regional Water Administration', () => {
		const article = segment('Supplies are managed by the Regional Water Administration. The water authority called the shortfall "temporary."');
		expect(speakers(article)).toEqual([['temporary.', 'Regional Water Administration']]);
	});
});

describe('a statement and where it was put', () => {
	it('gives words from "a statement posted online" to the one who said it, not to the post', () => {
		const article = segment('The contractor, Bhandari Builders, said in a statement posted online that its work had been "fully inspected."');
		expect(speakers(article)).toEqual([['fully inspected.', 'Bhandari Builders']]);
	});

	it('gives nothing to the capital of "an agent at a Santiago shipping agency"', () => {
		const article = segment('"Ships will go elsewhere," said an agent at a Santiago shipping agency.');
		expect(speakers(article)).toEqual([['Ships will go elsewhere,', null]]);
	});
});

describe('a ruling', () => {
	it('gives "ruling that it raised “…”" to the judge', () => {
		const article = segment('Judge Hana Okafor refused to dismiss the suit, ruling that it raised "real concerns" about the evidence.');
		expect(speakers(article)).toEqual([['real concerns', 'Hana Okafor']]);
	});

	it('does not take "could not be ruled out" for a reporting clause', () => {
		const article = segment('The Climate Panel said a collapse could not be ruled out, but it classed such cases as "low likelihood, high impact."');
		expect(speakers(article)).toEqual([['low likelihood, high impact.', 'Climate Panel']]);
	});
});

describe('a body behind a dateline, an office or a role', () => {
	it('reads the subject after the dateline: the regulator fined the firm, saying …', () => {
		const article = segment('HELSINKI, Finland (AP) — The Financial Supervisory Authority on Monday fined Kuura Payments, saying the start-up had treated checks as "an optional extra".');
		expect(speakers(article)).toEqual([['an optional extra', 'Financial Supervisory Authority']]);
		expect(article.entities.find(entity => entity.name === 'Kuura Payments')?.type).toBe('organization');
	});

	it('gives "the attorney general’s office … asked the public to report “…”" to the office named in full earlier', () => {
		const article = segment('The cleaner raised the alarm, according to the Puebla State Attorney General’s Office.\n\nPolice searched the house.\n\nThe attorney general’s office has offered a reward and asked the public to report "any offer, however informal, of colonial silver."');
		expect(speakers(article)).toEqual([['any offer, however informal, of colonial silver.', 'Puebla State Attorney General’s Office']]);
	});

	it('gives "his lawyers, the Accra firm X, said" to the firm', () => {
		const article = segment('Kofi Mensah did not attend. In a letter, his lawyers, the Accra firm Dadzie Legal, said he was "recovering from surgery abroad".');
		expect(speakers(article)).toEqual([['recovering from surgery abroad', 'Dadzie Legal']]);
	});
});

describe('bodies after an opening phrase, an appositive or a relative clause', () => {
	it('gives "Late on Monday, NNPC said … “…,” it said" to the company, not to a capital named since', () => {
		const article = segment('Late on Monday, NNPC said 48 tankers had left its Lagos depots for Abuja overnight. "Normal supply will be restored by Wednesday," it said.');
		expect(speakers(article)).toEqual([['Normal supply will be restored by Wednesday,', 'NNPC']]);
	});

	it('gives "The state oil company, NNPC Ltd, said …, and insisted “…”" to the company', () => {
		const article = segment('The state oil company, NNPC Ltd, said the outage had been caused by a fire, and insisted there was "no cause for panic buying".');
		expect(speakers(article)).toEqual([['no cause for panic buying', 'NNPC Ltd']]);
	});

	it('gives both quotes of "Beijing, which has called it “…”, warned that it would take “…”" to Beijing', () => {
		const article = segment('Washington imposed the curbs. Beijing, which has called earlier curbs "technological bullying", warned that it would take "all necessary measures" to protect its companies.');
		expect(speakers(article)).toEqual([
			['technological bullying', 'Beijing'],
			['all necessary measures', 'Beijing'],
		]);
	});

	it('finds "the agriculture department" however far back it was named in full', () => {
		const filler = Array.from({length: 10}, (_, index) => `Farmers in village ${index + 1} waited.`).join('\n\n');
		const article = segment(`The Maharashtra Agriculture Department published a review.\n\n${filler}\n\nThe agriculture department said a meeting would be held on Friday. "The government stands with the farmer," it said.`);
		expect(speakers(article)).toEqual([['The government stands with the farmer,', 'Maharashtra Agriculture Department']]);
	});

	it('gives "blamed “…”" to the yard that blamed it', () => {
		const article = segment('Inverclyde Marine Engineering, the yard nationalised in 2019, blamed "unforeseen rework" on the cabling.');
		expect(speakers(article)).toEqual([['unforeseen rework', 'Inverclyde Marine Engineering']]);
	});
});

describe('an inquiry and its report', () => {
	it('gives what "the independent inquiry … has found" to the inquiry named just after, and "The report said" to it too', () => {
		const article = segment('SYDNEY — The independent inquiry into last summer’s fires on the south coast has found that residents received alerts "after the fire front had already arrived".\n\nThe report of the South Coast Bushfire Inquiry was handed over on Tuesday.\n\nThe report said warnings had been "downgraded in transmission" before they arrived.');
		expect(speakers(article)).toEqual([
			['after the fire front had already arrived', 'South Coast Bushfire Inquiry'],
			['downgraded in transmission', 'South Coast Bushfire Inquiry'],
		]);
	});

	it('gives "the ministry announced Saturday, calling it “…”" to the ministry', () => {
		const article = segment('LUXOR, Egypt (AP) — Archaeologists have found an intact chamber at Luxor, Egypt’s Ministry of Tourism and Antiquities announced Saturday, calling it "one of the most important finds of the decade."');
		expect(speakers(article)).toEqual([['one of the most important finds of the decade.', 'Ministry of Tourism and Antiquities']]);
	});
});

describe('bodies with names that hold a town, a country or an elided article', () => {
	it('gives a central bank and its governor their own quotes', () => {
		const article = segment('The Banco Central de la República Argentina, or BCRA, said the cut reflected "a sustained fall in inflation expectations". Its governor, Santiago Quiroga, told Reuters that further cuts were possible "if the numbers keep coming in like this."');
		expect(speakers(article)).toEqual([
			['a sustained fall in inflation expectations', 'Banco Central de la República Argentina'],
			['if the numbers keep coming in like this.', 'Santiago Quiroga'],
		]);
	});

	it('gives "The grid operator, Réseau de Transport d’Électricité (RTE), said" to the operator', () => {
		const article = segment('The grid operator, Réseau de Transport d’Électricité (RTE), said demand was “well within margins“.');
		expect(speakers(article)).toEqual([['well within margins', 'Réseau de Transport d’Électricité']]);
	});

	it('types a sport’s national body and a federal department as organizations', () => {
		const article = segment('Athletics Kenya called the run "a gift to the nation". Fisheries and Oceans Canada announced the closure, saying the run was at "a critically low level".');
		expect(speakers(article)).toEqual([
			['a gift to the nation', 'Athletics Kenya'],
			['a critically low level', 'Fisheries and Oceans Canada'],
		]);
	});

	it('gives "a ministry official told reporters" to the ministry and "the nation" to a First Nation', () => {
		const article = segment('The Ministry of Land ordered a full list. "Trust has been broken," a ministry official told reporters.\n\nThe Ootsanee First Nation closed its fishery. In a statement, the nation went further: "We warned them for thirty years."');
		expect(speakers(article)).toEqual([
			['Trust has been broken,', 'Ministry of Land'],
			['We warned them for thirty years.', 'Ootsanee First Nation'],
		]);
	});
});

describe('findings and reports', () => {
	it('gives "The report, titled “…”, found … and warned “…”" to the charity that published it', () => {
		const article = segment('Child homelessness rose, according to a report published on Monday by the charity Haven Street Trust.\n\nThe report, titled "Nowhere to Call Home", found that families waited 19 months, and warned that hotels had become "a parallel housing system for children".');
		expect(speakers(article)).toEqual([
			['Nowhere to Call Home', null],
			['a parallel housing system for children', 'Haven Street Trust'],
		]);
	});

	it('gives what a body "found in a 2022 report" to the body, and what a court ruled "finding that" to the court', () => {
		const article = segment('The Special Investigating Unit, which probed the tender, found in a 2022 report that the firm was paid for work "largely not done".\n\nIn a ruling last month, the Commercial Crimes Court rejected a bid to exclude the messages, finding that they had been "lawfully obtained".');
		expect(speakers(article)).toEqual([
			['largely not done', 'Special Investigating Unit'],
			['lawfully obtained', 'Commercial Crimes Court'],
		]);
	});

	it('gives nothing to "The newspaper, quoting a former employee, reported “…”"', () => {
		const article = segment('The Asahi Shimbun, quoting a former employee, reported that engineers worked under "constant pressure to make the numbers fit".');
		expect(speakers(article)).toEqual([['constant pressure to make the numbers fit', null]]);
	});
});

describe('bodies behind a modifier, a possessive report or a ruling', () => {
	it('gives "the Rome-based agency said" and the "It said" after it to the agency named before', () => {
		const article = segment('The Food and Agriculture Organization (FAO) called the outbreak "the most serious since 2020".\n\nIn a bulletin titled "Locust Update", the Rome-based agency said swarms "the size of small cities" had crossed the border. It said the eggs could produce "a second, larger generation within six weeks."');
		expect(speakers(article)).toEqual([
			['the most serious since 2020', 'Food and Agriculture Organization'],
			['Locust Update', null],
			['the size of small cities', 'Food and Agriculture Organization'],
			['a second, larger generation within six weeks.', 'Food and Agriculture Organization'],
		]);
	});

	it('gives what "Its report “…”, published in March, found" to the coalition it stands for', () => {
		const article = segment('Carla Brennan leads the Fair Premium Coalition. Brennan said the coalition would ask a court to review the decision. Its report "Black Box Pricing," published in March, found that insurers’ models "consistently overstate risk in the communities."');
		expect(speakers(article)).toEqual([
			['Black Box Pricing,', null],
			['consistently overstate risk in the communities.', 'Fair Premium Coalition'],
		]);
	});

	it('gives what "The 412-page ruling" described to the court', () => {
		const article = segment('The Tribunal of Milan convicted nine people.\n\nThe 412-page ruling also criticised the ministry’s own oversight, describing the inspection regime as "formal, fragmented and largely delegated."');
		expect(speakers(article)).toEqual([['formal, fragmented and largely delegated.', 'Tribunal of Milan']]);
	});

	it('gives "a product line it described as “…”" to the authority that said so, not to the bank, and "the regulator called" too', () => {
		const article = segment('The Financial Supervisory Authority said Norrbro Bank’s advisers were paid bonuses for the bank’s own funds, a product line it described as "expensive, opaque and rarely in the customer’s interest."\n\nSome advisers followed a script presenting the funds as "the safe choice," a line the regulator called "plainly misleading."');
		expect(speakers(article)).toEqual([
			['expensive, opaque and rarely in the customer’s interest.', 'Financial Supervisory Authority'],
			['the safe choice,', null],
			['plainly misleading.', 'Financial Supervisory Authority'],
		]);
	});

	it('takes "PGA of America" for a body and reads "the course had played “…”" as what it said', () => {
		const article = segment('The PGA of America, which runs the championship, faced criticism. In a statement, the organisation said the course had played "firm, fast and fair," and noted that 14 players finished under par.');
		expect(speakers(article)).toEqual([['firm, fast and fair,', 'PGA of America']]);
	});
});

describe('bodies with unusual names or words before them', () => {
	it('takes "EuroLeague" for a body, and "Real Madrid" opening a sentence for the club', () => {
		const article = segment('The EuroLeague said in a statement that the decision was "final". It added: "Comments will be assessed."\n\nReal Madrid said on its website that it had complained, calling the officiating "unacceptable at this level."');
		expect(speakers(article)).toEqual([
			['final', 'EuroLeague'],
			['Comments will be assessed.', 'EuroLeague'],
			['unacceptable at this level.', 'Real Madrid'],
		]);
	});

	it('reads past "had agreed to" to the reporting verb before it', () => {
		const article = segment('The Export-Import Bank of China, the largest creditor, welcomed the deal. The bank, known as China Exim, said it had agreed to "extend maturities" with other lenders.');
		expect(speakers(article)).toEqual([['extend maturities', 'Export-Import Bank of China']]);
	});

	it('gives "A spokeswoman for airport operator X … she said" to X, and "According to the Centre in Darwin" to the centre', () => {
		const article = segment('Rahmat Hidayat of the transport ministry spoke.\n\nA spokeswoman for airport operator Angkasa Pura I said 214 flights had been cancelled. "Passengers should not come," she said.\n\nAccording to the Volcanic Ash Advisory Centre in Darwin, Australia, the cloud was drifting "west-southwest at about 20 knots," putting airports at risk.');
		expect(speakers(article)).toEqual([
			['Passengers should not come,', 'Angkasa Pura I'],
			['west-southwest at about 20 knots,', 'Volcanic Ash Advisory Centre'],
		]);
	});
});

describe('bodies through a relative clause, their management or a spokesperson by kind', () => {
	it('gives "X (NUB), which says … “…”" and "Management at X … said" to the bodies', () => {
		const article = segment('The strike was called by Nurses United Belgium (NUB), which says understaffing has pushed its members to "breaking point."\n\nManagement at the Brussels Public Hospitals Network said in a statement that it "understands the frustration" of staff.');
		expect(speakers(article)).toEqual([
			['breaking point.', 'Nurses United Belgium'],
			['understands the frustration', 'Brussels Public Hospitals Network'],
		]);
	});

	it('gives "A spokesperson for the Hamburg-based carrier added" to the carrier, and "Cairo has long argued" to Cairo', () => {
		const article = segment('Meridian Container Lines said in a statement that it would "continue to sail via the Cape." A spokesperson for the Hamburg-based carrier added that it would not "gamble crews and cargo."\n\nCairo has long argued that the canal’s troubles are "imported, not home-grown."');
		expect(speakers(article)).toEqual([
			['continue to sail via the Cape.', 'Meridian Container Lines'],
			['gamble crews and cargo.', 'Meridian Container Lines'],
			['imported, not home-grown.', 'Cairo'],
		]);
	});
});

describe('bodies far back, by their board, by their grading or after a person in the same sentence', () => {
	it('finds "the court" and "the office" named many paragraphs before', () => {
		const filler = Array.from({length: 10}, (_, index) => `Shop ${index + 1} kept its sign.`).join('\n\n');
		const article = segment(`The merchants asked Quebec Superior Court to suspend the rules of the Quebec Language Office.\n\n${filler}\n\nDimitri Pappas said the office told him in a letter that the words were "disproportionate".\n\nThe court refused to grant a stay, saying the merchants had not shown "serious and irreparable harm".`);
		expect(speakers(article)).toEqual([
			['disproportionate', 'Quebec Language Office'],
			['serious and irreparable harm', 'Quebec Superior Court'],
		]);
	});

	it('gives "X’s board rejected the offer as “…”" to X and "a level the Department classes as “…”" to the department', () => {
		const article = segment('Orzeł Retail bid for the Polmarket Group on Monday. Polmarket’s board rejected the offer within hours as "opportunistic and unsolicited".\n\nTemperatures passed 43 C, a level the Thai Meteorological Department classes as "extremely dangerous."');
		expect(speakers(article)).toEqual([
			['opportunistic and unsolicited', 'Polmarket Group'],
			['extremely dangerous.', 'Thai Meteorological Department'],
		]);
	});

	it('gives "it said" to a body that spoke in the sentence before, after a person', () => {
		const article = segment('Rasmus Brandt called the plan "nanny-state politics", while the Red-Green Alliance said the ban should go further. "Half the bangers were bought abroad anyway," it said in a statement.');
		expect(speakers(article)).toEqual([
			['nanny-state politics', 'Rasmus Brandt'],
			['Half the bangers were bought abroad anyway,', 'Red-Green Alliance'],
		]);
	});
});

describe('words passed on by someone named only by office', () => {
	it('gives "X said the prime minister had told every ministry to “…”" to X', () => {
		const article = segment('Government spokesman Karoon Phetcharat said the prime minister had told every ministry to "treat this as a disaster, not a weather story."');
		expect(speakers(article)).toEqual([['treat this as a disaster, not a weather story.', 'Karoon Phetcharat']]);
	});
});

describe('a body after an opening phrase and a union by its own language’s word', () => {
	it('gives "In a statement, the ministry said …, and dismissed “…”" and "The union called" to the bodies', () => {
		const article = segment('The Ministry of Energy spoke. In a statement, the ministry said households had "willingly signed" their agreements, and dismissed the complaints as "the work of a few activists."\n\nFerrer is a member of the farmers’ union Unió de Pagesos. The union called the cut "a death sentence for the countryside".');
		expect(speakers(article)).toEqual([
			['willingly signed', 'Ministry of Energy'],
			['the work of a few activists.', 'Ministry of Energy'],
			['a death sentence for the countryside', 'Unió de Pagesos'],
		]);
	});
});

describe('a body after a place in an opening phrase, and a body named for its aim', () => {
	it('gives "In a statement issued in Astana, the ministry said … “…,” it said" to the ministry, and the Committee to Protect Journalists its words', () => {
		const article = segment('Protests spread after the Ministry of Energy lifted price caps.\n\nIn a statement issued in Astana, the ministry said the caps had cost billions. "Artificially low prices benefited no one," it said.\n\nThe Committee to Protect Journalists said it was "alarmed" by the arrest.');
		expect(speakers(article)).toEqual([
			['Artificially low prices benefited no one,', 'Ministry of Energy'],
			['alarmed', 'Committee to Protect Journalists'],
		]);
	});
});
