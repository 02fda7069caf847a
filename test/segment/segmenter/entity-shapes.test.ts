import {describe, expect, it} from 'vitest';
import type {Article} from '../../../source/article/schema.js';
import {segment, speakers} from './helpers.js';

/*
 * Names whose shape alone would mislead: capitalized words that look like a
 * person's name but that the sentence treats as a body, possessives and
 * initials inside names, nicknames, and lists that run two names together.
 */
const typeOf = (article: Article, name: string) => article.entities.find(entity => entity.name === name || entity.aliases.includes(name))?.type;
const names = (article: Article) => article.entities.map(entity => entity.name);

describe('names the sentence treats as bodies', () => {
	it('takes a name after "the" for an organization, but not a person after "the late"', () => {
		const article = segment('Results certified by the Valdren Electoral Registry showed a narrow margin. The prize went to the late Corin Althaus, whose widow said she was proud.');
		expect(typeOf(article, 'Valdren Electoral Registry')).toBe('organization');
		expect(typeOf(article, 'Corin Althaus')).toBe('person');
	});

	it('does not take a person’s name that qualifies a noun after "the" for an organization', () => {
		const article = segment('Flowers were left for the Amara Oyelaran family. The Valdren Electoral Registry said the count was final.');
		expect(typeOf(article, 'Amara Oyelaran')).toBe('person');
		expect(typeOf(article, 'Valdren Electoral Registry')).toBe('organization');
	});

	it('takes a name that does something through "which" for an organization, and one through "who" for a person', () => {
		const article = segment('Brask Holt, which runs the ferries, said the service would resume. Tamsin Orrell, who runs the cafe, said trade was slow.');
		expect(typeOf(article, 'Brask Holt')).toBe('organization');
		expect(typeOf(article, 'Tamsin Orrell')).toBe('person');
	});

	it('takes a name with spokespeople of its own for an organization', () => {
		const article = segment('A Kelmor Rowing spokesperson said the regatta would go ahead.');
		expect(typeOf(article, 'Kelmor Rowing')).toBe('organization');
	});

	it('takes "World" and a sport for the sport’s governing body', () => {
		const article = segment('World Sailing confirmed the race would be shortened.');
		expect(typeOf(article, 'World Sailing')).toBe('organization');
	});

	it('takes a unit or a metro for an organization', () => {
		const article = segment('The case was brought by the Harbour Safety Unit on Monday. Bus drivers for Kessel Metro were told to rest.');
		expect(typeOf(article, 'Harbour Safety Unit')).toBe('organization');
		expect(typeOf(article, 'Kessel Metro')).toBe('organization');
	});

	it('takes an award, a code, an amendment or an age for no one', () => {
		const article = segment('She won the Tarrow Prize for Poetry. The rules of the Global Anti-Doping Code were broken, the court said, citing the First Amendment. The tools date from the Bronze Age.');
		expect(typeOf(article, 'Bronze Age')).not.toBe('person');
		expect(typeOf(article, 'Tarrow Prize for Poetry')).toBe('other');
		expect(names(article)).not.toContain('Tarrow Prize');
		expect(typeOf(article, 'Global Anti-Doping Code')).toBe('other');
		expect(typeOf(article, 'First Amendment')).toBe('other');
	});
});

describe('lone names that speak', () => {
	it('keeps a possessive followed by a verb as part of a firm’s name, but not after a surname the text has given', () => {
		const article = segment('Fitchley\'s said the outlook was stable. Petra Lind\'s lawyer said she would appeal. "Lind\'s said it before," he added.');
		expect(typeOf(article, 'Fitchley\'s')).toBe('organization');
		expect(typeOf(article, 'Petra Lind')).toBe('person');
		expect(names(article)).not.toContain('Lind\'s');
	});

	it('takes a lone word that speaks after a relative clause for an organization', () => {
		const article = segment('Harrowby, which runs the buses, said fares would rise.');
		expect(typeOf(article, 'Harrowby')).toBe('organization');
	});

	it('takes a lone word that speaks for an organization, unless the article says it is someone', () => {
		const article = segment('Kittering said in a statement that it would appeal. Halvorsen, 54, said he was leaving.');
		expect(typeOf(article, 'Kittering')).toBe('organization');
		expect(typeOf(article, 'Halvorsen')).toBe('person');
	});

	it('takes a lone word joined to a first name and a surname for another first name of that family', () => {
		const article = segment('The brothers, Tadeo and Peter Vance, run the farm. "We never sell," Tadeo said.');
		expect(typeOf(article, 'Tadeo Vance')).toBe('person');
		expect(article.entities.find(entity => entity.name === 'Tadeo Vance')?.aliases).toContain('Tadeo');
		expect(typeOf(article, 'Peter Vance')).toBe('person');
	});
});

describe('roles and initials', () => {
	it('takes a collector or a member of a legislature before a name for the person’s role', () => {
		const article = segment('District Collector S. P. Naik met the farmers. Local MLA Anand Kulkarni said he would raise it. Plaid MS Eleri Pugh agreed.');
		expect(article.entities.find(entity => entity.name === 'S. P. Naik')).toMatchObject({type: 'person', role: 'District Collector'});
		expect(article.entities.find(entity => entity.name === 'Anand Kulkarni')).toMatchObject({type: 'person', role: 'Local MLA'});
		expect(typeOf(article, 'Eleri Pugh')).toBe('person');
	});

	it('takes initials and a surname for a person wherever they stand', () => {
		const article = segment('The talks at S. K. Patil\'s farm ended late. Mourners remembered the late T. N. Rao.');
		expect(typeOf(article, 'S. K. Patil')).toBe('person');
		expect(typeOf(article, 'T. N. Rao')).toBe('person');
	});

	it('still takes the seat of a member for a place', () => {
		const article = segment('The MLA for Kothrud objected. The tax collector said no.');
		expect(typeOf(article, 'Kothrud')).toBe('place');
		expect(article.entities.filter(entity => entity.type === 'person')).toEqual([]);
	});
});

describe('nicknames', () => {
	it('takes a nickname in quotes between a first name and a surname out of the name, and leaves it a quote of no one', () => {
		const article = segment('The gym was founded by Winston “Tank” Ferreira in 1989. Ferreira, who died last year, trained three champions.');
		const person = article.entities.find(entity => entity.name === 'Winston Ferreira');
		expect(person?.type).toBe('person');
		expect(person?.aliases).toContain('Ferreira');
		expect(names(article)).not.toContain('Winston');
		expect(speakers(article)).toContainEqual(['Tank', null]);
	});

	it('takes a nickname of two words in single quotes out of the name too', () => {
		const article = segment("The wrestler Dwayne 'Iron Bear' Mukasa waved to the crowd.");
		expect(typeOf(article, 'Dwayne Mukasa')).toBe('person');
	});
});

describe('possessives inside names', () => {
	it('keeps a people’s possessive inside a party’s or a bank’s name, but not a person’s', () => {
		const article = segment('Anna Lind\'s Party colleagues backed her. The Dovrian People\'s Party lost, and the People\'s Bank of Kessel raised rates.');
		expect(typeOf(article, 'Dovrian People\'s Party')).toBe('organization');
		expect(typeOf(article, 'People\'s Bank of Kessel')).toBe('organization');
		expect(typeOf(article, 'Anna Lind')).toBe('person');
	});
});

describe('lists of names', () => {
	it('splits two institutions joined by "and the", but not a name that joins its fields by "and"', () => {
		const article = segment('Engineers from the University of Kessel and the Dovrian Space Agency built it. Scientists at the Royal Institute of Mining and Metallurgy agreed.');
		expect(typeOf(article, 'University of Kessel')).toBe('organization');
		expect(typeOf(article, 'Dovrian Space Agency')).toBe('organization');
		expect(typeOf(article, 'Royal Institute of Mining and Metallurgy')).toBe('organization');
	});
});

describe('teams and parties named for a place', () => {
	it('takes a place or a nationality before a capitalized plural for a team or a party', () => {
		const article = segment('Leeds Hornets beat the Cardiff Falcons on Sunday. Welsh Liberals and Scottish Greens objected.');
		expect(typeOf(article, 'Leeds Hornets')).toBe('organization');
		expect(typeOf(article, 'Cardiff Falcons')).toBe('organization');
		expect(typeOf(article, 'Welsh Liberals')).toBe('organization');
		expect(typeOf(article, 'Scottish Greens')).toBe('organization');
	});

	it('does not take people by their job or a first name and a surname for a team', () => {
		const article = segment('Welsh Ministers said no. The Welsh Valleys flooded. Austin Edwards, a farmer, spoke.');
		expect(article.entities.filter(entity => entity.type === 'organization')).toEqual([]);
	});

	it('takes a team named for its town from a score line', () => {
		const article = segment('Falcons hold on\n\nLeeds 20 Cardiff Falcons 14\n\nThe visitors led at half-time but faded late in the match.');
		expect(typeOf(article, 'Cardiff Falcons')).toBe('organization');
	});
});

describe('branches of organizations', () => {
	it('takes known initials and a nation for the organization’s branch, not for a place', () => {
		const article = segment('She told BBC Scotland that she was tired. BBC reporters in Wales saw it too.');
		expect(typeOf(article, 'BBC Scotland')).toBe('organization');
		expect(typeOf(article, 'BBC')).toBe('organization');
		expect(typeOf(article, 'Wales')).toBe('place');
	});
});

describe('a place on another', () => {
	it('splits a town on a peninsula into two places, but keeps a person named before a place a person', () => {
		const article = segment('Eirlys Parry, 71, from Abersoch on the Tregaron Peninsula, waited two years. He spoke to Anna Jones on the Isle of Wight.');
		expect(typeOf(article, 'Abersoch')).toBe('place');
		expect(typeOf(article, 'Tregaron Peninsula')).toBe('place');
		expect(names(article)).not.toContain('Abersoch on the Tregaron Peninsula');
		expect(typeOf(article, 'Anna Jones')).toBe('person');
		expect(typeOf(article, 'Isle of Wight')).toBe('place');
	});
});

describe('bylines, datelines and the words around a place', () => {
	it('takes the name in a byline for a person, and a paper after a comma for an organization', () => {
		const article = segment('Floods close roads\n\nBy Marta Salazar, Tollbridge Courier\n\nThe river rose.');
		expect(typeOf(article, 'Marta Salazar')).toBe('person');
		expect(typeOf(article, 'Tollbridge Courier')).toBe('organization');
	});

	it('takes a dateline closed by a colon for a place, but not a label', () => {
		expect(typeOf(segment('KESTRELBY: Hundreds marched to the town hall.'), 'Kestrelby')).toBe('place');
		expect(segment('UPDATE: Hundreds marched to the town hall.').entities).toEqual([]);
	});

	it('takes a name before a station or a port, or after a rail line "at", for a place', () => {
		const article = segment('A guide at the Kelvardo station said the lift was shut, and dockers said the Morvik port was full. The Konkan Railway line at Kolvar is busy.');
		expect(typeOf(article, 'Kelvardo')).toBe('place');
		expect(typeOf(article, 'Morvik')).toBe('place');
		expect(typeOf(article, 'Kolvar')).toBe('place');
	});

	it('knows papers, legislatures and savings banks by their names', () => {
		const article = segment('Asked about it, he told the Observer that he was sorry. Later she told the Storting the same. Halsvik Sparebank said profits rose.');
		expect(typeOf(article, 'Observer')).toBe('organization');
		expect(typeOf(article, 'Storting')).toBe('organization');
		expect(typeOf(article, 'Halsvik Sparebank')).toBe('organization');
	});

	it('takes no appliance or planet for an organization, and a region of a country for a place', () => {
		const article = segment('People die with a broken AC unit, said the director of Earth observation. Heat sat over the Southwest.');
		expect(typeOf(article, 'AC')).toBeUndefined();
		expect(typeOf(article, 'Earth')).toBeUndefined();
		expect(typeOf(article, 'Southwest')).toBe('place');
	});
});

describe('numbers and parties at the start of a sentence', () => {
	it('leaves a number spelt out at the start of a sentence out of the name, and knows the Conservatives', () => {
		const article = segment('Thirty-three Kessel Rovers fans came. The Conservatives abstained.');
		expect(typeOf(article, 'Kessel Rovers')).toBe('organization');
		expect(names(article)).not.toContain('Thirty-three Kessel Rovers');
		expect(typeOf(article, 'Conservatives')).toBe('organization');
	});
});

describe('credits, channels and branches', () => {
	it('takes the names in a wire service’s credit line for people', () => {
		const article = segment('Coalition walks out\n\nThe cabinet fell on Friday.\n\n(Reporting by Ilse van Dam; Editing by Gareth Pole)');
		expect(typeOf(article, 'Ilse van Dam')).toBe('person');
		expect(typeOf(article, 'Gareth Pole')).toBe('person');
	});

	it('takes a sport after a name for a channel or a club, but not after a first name', () => {
		const article = segment('It was shown on Vexa Sports and Corvo Cricket. Tom Rugby said he would watch.');
		expect(typeOf(article, 'Vexa Sports')).toBe('organization');
		expect(typeOf(article, 'Corvo Cricket')).toBe('organization');
		expect(typeOf(article, 'Tom Rugby')).not.toBe('organization');
	});

	it('takes a known organization and a region, or a word and "UK", for a branch or a charity', () => {
		const article = segment('Greenpeace Southeast Asia and Hearth UK objected, but rural UK was quiet.');
		expect(typeOf(article, 'Greenpeace Southeast Asia')).toBe('organization');
		expect(typeOf(article, 'Hearth UK')).toBe('organization');
		expect(typeOf(article, 'United Kingdom')).toBe('place');
	});
});

describe('names that look like something else', () => {
	it('takes a first name that is also a city, or opens a mountain’s name, for a person', () => {
		const article = segment('"It is frightening," said lead author Sofia Brandt. "Too late," said Ben Cole, an economist at Brightwater Capital. Climbers left Ben Nevis early.');
		expect(typeOf(article, 'Sofia Brandt')).toBe('person');
		expect(typeOf(article, 'Ben Cole')).toBe('person');
		expect(typeOf(article, 'Ben Nevis')).toBe('place');
	});

	it('keeps initials joined by an ampersand as one organization', () => {
		const article = segment('PG&E, the utility, said it had cut power to 40,000 customers.');
		expect(names(article)).toContain('PG&E');
		expect(typeOf(article, 'PG&E')).toBe('organization');
	});

	it('keeps a nationality that opens an organization’s own name', () => {
		const article = segment('The British Chambers of Commerce said firms faced a hard winter.');
		expect(names(article)).toEqual(['British Chambers of Commerce']);
	});

	it('takes "Real", "La Liga" and their kind for football bodies', () => {
		const article = segment('Marta Ruiz scored twice as Real Betis beat Villarreal. La Liga said it would review the goal.');
		expect(typeOf(article, 'Real Betis')).toBe('organization');
		expect(typeOf(article, 'La Liga')).toBe('organization');
	});

	it('takes a lone name after "the bookseller" or "said in its report" for an organization', () => {
		const article = segment('The bookseller Quillmark said sales had tripled. Germany’s Bundesbank said in its monthly report that inflation was "stubbornly high."');
		expect(typeOf(article, 'Quillmark')).toBe('organization');
		expect(typeOf(article, 'Bundesbank')).toBe('organization');
		expect(speakers(article)).toEqual([['stubbornly high.', 'Bundesbank']]);
	});
});

describe('relief bodies', () => {
	it('takes a country before a body the lists know for that body’s branch', () => {
		const article = segment('Floods swept through Garissa on Tuesday, the Kenya Red Cross said.');
		expect(typeOf(article, 'Kenya Red Cross')).toBe('organization');
	});

	it('takes the bodies that aid workers come from for organizations, not places', () => {
		const article = segment('Aid workers from Oxfam and Save the Children arrived by boat from Mombasa.');
		expect(typeOf(article, 'Oxfam')).toBe('organization');
		expect(typeOf(article, 'Save the Children')).toBe('organization');
		expect(typeOf(article, 'Mombasa')).toBe('place');
	});
});

describe('an appositive saying what a body is', () => {
	it('takes "X, the union representing …" for an organization', () => {
		const article = segment('IG Metall, the union representing the workers, welcomed the figures.');
		expect(typeOf(article, 'IG Metall')).toBe('organization');
	});
});

describe('places named by what stands there', () => {
	it('takes a name after "base at" or "command post at" for a place, and joins Portuguese "do"', () => {
		const article = segment('Spain sent planes from its base at Torrejón. The minister visited the command post at Oleiros. Cernache do Bonjardim was evacuated.');
		expect(typeOf(article, 'Torrejón')).toBe('place');
		expect(typeOf(article, 'Oleiros')).toBe('place');
		expect(names(article)).toContain('Cernache do Bonjardim');
	});
});

describe('clubs known by a town or a province', () => {
	it('takes sides a score or a result goes with for clubs', () => {
		const article = segment('Leinster beat Munster 24-17 at the Aviva Stadium on Saturday to reach the final.');
		expect(typeOf(article, 'Leinster')).toBe('organization');
		expect(typeOf(article, 'Munster')).toBe('organization');
		expect(typeOf(article, 'Aviva Stadium')).toBe('place');
	});

	it('keeps countries as places and a town only visited as a place', () => {
		const article = segment('Ireland beat England 24-17 in Dublin on Saturday. Fans travelled from Limerick for the match.');
		expect(typeOf(article, 'Ireland')).toBe('place');
		expect(typeOf(article, 'England')).toBe('place');
		expect(typeOf(article, 'Limerick')).toBe('place');
	});
});

describe('offices, peoples and names with small letters', () => {
	it('keeps "the Minister for Transport" as a role, and its holder as the person', () => {
		const article = segment('The Minister for Transport, Ciarán Mulvey, said it was “a very difficult week for the project”.');
		expect(names(article)).toEqual(['Ciarán Mulvey']);
		expect(speakers(article)).toEqual([['a very difficult week for the project', 'Ciarán Mulvey']]);
	});

	it('strips "Advocate" as a title', () => {
		const article = segment('His lawyer, Advocate Thembeka Majola, said: "We will appeal."');
		expect(speakers(article)).toEqual([['We will appeal.', 'Thembeka Majola']]);
	});

	it('finds a name that opens with a small letter before its capital', () => {
		const article = segment('A spokesperson for the eThekwini Municipality said the city had “significantly strengthened” its controls.');
		expect(typeOf(article, 'eThekwini Municipality')).toBe('organization');
		expect(speakers(article)).toEqual([['significantly strengthened', 'eThekwini Municipality']]);
	});

	it('takes no people named by their plural for an entity', () => {
		const article = segment('It is a scourge of what South Africans call “tenderpreneurs”, and New Zealanders agree.');
		expect(names(article)).toEqual([]);
		expect(speakers(article)).toEqual([['tenderpreneurs', null]]);
	});

	it('keeps "Universities UK" opening a sentence as one organization', () => {
		const article = segment('Universities UK, which represents 140 institutions, warned that many were ‘at the limit’ of savings.');
		expect(names(article)).toEqual(['Universities UK']);
	});

	it('does not take a district qualifying a role for a settlement', () => {
		const article = segment('"Our members found out this morning," said Shane Dawkins, the union\'s northern district president.');
		expect(typeOf(article, 'Shane Dawkins')).toBe('person');
	});

	it('splits a valley from the state it lies in', () => {
		const article = segment('The plant stands in the Hunter Valley of New South Wales.');
		expect(typeOf(article, 'Hunter Valley')).toBe('place');
		expect(typeOf(article, 'New South Wales')).toBe('place');
	});
});

describe('more names in news style', () => {
	it('keeps the full stop of a firm’s "Inc." or "Ltd." in its name', () => {
		const article = segment('Accountants from Khanyile Moodley Inc., hired by the city, found gaps. He sold the yard to Corvane Ltd.');
		expect(names(article)).toEqual(['Khanyile Moodley Inc.', 'Corvane Ltd.']);
	});

	it('reads a state abbreviated after a town, and ends the name there', () => {
		const article = segment('SPOKANE, Wash. — The council voted late on Tuesday. The vote in Atlanta, Ga. Police said it was calm.');
		expect(typeOf(article, 'Wash.')).toBe('place');
		expect(names(article)).toEqual(expect.arrayContaining(['Washington', 'Georgia']));
		expect(names(article)).not.toContain('Ga. Police');
	});

	it('takes no name from "I\'m"', () => {
		const article = segment('"I\'m French," she said. I\'m told Anna Berg agreed.');
		expect(names(article)).toEqual(['Anna Berg']);
	});

	it('takes a person with a job before the name, or an appositive ending in a paper, for a person', () => {
		const article = segment('Its deputy director, Takeshi Minamoto, a co-author of the paper, said it was brief. The veteran producer Tunde Alabi-Grant said he missed "the girl". The developer Larkspur Residential said rents were capped.');
		expect(typeOf(article, 'Takeshi Minamoto')).toBe('person');
		expect(typeOf(article, 'Tunde Alabi-Grant')).toBe('person');
		expect(typeOf(article, 'Larkspur Residential')).toBe('organization');
	});

	it('names places after the institutions on them, civil defence agencies, papers and parties', () => {
		const article = segment('Crowds gathered on Parliament Hill. The Santa Catarina Civil Defence said roads were shut. Handelsblatt first reported the talks. Sinn Féin said it would vote against.');
		expect(typeOf(article, 'Parliament Hill')).toBe('place');
		expect(typeOf(article, 'Santa Catarina Civil Defence')).toBe('organization');
		expect(typeOf(article, 'Handelsblatt')).toBe('organization');
		expect(typeOf(article, 'Sinn Féin')).toBe('organization');
	});

	it('takes no name from a quoted nickname after "the"', () => {
		const article = segment('About 400 people work at the station, known locally as "the Big Smoke."');
		expect(names(article)).toEqual([]);
	});
});

describe('a name of no known shape', () => {
	it('is an organization when the article plainly treats it as a firm', () => {
		const article = segment('Shares of rival Helix AI, which is listed on the Nasdaq, fell 4% on the news.');
		expect(typeOf(article, 'Helix AI')).toBe('organization');
	});
});

describe('a match report told by its score line', () => {
	it('types the sides of a score line and a result as clubs, and the club by its town as the club', () => {
		const article = segment('Late goal keeps hopes alive\n\nHartlepool United 2 Barrow 1\n\nSubstitute Chidi Okoye scored late as Hartlepool came from behind to beat Barrow at Victoria Park on Saturday.');
		expect(typeOf(article, 'Hartlepool United')).toBe('organization');
		expect(typeOf(article, 'Hartlepool')).toBe('organization');
		expect(typeOf(article, 'Barrow')).toBe('organization');
		expect(typeOf(article, 'Victoria Park')).toBe('place');
		expect(names(article)).toContain('Chidi Okoye');
	});

	it('does not take a number after a word for a score', () => {
		const article = segment('Tonight 312 MPs voted for the bill, the Clerk said.');
		expect(names(article)).not.toContain('Tonight');
	});
});

describe('regions, agencies and firms from somewhere', () => {
	it('knows Italian regions, national agencies named by field and country, and provinces abbreviated', () => {
		const article = segment('SOREL-TRACY, Que. — Voters in Umbria went to the polls. Ottawa said it was watching, and Transport Canada said inspectors had boarded.');
		expect(typeOf(article, 'Umbria')).toBe('place');
		expect(typeOf(article, 'Transport Canada')).toBe('organization');
		expect(typeOf(article, 'Que.')).toBe('place');
	});

	it('splits a firm from the town it is from, but keeps a country in a bank’s name', () => {
		const article = segment('The Atlantic Salvage Group of Halifax was hired. The Central Bank of Peru held rates.');
		expect(typeOf(article, 'Atlantic Salvage Group')).toBe('organization');
		expect(typeOf(article, 'Halifax')).toBe('place');
		expect(typeOf(article, 'Central Bank of Peru')).toBe('organization');
	});

	it('gives one kind to one name, and takes a town compared with towns for a place', () => {
		const article = segment('Objectors formed the campaign group Keep Aberfeldy Rural. Fiona Galbraith, who chairs Keep Aberfeldy Rural, spoke. Supporters say Aberfeldy, like many towns in Perthshire, is losing its young people.');
		expect(typeOf(article, 'Keep Aberfeldy Rural')).toBe('organization');
		expect(article.entities.filter(entity => entity.name === 'Keep Aberfeldy Rural')).toHaveLength(1);
		expect(typeOf(article, 'Aberfeldy')).toBe('place');
	});

	it('types clubs, stations and stock indexes by their last word, and no time zone', () => {
		const article = segment('Builth Wells Harriers won. Garden City FM reported it at 9 GMT, and the KOSPI fell. Workers at the Cerro Morado mine struck.');
		expect(typeOf(article, 'Builth Wells Harriers')).toBe('organization');
		expect(typeOf(article, 'Garden City FM')).toBe('organization');
		expect(typeOf(article, 'Cerro Morado')).toBe('place');
		expect(names(article)).not.toContain('GMT');
		expect(names(article)).not.toContain('KOSPI');
	});
});

describe('a result by a margin', () => {
	it('marks a match report, so the sides that play are clubs', () => {
		const article = segment('Gold Coast kicked five goals late to beat Collingwood by 12 points at the MCG on Saturday. Collingwood travel to Perth next week, and Gold Coast host Hawthorn.');
		expect(typeOf(article, 'Collingwood')).toBe('organization');
		expect(typeOf(article, 'Hawthorn')).toBe('organization');
		expect(typeOf(article, 'Perth')).toBe('place');
	});
});

describe('places named by what they are', () => {
	it('takes circles, monasteries and Welsh villages for places', () => {
		const article = segment('Teachers marched to Kwame Nkrumah Circle. Fire reached the Kleiston Monastery. The reservoir drowned Capel Celyn, near Blaenau Ffestiniog.');
		expect(typeOf(article, 'Kwame Nkrumah Circle')).toBe('place');
		expect(typeOf(article, 'Kleiston Monastery')).toBe('place');
		expect(typeOf(article, 'Capel Celyn')).toBe('place');
		expect(typeOf(article, 'Blaenau Ffestiniog')).toBe('place');
	});
});

describe('titles and surnames from other traditions', () => {
	it('strips "Sub-Inspector" and "Datuk" and links a two-word surname used alone', () => {
		const article = segment('"He was cold," said Sub-Inspector Ramesh Thapa Magar of the district police. Thapa Magar said the boy was unhurt. Datuk Azlan Harun Mokhtar, the chief executive, agreed.');
		expect(typeOf(article, 'Ramesh Thapa Magar')).toBe('person');
		expect(typeOf(article, 'Thapa Magar')).toBe('person');
		expect(typeOf(article, 'Azlan Harun Mokhtar')).toBe('person');
		expect(names(article)).not.toContain('Thapa Magar');
	});

	it('keeps a person described as "the chief district officer" a person', () => {
		const article = segment('Eleven bodies were found, said Krishna Prasad Adhikari, the chief district officer. Adhikari said more help was coming.');
		expect(typeOf(article, 'Krishna Prasad Adhikari')).toBe('person');
		expect(typeOf(article, 'Adhikari')).toBe('person');
	});
});

describe('a dateline and a sentence after it', () => {
	it('takes a plural that opens the sentence after "(AFP) -" for people, not a name', () => {
		const article = segment('MANILA (AFP) - Rescuers dug through the night.\n\nRescuers said the boy had been "curled up like a cat" under the roof.');
		expect(names(article)).not.toContain('Rescuers');
		expect(speakers(article)).toEqual([['curled up like a cat', null]]);
	});

	it('takes no month abbreviation in a dateline for a place', () => {
		const article = segment('STOCKHOLM, Feb 6 (Reuters) – Sales rose in the quarter.');
		expect(names(article)).not.toContain('Feb');
	});
});

describe('names in other languages', () => {
	it('keeps the lower-case words inside a French institution’s name', () => {
		const article = segment('The Syndicat national des enseignants du Niger, which represents teachers, called the plan "a betrayal."');
		expect(typeOf(article, 'Syndicat national des enseignants du Niger')).toBe('organization');
		expect(speakers(article)).toEqual([['a betrayal.', 'Syndicat national des enseignants du Niger']]);
	});

	it('takes Malay street and market names for places, and a registry for a body', () => {
		const article = segment('The leak closed Jalan Ipoh and the station at Pasar Seni, according to the National Civil Registry. Shoppers went to the discounter Nordpris instead.');
		expect(typeOf(article, 'Jalan Ipoh')).toBe('place');
		expect(typeOf(article, 'Pasar Seni')).toBe('place');
		expect(typeOf(article, 'National Civil Registry')).toBe('organization');
		expect(typeOf(article, 'Nordpris')).toBe('organization');
	});

	it('takes the course where the Open is played for a place', () => {
		const article = segment('Dunn secured a place in next month’s Open at Royal Troon, where he has played once.');
		expect(typeOf(article, 'Royal Troon')).toBe('place');
	});
});

describe('lists and capitals that name nothing', () => {
	it('splits "Services Hospital and Jinnah Hospital" and keeps "Citizens’ Accountability Forum" whole', () => {
		const article = segment("The firm supplied Mayo Hospital, Services Hospital and Jinnah Hospital. Outside, protesters from the Citizens' Accountability Forum held placards.");
		expect(names(article)).toEqual(expect.arrayContaining(['Mayo Hospital', 'Services Hospital', 'Jinnah Hospital', "Citizens' Accountability Forum"]));
		expect(names(article)).not.toContain('Services Hospital and Jinnah Hospital');
	});

	it('takes "PT" for an Indonesian company and "de las" inside a university’s name', () => {
		const article = segment('The shipping line PT Samudra Lintas said ships waited. Students at the Universidad de las Américas Puebla agreed.');
		expect(typeOf(article, 'PT Samudra Lintas')).toBe('organization');
		expect(typeOf(article, 'Universidad de las Américas Puebla')).toBe('organization');
	});

	it('takes no common capitals for names', () => {
		const article = segment('The stadium DJ played a song as Kestrels won. HT: 10-14.');
		expect(names(article)).not.toContain('DJ');
		expect(names(article)).not.toContain('HT');
	});
});

describe('teams, passes and names with particles', () => {
	it('takes "Team Vantara" for a team, "Passo del Tonale" for a place and "Van Dael" for Pieter van Dael', () => {
		const article = segment('Mateo Arrieta of Team Vantara won after crossing the Passo del Tonale, ahead of Pieter van Dael. Van Dael said the descent was cold.');
		expect(typeOf(article, 'Team Vantara')).toBe('organization');
		expect(typeOf(article, 'Passo del Tonale')).toBe('place');
		expect(names(article)).not.toContain('Van Dael');
		expect(article.entities.find(entity => entity.name === 'Pieter van Dael')?.aliases).toContain('Van Dael');
	});

	it('keeps an Arabic article inside a name: "Hisham el-Sayed", "Dra Abu el-Naga"', () => {
		const article = segment('Dr. Hisham el-Sayed said the tomb at Dra Abu el-Naga was intact.');
		expect(typeOf(article, 'Hisham el-Sayed')).toBe('person');
		expect(names(article)).toContain('Dra Abu el-Naga');
	});
});

describe('people by rank and by first name', () => {
	it('strips "Cpl." and "Patrolman" and keeps a beaten tennis player a person', () => {
		const article = segment('Cpl. Noel Bautista and Patrolman Eric Villanueva were convicted. In Melbourne, Daniel Okafor beat Mikael Lindqvist 6-4, 3-6, 7-5.');
		expect(typeOf(article, 'Noel Bautista')).toBe('person');
		expect(typeOf(article, 'Eric Villanueva')).toBe('person');
		expect(typeOf(article, 'Mikael Lindqvist')).toBe('person');
	});
});

describe('places by their water, their neighbours and what lies between them', () => {
	it('takes a sound, a harbour, "nearby" towns and places "between X and Y" for places', () => {
		const article = segment('Commuters were stranded on both sides of Puget Sound on Monday. Crews worked at the Eagle Harbor repair yard. Dolores Whitfield’s roof in nearby Brandon was torn off. Spectators lined the banks between Putney and Mortlake.');
		expect(typeOf(article, 'Puget Sound')).toBe('place');
		expect(typeOf(article, 'Eagle Harbor')).toBe('place');
		expect(typeOf(article, 'Brandon')).toBe('place');
		expect(typeOf(article, 'Putney')).toBe('place');
		expect(typeOf(article, 'Mortlake')).toBe('place');
	});

	it('takes a Welsh school by its word for school', () => {
		const article = segment('Parents at Ysgol Cae Derwen protested on Monday.');
		expect(typeOf(article, 'Ysgol Cae Derwen')).toBe('organization');
	});
});
