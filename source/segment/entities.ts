import type {EntityType} from '../article/schema.js';
import {addVotes, contextVotes, leadingType, noVotes, placeAtWords, type Votes} from './evidence.js';
import {
	calendarWords,
	capitals,
	countries,
	countries as nationNames,
	demonyms,
	eventWords,
	firstNames,
	nameConnectors,
	neverFinalAbbreviations,
	organizationAliases,
	organizationCategories,
	placeCategories,
	organizations,
	organizationWords,
	placeAliases,
	stateAbbreviations,
	places,
	placeWords,
	roleModifiers,
	sentenceWords,
	titleWords,
} from './gazetteer.js';

/*
 * Names by rule: runs of capitalized words are cut at titles, calendar words
 * and sentence openers, then typed by small gazetteers and by the words they
 * end with. Most names in news are on no list, so what the whole article says
 * around a name (evidence.ts) types the ones whose shape alone would only
 * guess. Later mentions of a surname, an acronym or another spelling of a
 * place join the entity first named in full.
 */

export interface FoundMention {
	block: number;
	start: number;
	end: number;
	text: string;
}

export interface FoundEntity {
	name: string;
	type: EntityType;
	role: string | undefined;
	mentions: FoundMention[];
	/** Places that are capitals or countries may speak for their government. */
	government: boolean;
	/** A country, whose ministries are its own; a capital only stands for one. */
	country: boolean;
}

interface Token {
	text: string;
	start: number;
	end: number;
	possessive: boolean;
}

// "PG&E", "AT&T": initials joined by an ampersand are one token.
const tokenPattern = /\p{Lu}{1,3}&\p{Lu}{1,3}\b|(?:\p{L}\.){2,}|\p{Lu}\.(?=\s)|[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*[\p{L}\p{M}\p{N}]|[\p{L}\p{N}]/gu;
const possessiveHeads = new Set(['Church', 'Cathedral', 'Chapel', 'Abbey', 'College', 'Hospital', 'School', 'University', 'Academy', 'Park', 'Hall', 'Square', 'Green', 'Wood', 'Cross', 'Inn']);
const jobShaped = /^\p{Lu}[\p{Ll}-]{3,}(?:er|or|ist|ian|ant|ent|man|woman|eer|ive|ary|ess)$/u;
const surnameParticles = new Set(['de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'del', 'della', 'la', 'le', 'ter', 'ten', 'dos', 'das', 'bin', 'ibn']);
const placeHeads = /^(?:Palace|Strait|Straits|Gulf|Bay|Sea|Isle|Isles|Lake|Port|Cape|Mount|Sound|Valley|Vale|Forest|Plain|Basin|Island|Islands|Republic|Kingdom|Province|County|District|Region|State|Duchy|Principality|City|Town|Borough|Village|Bight|Firth|Straits)$/;
// "Lincoln High": American schools go by the town or the founder and the grade alone. "Brennvik IL", "Ostrum IF":
// Nordic sports clubs end in the letters of their kind of club, words that mean something else anywhere else.
const organizationTails = new Set(['FM', 'TV', 'Radio', 'Harriers', 'Rovers', 'Wanderers', 'Rangers', 'Albion', 'Athletic', 'Hotspur', 'Dynamos', 'Metro', 'Power', 'Mills', 'Water', 'Gas', 'Freight', 'Brothers', 'Bros.', 'Sons', 'High', 'IL', 'IF', 'IK', 'BK', 'FK', 'SK']);
const postNominals = new Set(['KC', 'QC', 'SC', 'SAN', 'MP', 'MPs', 'MEP', 'MSP', 'MS', 'AM', 'TD', 'Jr', 'Jr.', 'Sr', 'Sr.', 'PhD', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'FRS', 'MD', 'Esq', 'Esq.']);
// Stock indexes and time zones are no bodies.
const commonAcronyms = new Set(['KOSPI', 'KOSDAQ', 'FTSE', 'DAX', 'CAC', 'TOPIX', 'SENSEX', 'NIFTY', 'STOXX', 'GMT', 'UTC', 'BST', 'CET', 'CEST', 'EST', 'EDT', 'PST', 'PDT', 'AEST', 'JST', 'WIB', 'DNA', 'RNA', 'GDP', 'CEO', 'CFO', 'COO', 'CTO', 'VAT', 'PPE', 'HIV', 'AIDS', 'COVID', 'LED', 'GPS', 'ID', 'PIN', 'ATM', 'SUV', 'MP', 'MPs', 'KC', 'QC', 'OK', 'AM', 'PM', 'FM', 'AI', 'IT', 'HR', 'PR', 'TV', 'CCTV', 'CV', 'PE', 'IVF', 'ICU', 'GP', 'GPs', 'MRI', 'PTSD', 'ADHD', 'LGBT', 'LGBTQ', 'USB', 'PDF', 'URL', 'SMS', 'FAQ', 'ETA', 'RSVP', 'DIY', 'DJ', 'HT', 'FT', 'MC', 'NB', 'PS', 'FY', 'YTD', 'EV', 'EVs', 'ESG', 'IPO', 'PFAS', 'AC', 'DC', 'HVAC']);
const placePrefixes = /^(?:Capel|Blaenau|Cwm|Ystrad|Nant|Llan|Cerro|Sierra|Laguna|Punta|Bahía|Valle|Volcán|Nevado|Pico|Lac|Lago|Baie|Île|Pointe|Port|Mount|River|Mt\.|Monte|Mont|Passo|Colle|Alpe|Alto|Lake|Loch|Lough|Cape|Fort|Isle|Higher|Lower|Upper|Nether|Little|Great|Greater|Old|Vila|Villa|Bairro|Rua|Praça|Piazza|Rue|Avenida|Via|Ciudad|Puerto|Porto|Río|Rio|Calle|Plaza|Isla|Ilha|Playa|Praia|Estadio|Estádio|Stade|Stadio|Castelo|Igreja|Ribeira|Strath|Kirk|Glen|Ben|Sankt|São|Santa|Santo|San|North|South|East|West|Mid|Jalan|Lorong|Persiaran|Pasar|Taman|Kampung|Kampong|Bukit|Sungai|Pulau|Gunung|Tanjung|Kota|Desa)$/;
const documentWords = new Set(['Code', 'Amendment', 'Prize', 'Agreement', 'Accords', 'Treaty', 'Memorandum', 'Act', 'Protocol', 'Convention', 'Doctrine']);
const sportBodies = /^(?:Cricket|Rugby|Tennis|Football|Golf|Swimming|Athletics|Cycling|Netball|Hockey|Rowing|Sailing|Gymnastics|Basketball|Baseball|Volleyball|Boxing|Triathlon|Badminton|Squash|Archery|Judo|Surfing|Diving|Skiing|Snowsport|Equestrian|Aquatics|Curling|Taekwondo|Weightlifting|Wrestling|Fencing)$/;
const numberWord = /^(?:Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Hundreds|Thousands|Dozens)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?$/;
const clubPrefixes = /^(?:Real|Atlético|Atletico|Deportivo|Sporting|Racing|Dynamo|Dinamo|Olympique|Olympiacos|Borussia|Eintracht|Fortuna|Hertha|Werder|Rapid|Slavia|Sparta|Legia|Lech|Wisla|Wisła|Steaua|Galatasaray|Fenerbahçe|Besiktas|Beşiktaş)$/;
// Words that name the field of an office: "Minister for Public Expenditure", "Secretary of State for Foreign Affairs".
const officeFields = /^(?:Public|Expenditure|Affairs|Education|Skills|Housing|Environment|Transport|Culture|Heritage|Tourism|Sport|Agriculture|Fisheries|Food|Rural|Development|Communities|Local|Government|Enterprise|Employment|Social|Protection|Children|Youth|Equality|Integration|Further|Higher|Research|Innovation|Science|Digital|Media|Arts|Reform|Planning|Infrastructure|Climate|Communications|Networks|Regional|State|Home|Works|Water|Natural|Resources|Mines|Labour|Industry|Commerce|Budget|Revenue|Veterans|Security|Policing|Disability|Older|People|Women|Family|Families|Health|Care|Mental|Wellbeing|Energy|Net|Zero|Levelling|Up|Business|Trade|Finance|Economy|Justice|Defence|Defense|Foreign|Interior)$/;
const roman = /^(?:I{1,3}|IV|V|VI{0,3}|IX|X)$/;

const canonicalPlace = new Map<string, string>();
for (const [name, ...aliases] of placeAliases) {
	canonicalPlace.set(name, name);
	for (const alias of aliases) canonicalPlace.set(alias, name);
}

for (const [state, abbreviation] of stateAbbreviations) canonicalPlace.set(abbreviation, state);
const stateAbbreviated = new Set(stateAbbreviations.map(([, abbreviation]) => abbreviation.slice(0, -1)));

const canonicalOrganization = new Map<string, string>();
for (const [name, ...aliases] of organizationAliases) {
	canonicalOrganization.set(name, name);
	for (const alias of aliases) canonicalOrganization.set(alias, name);
}

export class EntityTable {
	readonly entities: FoundEntity[] = [];
	private readonly byKey = new Map<string, FoundEntity>();

	/** A place or organization already named exactly so. */
	find(name: string, kind: 'named' | 'person' = 'named'): FoundEntity | undefined {
		return this.byKey.get(`${kind}:${name}`);
	}

	add(type: EntityType, name: string, mention: FoundMention, role?: string): FoundEntity {
		const key = `${type === 'place' || type === 'organization' ? 'named' : type}:${name}`;
		let entity = this.byKey.get(key);
		if (entity === undefined) {
			const country = type === 'place' && listedIn(countries, name);
			entity = {name, type, role, mentions: [], government: country || (type === 'place' && listedIn(capitals, name)), country};
			this.byKey.set(key, entity);
			this.entities.push(entity);
		}

		if (role !== undefined && entity.role === undefined) entity.role = role;
		entity.mentions.push(mention);
		return entity;
	}
}

const possessiveVerb = /^\s+(?:said|says|announced|confirmed|reported|warned|added|told|estimated|expects|downgraded|upgraded|lowered|raised|rated|declined|agreed|plans)\b/;

function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	tokenPattern.lastIndex = 0;
	for (let match = tokenPattern.exec(text); match !== null; match = tokenPattern.exec(text)) {
		let word = match[0];
		let end = match.index + word.length;
		let possessive = false;
		// "Moody's said", "Sainsbury's announced": a possessive with a verb after it owns nothing; it ends a firm's name.
		if (/^\p{Lu}\p{L}+['’]s$/u.test(word) && possessiveVerb.test(text.slice(match.index + word.length, match.index + word.length + 20))) {
			// Kept whole.
		} else if (/['’]s$/.test(word) && word.length > 2) {
			word = word.slice(0, -2);
			end -= 2;
			possessive = true;
		} else if (/['’]$/.test(word)) {
			word = word.slice(0, -1);
			end -= 1;
		}

		// "Halden-based", "Leeds-born": the name without what the hyphen adds to it.
		const suffix = /-(?:based|born|bred|headquartered|registered|listed|area|region)$/i.exec(word);
		if (suffix !== null && /^\p{Lu}/u.test(word)) {
			word = word.slice(0, suffix.index);
			end = match.index + word.length;
		}

		// Keep the full stop of a title or an honorific: "Sen.", "Dr".
		// "Corvane Shipping Ltd.": a firm's abbreviated ending keeps its full stop, as the firm writes it.
		const firmEnding = /^(?:Inc|Ltd|Corp|Co|Bros|Plc|Pty|LLC)$/.test(word) && /\p{Lu}[\p{L}&-]*\s$/u.test(text.slice(Math.max(0, match.index - 30), match.index));
		// "Spokane, Wash.": a state's abbreviation after a town and a comma.
		const state = stateAbbreviated.has(word) && /\p{L},\s$/u.test(text.slice(Math.max(0, match.index - 3), match.index));
		if (text[end] === '.' && !possessive && (titleWords.has(`${word}.`) || neverFinalAbbreviations.has(word) || firmEnding || state)) {
			word += '.';
			end += 1;
		}

		tokens.push({text: word, start: match.index, end, possessive});
	}

	return tokens;
}

// "eThekwini", "iShares": a name may open with a small letter before its capital.
// "el-Sayed", "al-Naga": an Arabic article joined to a name belongs to it.
// "d’Électricité", "dell’Ambiente": an elided article before a capital.
const isCapitalized = (word: string): boolean => /^(?:\p{Lu}|\p{Ll}\p{Lu}\p{Ll}|(?:al|el|ul|ad|ed|ash|as|at|az|an|abu|abd|bin|ibn|bint|ould)-\p{Lu}|(?:d|l|dell|dall|nell|sull|all)['’]\p{Lu})/u.test(word);
// "S. K. Varma", "T.J. Okafor": initials open the names of people, as first names do.
const isInitial = (word: string): boolean => /^(?:\p{Lu}\.)+$/u.test(word);
const isSaint = (word: string): boolean => /^(?:St\.?|Saint|Ste\.?)$/.test(word);

/** Splits a block into runs of capitalized tokens joined by single spaces. */
function capitalRuns(text: string, tokens: readonly Token[]): Token[][] {
	const runs: Token[][] = [];
	// "Ministry of Economy, Trade and Industry": commas inside a listed name do not end it.
	const listedName = new Set<number>();
	for (const match of text.matchAll(/\b(?:Ministry|Department|Secretary|Minister|Committee|Commission|Office|Division|Bureau|Agency|Institute|Board|Council|Authority|Service|Administration|Directorate|School|Faculty|College) (?:of|for) ((?:\p{Lu}[\p{L}-]*, )+)\p{Lu}[\p{L}-]* and \p{Lu}/gu)) {
		const listStart = match.index + match[0].indexOf(match[1]!);
		for (const comma of match[1]!.matchAll(/, /g)) listedName.add(listStart + comma.index);
	}

	// "Fédération professionnelle des journalistes du Québec": French, Spanish and Portuguese institutions keep their
	// common nouns lower-case inside the name, up to the place they serve.
	const lowerInName = new Set<number>();
	for (const match of text.matchAll(/\b(?:Fédération|Confédération|Syndicat|Société|Institut|Ordre|Regroupement|Conseil|Collège|Federación|Confederación|Asociación|Sindicato|Sociedad|Instituto|Consejo|Colegio|Federação|Confederação|Associação|Sociedade|Conselho|Federazione|Associazione|Società|Istituto|Consiglio)((?: [\p{Ll}-]+){1,5}) (?:du|des|de la|de|del|della|di|do|da|dos|das) \p{Lu}/gu)) {
		let at = match.index + match[0].indexOf(match[1]!);
		for (const word of match[1]!.split(' ').slice(1)) {
			at += 1;
			lowerInName.add(at);
			at += word.length;
		}
	}

	let run: Token[] = [];
	const flush = () => {
		while (run.length > 0 && !isCapitalized(run.at(-1)!.text) && !isRoadNumber(run)) run.pop();
		if (run.length > 0) runs.push(run);
		run = [];
	};

	let bridged = -1;
	for (const [index, token] of tokens.entries()) {
		// "Winston “Tank” Ferreira": a nickname in quotes sits inside a name without being part of it.
		const nickname = nicknameEnd(text, tokens, index, run);
		if (nickname >= 0) {
			bridged = nickname + 1;
			continue;
		}

		if (bridged >= 0 && index < bridged) continue;
		const previous = run.at(-1);
		const gap = previous === undefined ? '' : text.slice(previous.end, token.start);
		const listed = gap === ', ' && listedName.has(previous?.end ?? -1);
		// "St. Brigid's Church", "King's College": a possessive inside the name of a building or an institution.
		const possessiveName = previous?.possessive === true && /^['’]s $/.test(gap) && gazetteerType(previous.text) === undefined
			&& ((run.length <= 2 && (possessiveHeads.has(token.text) || (placeWords.has(token.text) && !organizationWords.has(token.text)))) || (/(?:men|ren|[Pp]eople)$/.test(previous.text) && run.length <= 3 && (organizationWords.has(token.text) || possessiveHeads.has(token.text) || organizationWords.has(tokens[index + 1]?.text ?? '') || organizationWords.has(tokens[index + 2]?.text ?? ''))));
		// "St. Oswin's Food Pantry", "St Mary's Hospital": a saint's possessive opens the name of what is dedicated to them.
		const saintName = previous?.possessive === true && /^['’]s $/.test(gap) && run.length <= 3 && isSaint(run.at(-2)?.text ?? '') && isCapitalized(token.text);
		// "Moravian Metalworkers' Union": a plural possessive inside an organization's name.
		const pluralName = previous !== undefined && /^['’] $/.test(gap) && /s$/.test(previous.text) && (organizationWords.has(token.text) || organizationWords.has(tokens[index + 1]?.text ?? '') || (run.length >= 2 && isCapitalized(token.text)));
		// "the U.S. Attorney's Office", "the County Sheriff's Office": an office named for the post that heads it.
		const officeName = previous?.possessive === true && /^['’]s $/.test(gap) && /^(?:Office|Department)$/.test(token.text) && isTitle(previous.text);
		const joined = previous !== undefined && (index === bridged || possessiveName || saintName || pluralName || officeName || (!previous.possessive && (/^(?: | & )$/.test(gap) || (gap === ', ' && token.text === 'D.C.') || listed)));
		// "Atlanta, Ga. Police said": a state's abbreviation closes the town's name and often its sentence.
		if (run.length > 0 && (!joined || (previous!.text.endsWith('.') && stateAbbreviated.has(previous!.text.slice(0, -1))))) flush();
		const ordinal = run.length === 0 && /^\d+(?:st|nd|rd|th)$/.test(token.text) && isCapitalized(tokens[index + 1]?.text ?? '');
		// "Avenida 9 de Julio", "Rua 25 de Março": streets named for a date keep its number.
		const dated = joined && /^\d{1,2}$/.test(token.text) && /^(?:Avenida|Calle|Rua|Plaza|Praça|Paseo|Via|Viale|Rue)$/.test(previous!.text) && /^(?:de|di|du)$/.test(tokens[index + 1]?.text ?? '');
		// "Highway 1", "Interstate 95": a road known by its number.
		const numbered = joined && isRoadNumber([previous!, token]);
		// "I'm French", "I've": the pronoun, capitalized wherever it stands, opens no name.
		const pronoun = /^I['’](?:m|ve|d|ll)$/.test(token.text);
		if ((isCapitalized(token.text) && !pronoun) || ordinal || dated || numbered) {
			// "added de la Cruz": particles that open a surname belong to it.
			if (run.length === 0) {
				let first = index;
				while (first > 0 && first > index - 3 && surnameParticles.has(tokens[first - 1]!.text) && text.slice(tokens[first - 1]!.end, tokens[first]!.start) === ' ') first--;
				const before = tokens[first - 1];
				if (first < index && (before === undefined || !isCapitalized(before.text))) run.push(...tokens.slice(first, index));
			}

			run.push(token);
		} else if (run.length > 0 && (lowerInName.has(token.start) || (nameConnectors.has(token.text) && connectsToName(tokens, index))
			// "Committee to Protect Journalists", "Campaign to End Loneliness": a body named for its aim.
			|| (token.text === 'to' && /^(?:Committee|Campaign|Coalition|Alliance|Fund|Society|Foundation|Movement|Council)$/.test(run.at(-1)!.text) && /^\p{Lu}\p{Ll}+$/u.test(tokens[index + 1]?.text ?? '')))) {
			run.push(token);
		} else {
			flush();
		}
	}

	flush();
	return runs;
}

/**
 * The index of the last word of a nickname in quotes that opens at `index`, between a first name and a surname
 * ("Winston “Tank” Ferreira", "Dwayne 'The Rock' Johnson"), or -1.
 */
function nicknameEnd(text: string, tokens: readonly Token[], index: number, run: readonly Token[]): number {
	const previous = run.at(-1);
	if (previous === undefined || run.length > 2 || previous.possessive || !/^\p{Lu}\p{Ll}+$/u.test(previous.text) || !/^ [“"‘']$/.test(text.slice(previous.end, tokens[index]!.start))) return -1;
	for (let last = index; last < tokens.length && last < index + 3; last++) {
		if (last > index && text.slice(tokens[last - 1]!.end, tokens[last]!.start) !== ' ') return -1;
		const after = text.slice(tokens[last]!.end, tokens[last + 1]?.start ?? text.length);
		if (/^[”"’'] $/.test(after)) return /^\p{Lu}\p{Ll}/u.test(tokens[last + 1]?.text ?? '') && !sentenceWords.has(tokens[last + 1]!.text) ? last : -1;
	}

	return -1;
}

/** "Winston “Tank” Ferreira" is Winston Ferreira. */
const withoutNickname = (name: string): string => name.replace(/ [“"‘'][^“”"‘’']{1,30}[”"’'] /gu, ' ');

// "Route 14" is as often a bus route as a road, so only the words for roads count.
const roadWords = /^(?:Highway|Interstate|Motorway|Freeway|Expressway)$/;
const isRoadNumber = (run: readonly Token[]): boolean => run.length >= 2 && /^\d{1,3}[A-Z]?$/.test(run.at(-1)!.text) && roadWords.test(run.at(-2)!.text);

/** "von der Leyen", "Bank of England": small words count only when a capitalized word ends them. */
function connectsToName(tokens: readonly Token[], index: number): boolean {
	for (let next = index + 1; next < tokens.length && next <= index + 3; next++) {
		const word = tokens[next]!.text;
		if (isCapitalized(word)) return true;
		if (!nameConnectors.has(word)) return false;
	}

	return false;
}

export interface Candidate {
	block: number;
	/** The words just before the candidate. */
	context: string;
	tokens: Token[];
	type: EntityType | 'unknown';
	role: string | undefined;
	/** Typed a person only by its shape: capitalized words with no title, list or context behind them. */
	guessed?: boolean;
}

const joinText = (text: string, tokens: readonly Token[]): string => text.slice(tokens[0]!.start, tokens.at(-1)!.end);

// A lower-case role opening a sentence is capitalized: "Owner Oleksandr Hrytsenko".
// "Sub-Inspector", "Vice-Chancellor": a rank prefixed to a title is a title.
const isTitle = (word: string): boolean => titleWords.has(word) || (/^\p{Lu}\p{Ll}+$/u.test(word) && titleWords.has(word.toLowerCase()))
	|| (/^(?:Sub|Vice|Deputy|Assistant|Acting|Co)-\p{Lu}/u.test(word) && isTitle(word.slice(word.indexOf('-') + 1)));
const isRoleWord = (word: string): boolean => isTitle(word) || roleModifiers.has(word) || demonyms.has(word);

/** "Brasília", "Bogotá": names are printed with accents the lists may not carry. */
const withoutAccents = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '');

/** Whether a list holds the name, with or without its accents. */
const listedIn = (list: ReadonlySet<string>, name: string): boolean => list.has(name) || (/[^\x00-\x7F]/.test(name) && list.has(withoutAccents(name)));

function gazetteerType(name: string): EntityType | undefined {
	if (canonicalPlace.has(name) || listedIn(places, name)) return 'place';
	if (canonicalOrganization.has(name) || organizations.has(name)) return 'organization';
	const upper = name.toUpperCase() === name && name.length > 3 ? name[0] + name.slice(1).toLowerCase() : undefined;
	if (upper !== undefined && (places.has(upper) || canonicalPlace.has(upper))) return 'place';
	return undefined;
}

/** Tells whether a range is exactly the words of a quote: a slogan or a title, not a name. */
export type QuotedCheck = (block: number, start: number, end: number) => boolean;

export function findEntities(blocks: readonly string[], isWholeQuote: QuotedCheck = () => false, headings: ReadonlySet<number> = new Set()): FoundEntity[] {
	const candidates: Candidate[] = [];
	for (const [block, text] of blocks.entries()) {
		const tokens = tokenize(text);
		const before = candidates.length;
		// "By Carla Mendoza": a byline is a short line, but no heading in title case.
		const heading = headings.has(block) && !byline.test(text);
		const runs = heading ? capitalRuns(text, tokens).flatMap(run => splitTitleCase(run)) : capitalRuns(text, tokens);
		for (const run of runs) {
			if (isWholeQuote(block, run[0]!.start, run.at(-1)!.end)) continue;
			for (const piece of splitRun(text, run)) {
				// Headings are often in title case: there only names known from the text or the lists count.
				// So do teams named for their town ("Munster 27 Glasgow Warriors 24"), whose plural no heading's case makes.
				const listed = gazetteerType(joinText(text, piece.tokens)) !== undefined || (piece.type === 'organization' && teamOfPlace(text, piece.tokens));
				// A byline names its writers, whatever else their names may spell ("By Carla Mendoza").
				const type = heading && !listed ? 'unknown' : !heading && headings.has(block) && piece.tokens.length >= 2 && piece.type !== 'organization' ? 'person' : piece.type;
				candidates.push({block, ...piece, type, context: precedingWords(text, piece.tokens[0]!.start)});
			}
		}

		addLowercaseRoles(text, tokens, candidates.slice(before));
	}

	return resolve(blocks, candidates);
}

// "By Carla Mendoza", "(Reporting by Sanne de Vries; Editing by Toby Marshall)": who wrote the article.
const bylineName = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:de|van|von|der|den|da|di|du|le|la)\s+)*\p{Lu}[\p{L}.'’-]*){1,3}`;
const credit = String.raw`(?:By|(?:Additional\s+)?[Rr]eporting\s+by|[Ww]riting\s+by|[Ee]diting\s+by)`;
const byline = new RegExp(String.raw`^\s*\(?${credit}\s+${bylineName}(?:\s*(?:,|and|&|;\s*${credit})\s+${bylineName})*\s*\)?\s*$`, 'u');

/** In a title-case heading, "For" and "And" are ordinary words between names. */
function splitTitleCase(run: Token[]): Token[][] {
	const pieces: Token[][] = [[]];
	for (const token of run) {
		if (sentenceWords.has(token.text) || calendarWords.has(token.text)) pieces.push([]);
		else pieces.at(-1)!.push(token);
	}

	return pieces.filter(piece => piece.length > 0);
}

/** Up to four words before a position, for the context rules ("in Leeds", "an analyst at Peel Hunt"). */
function precedingWords(text: string, position: number): string {
	return text.slice(Math.max(0, position - 40), position).trim().split(/\s+/).slice(-5).join(' ');
}

function startsSentence(text: string, position: number): boolean {
	const before = text.slice(Math.max(0, position - 4), position).trimEnd();
	// "KATHMANDU (AFP) - Rescuers": a dash after a dateline opens the sentence too.
	return before === '' || /[.!?:"“”‘’'—–(]$|\s-$/.test(before);
}

/** Cuts a run into typed pieces: sentence openers and dates fall away, a title makes what follows a person. */
function splitRun(text: string, run: Token[]): Array<Omit<Candidate, 'block' | 'context'>> {
	const pieces: Array<Omit<Candidate, 'block' | 'context'>> = [];
	const whole = joinText(text, run);
	const wholeType = gazetteerType(whole);
	if (wholeType !== undefined) return [{tokens: run, type: wholeType, role: undefined}];
	// "Jose Reyes of the Manila Law Center": a person's full name, then where they work.
	const of = run.findIndex(token => token.text === 'of');
	if (of >= 2 && of <= 4 && firstNames.has(run[0]!.text) && run.slice(0, of).every(token => /^\p{Lu}\p{Ll}/u.test(token.text) && !organizationWords.has(token.text) && !placeWords.has(token.text) && !isTitle(token.text))) {
		const rest = run.slice(run[of + 1]?.text === 'the' ? of + 2 : of + 1);
		return [{tokens: run.slice(0, of), type: 'person', role: undefined}, ...(rest.length > 0 ? splitRun(text, rest) : [])];
	}

	// "Competition and Markets Authority", "Calder & Finch": one organization, not two names.
	// "the Danish Research Council and the Dutch Research Council": two names, each ending in its own institution's word.
	// "the Treasury and the Federal Reserve", "the U.S. and the European Union": two names, not one.
	// "the University of Nairobi and the Italian Space Agency": so too where the first holds its institution's word earlier.
	const twoNames = run.some((token, index) => token.text === 'and' && run[index + 1]?.text === 'the' && index >= 1
		&& (run.slice(0, index).some(word => organizationWords.has(word.text)) || gazetteerType(joinText(text, run.slice(0, index))) !== undefined)
		&& (organizationWords.has(run.at(-1)!.text) || gazetteerType(joinText(text, run.slice(index + 2))) !== undefined))
		// "Services Hospital and Jinnah Hospital": two of a kind.
		|| run.some((token, index) => token.text === 'and' && index >= 1 && index < run.length - 2 && organizationWords.has(run[index - 1]!.text) && run[index - 1]!.text === run.at(-1)!.text);
	// "Fisheries and Oceans Canada", "Innovation, Science and Economic Development Canada": a federal department.
	const keepTogether = (organizationWords.has(run.at(-1)!.text) && run.length > 2 && !twoNames) || /, /.test(whole) || listedDepartment(run) || /^\p{Lu}\S* and (?:District|Districts|County|Region|Area|Villages) \p{Lu}/u.test(whole)
		|| /^\p{Lu}\p{Ll}+ and \p{Lu}\p{Ll}+ Canada$/u.test(whole);
	const parts: Token[][] = [[]];
	for (const token of run) {
		if (calendarWords.has(token.text) || (token.text === 'and' && !keepTogether)) {
			parts.push([]);
			continue;
		}

		parts.at(-1)!.push(token);
		// "the People's Bank of China", "the Swiss People's Party", "the Women’s Tennis Association": a people's possessive
		// before an institution's name.
		const peoples = /(?:men|ren|[Pp]eople)$/.test(token.text) && [1, 2, 3].some(step => organizationWords.has(run[run.indexOf(token) + step]?.text ?? ''));
		const inName = peoples || (token === run.at(-2) && run.length <= 4 && (possessiveHeads.has(run.at(-1)!.text) || placeWords.has(run.at(-1)!.text)));
		const saintly = token !== run.at(-1) && isSaint(run[run.indexOf(token) - 1]?.text ?? '');
		const office = isTitle(token.text) && /^(?:Office|Department)$/.test(run[run.indexOf(token) + 1]?.text ?? '');
		if (token.possessive && !inName && !saintly && !office) parts.push([]);
	}

	for (const part of parts) {
		while (part.length > 0 && nameConnectors.has(part.at(-1)!.text)) part.pop();
		// "told The Grocer": a capital "The" inside a sentence belongs to a title, most often a publication's.
		if (part.length === 2 && part[0]!.text === 'The' && !startsSentence(text, part[0]!.start) && /^\p{Lu}\p{Ll}{2,}$/u.test(part[1]!.text)
			&& gazetteerType(part[1]!.text) === undefined && !placeWords.has(part[1]!.text) && !organizationWords.has(part[1]!.text) && !sentenceWords.has(part[1]!.text) && !calendarWords.has(part[1]!.text) && !demonyms.has(part[1]!.text) && !isTitle(part[1]!.text)) {
			pieces.push({tokens: part, type: 'organization', role: undefined});
			continue;
		}

		while (part.length > 0 && gazetteerType(joinText(text, part)) === undefined) {
			const first = part[0]!;
			// "Thirty-three Labour MPs": a number spelt out opens the sentence, not the name.
			const opener = (sentenceWords.has(first.text) || numberWord.test(first.text)) && (startsSentence(text, first.start) || /^(?:The|A|An)$/.test(first.text));
			if (!opener && !nameConnectors.has(first.text)) break;
			if (surnameParticles.has(first.text) && part.some(token => isCapitalized(token.text))) break;
			part.shift();
		}

		part.splice(0, openerBeforePlace(text, part));
		while (part.length > 0 && nameConnectors.has(part.at(-1)!.text)) part.pop();
		// "Astronomer Dilip Varma" opening a sentence: a job, capitalized only by its place, before a full name.
		if (part.length >= 3 && startsSentence(text, part[0]!.start) && jobShaped.test(part[0]!.text) && !isRoleWord(part[0]!.text) && !isRoleWord(part[1]!.text) && !firstNames.has(part[0]!.text) && !organizationWords.has(part.at(-1)!.text) && !placeWords.has(part.at(-1)!.text)) part.shift();
		if (part.length === 0) continue;
		if (/\s&\s/.test(joinText(text, part))) {
			pieces.push({tokens: part, type: 'organization', role: undefined});
			continue;
		}

		pieces.push(...typePart(text, part));
	}

	return pieces;
}

/**
 * "Neighbouring Malaysia", "Shares of the San Jose": a word capitalized only because it opens the sentence, before a
 * place the lists know, is no part of the place's name. Returns how many tokens to drop.
 */
function openerBeforePlace(text: string, part: readonly Token[]): number {
	const first = part[0];
	if (first === undefined || part.length < 2 || !startsSentence(text, first.start) || first.possessive || !/^\p{Lu}\p{Ll}+$/u.test(first.text)) return 0;
	const word = first.text;
	// "Athletics Kenya said": a sport before a country names its governing body. "Real Madrid said": so do club prefixes.
	if (/^(?:Real|Atlético|Atletico|Athletic|Sporting|Racing|Dynamo|Dinamo|Olympique|Inter|Borussia|Rapid|Lokomotiv|Spartak|Partizan)$/.test(word) || isRoleWord(word) || isSaint(word) || firstNames.has(word) || organizationWords.has(word) || placeWords.has(word) || placeHeads.test(word) || placePrefixes.test(word) || sportBodies.test(word) || gazetteerType(word) !== undefined) return 0;
	let rest = 1;
	while (rest < part.length - 1 && nameConnectors.has(part[rest]!.text)) rest++;
	const place = part.slice(rest);
	// "Historic England", "Natural England", "Universities UK": a British public body or a charity, not a nation.
	if (part.length === 2 && /^(?:England|Scotland|Wales|Cymru|Ireland|Britain|UK)$/.test(place[0]!.text)) return 0;
	return gazetteerType(joinText(text, place)) === 'place' || (place.length === 2 && isRoadNumber(place)) ? rest : 0;
}

/** "Department of Health and Social Care", "Institute for Peace and Conflict Studies": one name, its fields joined by "and". */
function listedDepartment(run: readonly Token[]): boolean {
	const and = run.findIndex(token => token.text === 'and');
	if (and < 3 || run.slice(and + 1).some(token => token.text === 'and')) return false;
	const head = run.findIndex(token => organizationWords.has(token.text));
	if (head < 0 || head > and - 3 || !/^(?:of|for)$/.test(run[head + 1]!.text)) return false;
	const field = run.slice(head + 2, and);
	const tail = run.slice(and + 1);
	if (field.length > 2 || tail.length === 0 || tail.length > 3) return false;
	const plain = (token: Token) => /^\p{Lu}\p{Ll}+$/u.test(token.text) && !firstNames.has(token.text) && gazetteerType(token.text) === undefined;
	return field.every(plain) && tail.every(token => plain(token) && !organizationWords.has(token.text));
}

function typePart(text: string, part: Token[]): Array<Omit<Candidate, 'block' | 'context'>> {
	const whole = joinText(text, part);
	const known = gazetteerType(whole);
	if (known !== undefined) return [{tokens: part, type: known, role: undefined}];

	// "the Labour MP for Stroud": a member sits for a constituency, which is a place.
	const member = part.findIndex(token => /^(?:MP|MSP|MEP|MLA|MPP|MHA|MNA|MLC|MS|TD)$/.test(token.text));
	if (member >= 0 && part[member + 1]?.text === 'for' && member + 2 < part.length && part.slice(0, member).every(token => isRoleWord(token.text))) return [{tokens: part.slice(member + 2), type: 'place', role: undefined}];

	let titleAt = -1;
	for (const [index, token] of part.entries()) {
		if (isTitle(token.text) && index < part.length - 1 && !isRoleWord(part[index + 1]!.text)) titleAt = index;
	}

	// "Castlebrook General Hospital", "Northern Premier League": a title word inside an institution's name.
	if (titleAt >= 0 && /^\p{Lu}/u.test(part[titleAt]!.text) && organizationWords.has(part.at(-1)!.text) && !part.at(-1)!.possessive && part.length - titleAt <= 3) titleAt = -1;

	// "U.S. Attorney's Office for …": the post names the office; it is no person's title.
	if (titleAt >= 0 && part[titleAt]!.possessive && /^(?:Office|Department)$/.test(part[titleAt + 1]!.text)) titleAt = -1;
	if (titleAt >= 0) {
		const rolePart = part.slice(0, titleAt + 1);
		const name = part.slice(titleAt + 1);
		// "the Minister for Transport", "Secretary of State for Wales Jo Stevens": the words after the title name the office; a
		// holder named with it ends the run with a first name and a surname.
		if (/^(?:for|of)$/.test(name[0]!.text)) {
			// The office's field is made of field words ("Public Expenditure", "Foreign Affairs"); the holder's name starts after.
			let fieldEnd = titleAt + 2;
			while (fieldEnd < part.length && (officeFields.test(part[fieldEnd]!.text) || roleModifiers.has(part[fieldEnd]!.text) || nameConnectors.has(part[fieldEnd]!.text) || gazetteerType(part[fieldEnd]!.text) === 'place')) fieldEnd++;
			const holderAt = part.findIndex((token, index) => index > titleAt + 1 && part.length - index >= 2 && part.length - index <= 3 && (firstNames.has(token.text) || index === fieldEnd));
			if (holderAt < 0) return rolePieces(text, part.slice(titleAt + 2));
			return [...rolePieces(text, part.slice(titleAt + 2, holderAt)), {tokens: part.slice(holderAt), type: 'person', role: joinText(text, part.slice(0, holderAt))}];
		}
		const pieces = rolePieces(text, rolePart);
		const nameType = gazetteerType(joinText(text, name));
		if (nameType !== undefined) return [...pieces, {tokens: name, type: nameType, role: undefined}];
		// After a title, "Park" and "Hall" are surnames, not places.
		if (name.length <= 4 && !name.some(token => organizationWords.has(token.text) || nameConnectors.has(token.text))) {
			return [...pieces, {tokens: name, type: 'person', role: joinText(text, rolePart)}];
		}

		const typed = typePart(text, name);
		const person = typed.find(piece => piece.type === 'person' || piece.type === 'unknown');
		if (person !== undefined) {
			person.type = 'person';
			person.role = joinText(text, rolePart);
		}

		return [...pieces, ...typed];
	}

	const words = part.map(token => token.text);
	const last = words.at(-1)!;
	// "Transport Canada", "Statistics Norway", "Parks Canada": a national agency named by its field and its country.
	if (part.length === 2 && countries.has(words[1]!) && /^(?:Transport|Health|Parks|Statistics|Fisheries|Environment|Sport|Tourism|Heritage|Infrastructure|Export|Invest|Enterprise|Skills|Science|Innovation|Screen|Film|Housing|Trade|Food|Forestry|Marine|Immigration|Customs|Revenue)$/.test(words[0]!)) return [{tokens: part, type: 'organization', role: undefined}];
	// "Santa Catarina Civil Defence": the civil defence of a state or a town is its emergency agency.
	if (part.length > 2 && /^(?:Defence|Defense|Protection)$/.test(last) && words.at(-2) === 'Civil') return [{tokens: part, type: 'organization', role: undefined}];
	// "South Africans", "New Zealanders": a people, named by the plural of its adjective, is no entity.
	if (/s$/.test(whole) && (demonyms.has(whole.slice(0, -1)) || /ers$/.test(whole) && places.has(whole.slice(0, -3)))) return [];
	if (part.length === 2 && isRoadNumber(part)) return [{tokens: part, type: 'place', role: undefined}];
	// "River Forecast Centre", "National Hurricane Center": a centre that forecasts, warns or coordinates is an agency.
	if (part.length > 1 && /^(?:Center|Centre)$/.test(last) && /^(?:Medical|Health|Cancer|Research|Heart|Trauma|Rehabilitation|Forecast|Forecasting|Warning|Hurricane|Operations|Coordination|Monitoring|Prediction|Emergency|Crisis|Security|Intelligence|Poison|Command|Law|Legal|Policy|Justice|Rights|Advocacy|Resource|Studies|Advisory|Data|Control)$/.test(words.at(-2)!)) return [{tokens: part, type: 'organization', role: undefined}];
	// "Simon Adeyemi KC": letters after a name are not part of it.
	if (part.length >= 3 && postNominals.has(last)) return typePart(text, part.slice(0, -1));
	// "Port of Halvik", "Higher Polgrain", "Vila Nova de Milfontes": words that open the names of places.
	const placeOf = part.length > 2 && words[1] === 'of' && placeHeads.test(words[0]!);
	// "the Port Alwyn Gulls": a plural at the end makes a team of a place name.
	const team = /[^su]s$/.test(last) && !/lands$/.test(last) && !placeWords.has(last) && !words.some(word => nameConnectors.has(word));
	// "South Korean officials": a compass point before a nationality makes an adjective, not a region.
	// "North Atlantic", "South Pacific": a compass point before a place the lists know is part of its name.
	const adjective = /^(?:North|South|East|West|Mid)$/.test(words[0]!) && (demonyms.has(words[1]!) || /(?:an|ern|ese|ish|ic)$/.test(words.at(-1)!))
		&& gazetteerType(joinText(text, part.slice(1))) !== 'place';
	if (adjective && part.length === 2) return [];
	if (part.length > 1 && (placePrefixes.test(words[0]!) || placeOf) && !team && !adjective && !words.some(word => organizationWords.has(word)) && !(firstNames.has(words[1]!) && part.length === 3)
		// "Ben Cole" is someone; "Ben Nevis", known to the lists, never gets this far.
		&& !(part.length === 2 && firstNames.has(words[0]!))) {
		return [{tokens: part, type: 'place', role: undefined}];
	}

	// "Lars Eriksen of the Niels Bohr Institute": a person, then where they work.
	const of = words.indexOf('of');
	if (of >= 2 && !words.slice(0, of).some(word => organizationWords.has(word) || isRoleWord(word))) {
		const head = typePart(text, part.slice(0, of));
		let rest = of + 1;
		while (rest < part.length && nameConnectors.has(part[rest]!.text)) rest++;
		if (head.length === 1 && head[0]!.type === 'person' && rest < part.length) return [...head, ...typePart(text, part.slice(rest))];
		// "the Hunter Valley of New South Wales": a place, then the larger place it lies in.
		if (head.length === 1 && head[0]!.type === 'place' && rest < part.length && gazetteerType(joinText(text, part.slice(rest))) === 'place') return [...head, ...typePart(text, part.slice(rest))];
	}

	// "Atlantic Salvage Group of Halifax": a firm, then the town it is from; "Bank of England" and "Central Bank of Peru"
	// keep a country or a nation in their names.
	if (of >= 2 && organizationWords.has(words[of - 1]!) && !/^(?:Bank|Union|University|College|Council|Ministry|Department|Church|Court|Parliament|Assembly|Academy|Institute|Museum|Port|Republic|Kingdom|Federation|Chamber)$/.test(words[of - 1]!)
		&& gazetteerType(joinText(text, part.slice(of + 1))) === 'place' && !countries.has(joinText(text, part.slice(of + 1)))) {
		return [{tokens: part.slice(0, of), type: 'organization', role: undefined}, {tokens: part.slice(of + 1), type: 'place', role: undefined}];
	}

	// "Tovan Industries of Denmark": a firm whose name ends in a plural trade, then the country it is from.
	// "Central Bank of Peru" keeps its country: a singular head takes "of" into its name.
	if (of >= 2 && /^\p{Lu}\p{Ll}+[^s]s$/u.test(words[of - 1]!) && organizationWords.has(words[of - 1]!) && gazetteerType(joinText(text, part.slice(of + 1))) === 'place') {
		return [{tokens: part.slice(0, of), type: 'organization', role: undefined}, {tokens: part.slice(of + 1), type: 'place', role: undefined}];
	}

	// "Cairnmoor Centre for Ecology": a centre for something is an institution, not a building.
	if (words.some((word, index) => /^(?:Centre|Center)$/.test(word) && /^(?:for|of)$/.test(words[index + 1] ?? ''))) return [{tokens: part, type: 'organization', role: undefined}];
	// "in an email to the Sentinel": a newspaper is often known by its title word alone.
	if (part.length === 1 && /^(?:Sentinel|Herald|Tribune|Gazette|Courier|Chronicle|Examiner|Inquirer|Telegraph|Argus|Advertiser|Dispatch|Register|Gleaner|Observer|Clarion|Recorder|Enquirer)$/.test(last) && /\bthe\s+$/.test(text.slice(Math.max(0, part[0]!.start - 5), part[0]!.start))) {
		return [{tokens: part, type: 'organization', role: undefined}];
	}

	if (part.length === 1 && organizationWords.has(last) && !organizations.has(last)) return [];
	// "Pacific Coast Medical Center": a centre for medicine or research is an institution, not a building.
	// "Fraser Valley Regional District", "Lakeview School District": a district that governs or serves is a public body.
	if (part.length > 2 && last === 'District' && /^(?:Regional|School|Unified|Health|Water|Fire|Park|Transit|Sanitation|Irrigation|Hospital)$/.test(words.at(-2)!)) return [{tokens: part, type: 'organization', role: undefined}];
	// "St. Brigid's Church" is the building where things happen; "the Church of England" is an institution.
	if (last === 'Church' && (/^(?:St\.?|Saint)$/.test(words[0]!) || part.at(-2)!.possessive)) return [{tokens: part, type: 'place', role: undefined}];
	// "the Ashcombe Corn Exchange", "the Assembly Rooms": a building, though a word in it names institutions too.
	if (part.length > 1 && ((last === 'Exchange' && tradedGoods.test(words.at(-2)!)) || last === 'Rooms')) return [{tokens: part, type: 'place', role: undefined}];
	// "Halbach Schienentechnik", "Nordland Rederi": a German or Nordic word for a trade or a works ends the name of a firm.
	if (part.length > 1 && firmCompound.test(last.toLowerCase()) && !firstNames.has(words[0]!)) return [{tokens: part, type: 'organization', role: undefined}];
	// "Moen Frukt og Grønt", "Svensson och Berg": a name joined by "and" in another language is a firm's.
	if (part.length > 2 && words.slice(1, -1).some(word => /^(?:og|och|und)$/.test(word))) return [{tokens: part, type: 'organization', role: undefined}];
	// "the Spending Review", "a Judicial Review": a review of something is a process; "the Financial Review" is a paper.
	if (last === 'Review' && /^(?:Spending|Judicial|Defence|Defense|Strategic|Annual|Budget|Comprehensive|Independent|Periodic|Case|Safeguarding|Pay|Policy|Peer|Public|Rapid|Serious|Statutory|Internal|External)$/.test(words.at(-2) ?? '')) {
		return [{tokens: part, type: 'other', role: undefined}];
	}

	// "Parliament Hill", "Parliament Square": a street or a hill named for the institution on it is a place.
	if (part.length === 2 && /^(?:Hill|Square|Street|Avenue|Road|Lane|Bridge|Gardens|Green)$/.test(last) && organizationWords.has(words[0]!)) return [{tokens: part, type: 'place', role: undefined}];
	if (words.some(word => organizationWords.has(word))) return [{tokens: part, type: 'organization', role: undefined}];
	// "Rocky Mountain Power", "Hartley Mills": heads that are also surnames make an organization only after a word that is no first name.
	if (part.length > 1 && organizationTails.has(last) && !firstNames.has(words[0]!)) return [{tokens: part, type: 'organization', role: undefined}];
	// "the Plough Inn on Mill Street", "Lincoln High on the High Street": a building or an institution, then the street it stands on.
	const on = words.indexOf('on');
	const head = words[on - 1] ?? '';
	if (on >= 2 && on < part.length - 1 && (placeWords.has(head) || organizationWords.has(head) || organizationTails.has(head)) && placeWords.has(last)) {
		let street = on + 1;
		while (street < part.length - 1 && nameConnectors.has(words[street]!)) street++;
		return [...typePart(text, part.slice(0, on)), ...typePart(text, part.slice(street))];
	}

	// "Pwllheli on the Llŷn Peninsula", "Kirkby Stephen on the Eden Valley": a town, then the place it stands on.
	const onThe = words.findIndex((word, index) => index > 0 && word === 'on' && words[index + 1] === 'the');
	if (onThe > 0 && onThe + 2 < part.length && placeWords.has(last)) {
		const town = typePart(text, part.slice(0, onThe));
		const only = town.length === 1 ? town[0]! : undefined;
		if (only !== undefined && (only.type === 'unknown' || only.type === 'place' || only.guessed === true)) return [{tokens: only.tokens, type: 'place', role: undefined}, ...typePart(text, part.slice(onThe + 2))];
	}

	// "Lois Hall", "Penny Lane": after a first name, a place word is a surname.
	if (placeWords.has(last) && part.length > 1 && !(part.length === 2 && firstNames.has(words[0]!))) return [{tokens: part, type: 'place', role: undefined}];
	// "the Harrow Prize for Fiction", "the Convention on Migratory Species": a document or an award named for its field.
	const documentOf = words.some((word, index) => index > 0 && documentWords.has(word) && /^(?:for|of|on)$/.test(words[index + 1] ?? ''));
	if ((documentWords.has(last) || documentOf) && part.length > 1) return [{tokens: part, type: 'other', role: undefined}];
	// "Epic Games", "Brekka Games": a studio; "the Commonwealth Games" is a contest.
	if (last === 'Games' && part.length === 2 && !/^(?:Olympic|Paralympic|Commonwealth|Asian|Pan|African|European|Mediterranean|Winter|Summer|Youth|Island|Highland|World|Invictus|Special|Arctic|Goodwill|Gay|Student|University|Deaflympic|Para|Hunger)$/.test(words[0]!)) return [{tokens: part, type: 'organization', role: undefined}];
	// Not "Angkasa Pura I": a lone "I" after a name is as often a company's numbering.
	if ((eventWords.has(last) || (roman.test(last) && last !== 'I')) && part.length > 1) return [{tokens: part, type: 'event', role: undefined}];
	// "Storm Idris", "Hurricane Maria": a named storm is an event, whatever its name.
	if (part.length === 2 && /^(?:Storm|Hurricane|Typhoon|Cyclone)$/.test(words[0]!)) return [{tokens: part, type: 'event', role: undefined}];
	// "PGA of America", "ACLU of Texas": a body's initials, then where it works.
	if (part.length >= 3 && /^\p{Lu}{2,6}$/u.test(words[0]!) && words[1] === 'of' && !roman.test(words[0]!)) return [{tokens: part, type: 'organization', role: undefined}];
	// "Team Vantara", "Team Sky": a sports team named as one.
	if (part.length >= 2 && part.length <= 4 && words[0] === 'Team' && !isTitle(words[1]!)) return [{tokens: part, type: 'organization', role: undefined}];
	if (part.length === 1) {
		// "When the call came I was asleep": the pronoun, capitalized wherever it stands.
		if (last === 'I') return [];
		if (demonyms.has(last) || isTitle(last) || roleModifiers.has(last)) return [];
		// "T-shirts", "X-rays", "U-turn": a capital letter that is part of a common word.
		if (/^\p{Lu}-\p{Ll}/u.test(last)) return [];
		if (hyphenatedPlace.test(last)) return [{tokens: part, type: 'place', role: undefined}];
		// "outside the Guildhall": a building known by its kind alone.
		if (buildingNames.test(last)) return [{tokens: part, type: 'place', role: undefined}];
		// "Prosecutors said": people named by their job, not by a name.
		if (/^\p{Lu}\p{Ll}+s$/u.test(last) && titleWords.has(last.slice(0, -1).toLowerCase())) return [];
		// "the stadium DJ", "GDP", "HT: 10-14": capitals that are common words name nothing.
		if (commonAcronyms.has(last)) return [];
		if (/^(?:\p{Lu}{2,6}|\p{Lu}{1,3}&\p{Lu}{1,3})$/u.test(last) && !roman.test(last)) return [{tokens: part, type: 'organization', role: undefined}];
		// "Moody's said": a name kept whole with its possessive ending is a firm's (see tokenize).
		if (/^\p{Lu}\p{L}+['’]s$/u.test(last)) return [{tokens: part, type: 'organization', role: undefined}];
		// "Eurostat", "Rosstat": one word ending in "stat" names a statistics office. ("-bank" is as often a surname.)
		if (/^\p{Lu}\p{Ll}{2,}stat$/u.test(last)) return [{tokens: part, type: 'organization', role: undefined}];
		// "Handelsblatt", "Tageszeitung": a German newspaper's name ends in its kind.
		if (/^\p{Lu}\p{Ll}{3,}(?:blatt|zeitung)$/u.test(last)) return [{tokens: part, type: 'organization', role: undefined}];
		return [{tokens: part, type: 'unknown', role: undefined}];
	}

	// "Transport for Wales", "Sport for Ireland": a body named for what it does and the country it does it for. A title
	// ("Minister for Wales") has been taken off before this.
	if (part.length >= 3 && words[1] === 'for' && /^\p{Lu}\p{Ll}+$/u.test(words[0]!) && !isTitle(words[0]!) && !firstNames.has(words[0]!) && gazetteerType(words[0]!) === undefined && gazetteerType(joinText(text, part.slice(2))) === 'place') {
		return [{tokens: part, type: 'organization', role: undefined}];
	}

	// "Glasgow Warriors", "Welsh Conservatives": a place or a nationality before a capitalized plural names a team or a
	// party. Not "Welsh Ministers", people by their job, nor "the Welsh Valleys", places.
	if (teamOfPlace(text, part)) return [{tokens: part, type: 'organization', role: undefined}];
	// Leading demonyms and role words qualify what follows; they are not part of a name.
	let first = 0;
	while (first < part.length - 1 && (demonyms.has(part[first]!.text) || roleModifiers.has(part[first]!.text))) first++;
	// "American Red Cross": a nationality that is part of an organization's own name.
	if (first > 0 && gazetteerType(joinText(text, part.slice(first))) === 'organization' && demonyms.has(part[0]!.text)) return [{tokens: part, type: 'organization', role: undefined}];
	if (first > 0) return typePart(text, part.slice(first));
	// "Margaret Ellison of Ohio": a person's name does not run on through "of".
	const connector = part.findIndex(token => nameConnectors.has(token.text) && /^(?:of|for|the|and|on)$/.test(token.text));
	if (connector > 0) {
		const head = typePart(text, part.slice(0, connector));
		// "Anna Jones on the Isle of Wight": the article opens the second name, not a part of it.
		let rest = connector + 1;
		while (rest < part.length - 1 && nameConnectors.has(part[rest]!.text)) rest++;
		if (head.some(piece => piece.type === 'person')) return [...head, ...typePart(text, part.slice(rest))];
		// "the Alder Hall on Kingsgate": a building, then its street.
		const headLast = part[connector - 1]!.text;
		if (part[connector]!.text === 'on' && (placeWords.has(headLast) || organizationWords.has(headLast))) return [...head, ...typePart(text, part.slice(connector + 1))];
	}

	// "NFU Cymru", "ITV Wales": an organization's initials, then the branch or the line of business. Two letters are
	// as often a person's initials ("JK Rowling").
	// "BBC Wales": initials the lists know for an organization's stay one, with the nation of the branch after them.
	if (part.length <= 3 && /^\p{Lu}{3,6}$/u.test(words[0]!) && !roman.test(words[0]!) && !commonAcronyms.has(words[0]!) && gazetteerType(words[0]!) !== 'place' && words.slice(1).every(word => /^\p{Lu}\p{Ll}+$/u.test(word))) {
		return [{tokens: part, type: 'organization', role: undefined}];
	}

	// "Real Betis", "Atlético Ottawa", "Olympique Lyonnais": a word that opens the names of clubs.
	if (part.length >= 2 && clubPrefixes.test(words[0]!)) return [{tokens: part, type: 'organization', role: undefined}];
	// "Cricket Australia", "Athletics Canada": a national sports body is named by its sport and its country.
	if (part.length === 2 && sportBodies.test(words[0]!) && countries.has(words[1]!)) return [{tokens: part, type: 'organization', role: undefined}];
	// "Sky Sports", "Fox Cricket": a broadcaster's channel for a sport. A first name before a sport is someone's nickname.
	if (part.length === 2 && /^(?:Sport|Sports)$|^(?:Cricket|Rugby|Football|Golf|Tennis|Racing)$/.test(words[1]!) && /^\p{Lu}[\p{L}\p{N}]+$/u.test(words[0]!) && !firstNames.has(words[0]!) && !isRoleWord(words[0]!) && !sentenceWords.has(words[0]!) && gazetteerType(words[0]!) !== 'place' && !sportBodies.test(words[0]!)) {
		return [{tokens: part, type: 'organization', role: undefined}];
	}

	// "Greenpeace Southeast Asia", "Amnesty International UK": an organization the lists know, then the region of its branch.
	// "Kenya Red Cross", "Scottish Red Cross": or the country first.
	for (let split = 1; split < Math.min(part.length, 6); split++) {
		const head = gazetteerType(joinText(text, part.slice(0, split)));
		const tail = gazetteerType(joinText(text, part.slice(split)));
		if ((head === 'organization' && tail === 'place') || ((head === 'place' || demonyms.has(words[0]!)) && split === 1 && tail === 'organization')) return [{tokens: part, type: 'organization', role: undefined}];
	}

	// "World Rugby", "World Sailing": the world governing body of a sport takes the sport's name after "World".
	if (part.length === 2 && words[0] === 'World' && sportBodies.test(words[1]!)) return [{tokens: part, type: 'organization', role: undefined}];
	// "Natural England", "Sport Wales", "Age UK": a British public body or charity is named by one word and its nation. "New England" and
	// "Middle England" are no bodies, and a role or a nationality before a nation only qualifies it.
	if (part.length === 2 && /^(?:England|Scotland|Wales|Cymru|Ireland|Britain|UK)$/.test(words[1]!) && /^\p{Lu}\p{Ll}+$/u.test(words[0]!)
		&& !/^(?:New|Northern|Southern|Eastern|Western|North|South|East|West|Central|Great|Greater|Middle|Rural|Little|Old|Mid|Merrie)$/.test(words[0]!)
		&& !isRoleWord(words[0]!) && !sentenceWords.has(words[0]!) && !firstNames.has(words[0]!)) {
		return [{tokens: part, type: 'organization', role: undefined}];
	}

	// "Sofia Brandt", "Florence Okoye": a first name that is also a city opens a person's name.
	const namedAfterPlace = part.length <= 3 && firstNames.has(words[0]!) && !words.slice(1).some(word => places.has(word) || canonicalPlace.has(word) || placeWords.has(word));
	if (!namedAfterPlace && words.some(word => places.has(word) || canonicalPlace.has(word))) return [{tokens: part, type: 'other', role: undefined}];
	if (part.length <= 4 && words.every(word => /^\p{Lu}[\p{Ll}\p{M}'’-]/u.test(word) || /^(?:\p{Lu}\.)+$/u.test(word) || nameConnectors.has(word))) {
		return [{tokens: part, type: 'person', role: undefined, guessed: !firstNames.has(words[0]!) && !isInitial(words[0]!)}];
	}

	return [{tokens: part, type: 'other', role: undefined}];
}

const partyMembers = /^(?:Conservatives|Liberals|Republicans|Democrats|Greens|Socialists|Nationalists|Unionists|Progressives)$/;
const notTeams = /^(?:Talks|Protests|Riots|Elections|Hearings|Studies|Affairs|Relations|Accords|Papers|Files|Games|Olympics|Championships|Islands|Highlands|Lowlands|Borders|Isles|Alps|Tories|Whigs|Lords|Commons)$/;

function teamOfPlace(text: string, part: readonly Token[]): boolean {
	const last = part.at(-1)!.text;
	if (part.length < 2 || part.length > 4 || !/^\p{Lu}\p{Ll}{2,}[^su]s$/u.test(last) || part.at(-1)!.possessive || notTeams.test(last)) return false;
	// "‘Mersey Nights’": the title of a work in quotes.
	if (/[‘“"']$/.test(text.slice(0, part[0]!.start))) return false;
	const singular = last.replace(/(?:ies)$/, 'y').replace(/(?:es|s)$/, '');
	const single = last.slice(0, -1);
	// People named by their job or their faith, and places in the plural: "Welsh Ministers", "Irish Catholics", "the Welsh
	// Valleys". A party is named by its members: "Scottish Greens", "Welsh Conservatives".
	if (!partyMembers.test(last) && [single, singular].some(word => titleWords.has(word.toLowerCase()) || titleWords.has(word) || demonyms.has(word) || placeWords.has(word) || organizationWords.has(word) || eventWords.has(word))) return false;
	const lead = part.slice(0, -1);
	// "Jordan Reyes": a place that is also a first name, before a surname.
	if (lead.some(token => token.possessive || nameConnectors.has(token.text)) || firstNames.has(lead[0]!.text)) return false;
	return (lead.length === 1 && demonyms.has(lead[0]!.text)) || gazetteerType(joinText(text, lead)) === 'place';
}

/** The places and organizations inside a role ("U.S. District Judge", "Senate Majority Leader"). */
function rolePieces(text: string, rolePart: Token[]): Array<Omit<Candidate, 'block' | 'context'>> {
	const pieces: Array<Omit<Candidate, 'block' | 'context'>> = [];
	let index = 0;
	while (index < rolePart.length) {
		let matched = 0;
		for (let end = rolePart.length; end > index && !nameConnectors.has(rolePart[index]!.text); end--) {
			const group = rolePart.slice(index, end);
			// "Labour Minister", "Justice Secretary": a portfolio before a minister's title names no party or body.
			const portfolio = /^(?:Minister|Secretary|Commissioner|Ministry|Department)$/.test(rolePart[end]?.text ?? '');
			const type = portfolio ? undefined : gazetteerType(joinText(text, group));
			const organization = group.length > 1 && organizationWords.has(group.at(-1)!.text) && !isRoleWord(group[0]!.text) && !titleWords.has(joinText(text, group));
			const place = group.length > 1 && /^(?:County|Province|Region|District|State|Borough|Parish|Township)$/.test(group.at(-1)!.text) && !isRoleWord(group[0]!.text) && gazetteerType(joinText(text, group.slice(0, -1))) === undefined;
			if (type !== undefined || organization || place) {
				pieces.push({tokens: group, type: type ?? (organization ? 'organization' : 'place'), role: undefined});
				matched = end - index;
				break;
			}
		}

		// "Springfield Mayor Victor Hale": the town the office belongs to.
		const token = rolePart[index]!;
		const next = rolePart[index + 1]?.text ?? '';
		if (matched === 0 && /^(?:Mayor|Governor|Sheriff|Police|County|City|Town|Borough)$/.test(next) && !isRoleWord(token.text) && isCapitalized(token.text) && !token.possessive) {
			pieces.push({tokens: [token], type: 'place', role: undefined});
		}

		index += Math.max(matched, 1);
	}

	return pieces;
}

/** "Kremlin spokesman Dmitry Peskov": a lower-case title before a name gives the person a role. */
function addLowercaseRoles(text: string, tokens: readonly Token[], candidates: readonly Candidate[]): void {
	const indexOf = new Map(tokens.map((token, index) => [token.start, index]));
	for (const candidate of candidates) {
		if (candidate.type !== 'person' && candidate.type !== 'unknown') continue;
		const index = indexOf.get(candidate.tokens[0]!.start) ?? -1;
		if (candidate.role !== undefined) {
			extendRole(text, tokens, candidate, indexOf);
			continue;
		}

		let begin = index;
		while (begin > 0 && begin > index - 4) {
			const previous = tokens[begin - 1]!;
			const gap = text.slice(previous.end, tokens[begin]!.start);
			if (gap !== ' ') break;
			// "Ukraine’s President": the possessive opens the role and ends it on the left.
			if (previous.possessive) {
				if (isCapitalized(previous.text) && tokens.slice(begin, index).some(token => isTitle(token.text))) begin--;
				break;
			}

			if (!isRoleWord(previous.text) && !(begin < index && isCapitalized(previous.text) && !sentenceWords.has(previous.text))) break;
			begin--;
		}

		const titled = tokens.slice(begin, index).some(token => isTitle(token.text));
		if (begin < index && titled) {
			candidate.role = text.slice(tokens[begin]!.start, tokens[index - 1]!.end);
			if (candidate.type === 'unknown') candidate.type = 'person';
		}
	}
}

/** Prepends the possessive before a role: "Ukraine’s" + "President". */
function extendRole(text: string, tokens: readonly Token[], candidate: Candidate, indexOf: ReadonlyMap<number, number>): void {
	const roleStart = candidate.tokens[0]!.start - 1 - candidate.role!.length;
	const index = indexOf.get(roleStart) ?? -1;
	const previous = tokens[index - 1];
	if (index <= 0 || previous === undefined || !previous.possessive || !isCapitalized(previous.text)) return;
	if (text.slice(previous.end, roleStart).length > 3) return;
	candidate.role = text.slice(previous.start, candidate.tokens[0]!.start).trimEnd();
}

const speakingVerb = /^(?:\s+(?:also|later|then|has|had))?\s+(?:said|says|told|added|wrote|warned|insisted|argued|noted|explained|replied|asked|tweeted|posted)\b/;
// "in Valdora and neighbouring Castell": what neighbours a place is one.
const placeContext = /(?:^|\s)(?:in|near|outside|across|around|from|to|town of|city of|village of|county of|region of|neighbou?ring|nearby)(?:\s+the)?$/;
// "rises on Brenmoor", "a cafe along Kingsgate": other prepositions of place, for a name nothing else has typed.
const locativeContext = /(?:^|\s)(?:towards?|through|throughout|along|alongside|off|beyond|past|opposite|above|below)(?:\s+the)?$/;
// "On" names a subject or a person as often as a place: it counts after a verb of standing or living, before a river ("on the Wendle") or for a name spelt like a place.
const placeOn = /(?:(?:^|\s)(?:on|onto|upon)\s+the|\b(?:rises|rise|rose|lies|lay|sits|sat|stands|stood|lives|lived|living|born|built|located|situated|farm|farms|farmed|house|houses|home|homes|flat|flats|shop|shops|cafe|pub|hotel|bakery|office|offices|store|church|school|stall|island|marooned|stranded|landed|walking|walked|hiking|climbing|grazing|graze|sheep|cattle|wind farm|turbines|Hall|Street|Centre|Square)\s+(?:on|onto|upon))$/;
const offTopic = /\b(?:sold|selling|laid|lay|paid|paying|kicked|kicks|called|calls|written|wrote|signed|took|taken|cut|cutting|spun|hived|fended|fend|fought|fight|warded|ward|pulled|pull|tipped|tip|set|sets|showing|show|shows|shown|switched|switch|turned|turn|dropped|drop|ease|eased|head|headed|see|saw|seen|seeing|scare|scared|put)\s+off$/;
// "a vote on Trident", "posted on Instagram": "on" a subject, a platform or a day, not a place.
const topicOn = /\b(?:and|or|but|also|not|only|even|later|earlier|lean|leans|leaned|leaning|leant|mounted|mounting|piled|seized|seize|pounced|hinges|hinged|weighed|weighs|reflected|reflect|doubled|down|dwell|dwelt|spoke|speaking|speaks|shown|screened|streaming|streamed|premiered|released|talks|vote|votes|voted|voting|report|reports|focus|focused|focusing|views?|stance|position|debate|debates|policy|deal|agreement|impact|effect|effects|pressure|sanctions|attacks?|ban|crackdown|tariffs?|spending|bets?|betting|depend|depends|depending|rely|relies|relying|relied|based|work|works|worked|working|decision|ruling|verdict|inquiry|review|consultation|guidance|advice|information|data|update|updates|news|story|book|film|documentary|series|episode|lecture|speech|expert|experts|hard|soft|tough|called|call|calls|calling|posted|post|posts|shared|streamed|broadcast|aired|available|live|appeared|appearing|published|wrote|written|writing|said|says|comment|comments|commented|remarks|advised|advising|briefed|briefing|listed|trading|traded|spent|spend|won|lost|played|play|plays|war|bill|law|rules|limits|cap|tax|levy|hearing|session|meeting|opinion|thoughts|insight|perspective|agreed|agree|disagree|clamp|crack|cracked|cracking|pounced|insisted|insist|insists|frowned|lecturing|waged|declared|reliant|dependent|keen|silent|quiet|wrong|right|mistaken|plan|plans|bid|bids|offer|offers|claim|claims|dispute|row|fight|battle|campaign)\s+on(?:\s+the)?$/i;
// Heavenly bodies are named like places but are none.
const notPlaces = new Set(['Earth', 'Mars', 'Moon', 'Venus', 'Jupiter', 'Saturn', 'Mercury', 'Sun', 'Heaven', 'Hell', 'Paradise']);
// How English and Nordic place names end: "Brenmoor", "Redbarrow", "Ashford", "Tromvik". Surnames share some of these, so the shape alone types only a word nothing else has typed.
const toponymShape = /^\p{Lu}\p{Ll}{2,}(?:moor|moors|ford|bury|borough|brough|burgh|chester|caster|cester|minster|mouth|wick|thorpe|thwaite|stead|combe|coombe|barrow|haven|holme|dale|gate|vik|fjord|sund|stad|by|pool|worth|bridge|hampton|shire)$/u;
// Councils named for what they oversee, not where: "Arts Council", "Security Council".
const councilFields = /^(?:Arts|Security|Privy|Research|Student|Students|Nursing|Medical|Science|Sports?|Youth|Design|Crafts|Heritage|Housing|Legal|Press|Trade|Trades|Works|Parish|Town|City|County|District|Borough|Community|Regional|Village|Executive|Advisory|Governing|Grants|Funding|Tourism|Transport|Energy|Climate|Food|Health|Planning|Standards|Ethics|Peace|Human|Elders|Faith|Church|Diocesan|Transit|Military|Riot|Traffic|Transport|Railway|Border|Secret|Religious|Thought|Fashion|Style|Tax|Sharia|European|National|International|World|Federal|State|Royal|Metropolitan)$/;
const firmCompound = /^\p{Ll}*(?:blatt|zeitung|sparebank|sparbank|sparbanken|sparekasse|sparkasse|volksbank|landesbank|technik|teknikk|teknik|werk|werke|bau|gruppe|versicherung|versicherungen|logistik|chemie|stahl|handel|verlag|brauerei|fabrik|gesellschaft|konzern|rederi|bryggeri|verft|varv|forsikring|försäkring)$/u;
const tradedGoods = /^(?:Corn|Wool|Cloth|Coal|Cotton|Hop|Hops|Butter|Cheese|Fish|Wheat|Grain|Sugar|Tobacco|Linen|Silk|Yarn|Jute|Wine|Royal|Old)$/;
const buildingNames = /^(?:Guildhall|Cathedral|Minster|Abbey|Priory|Castle|Bandstand|Lido|Racecourse|Velodrome|Showground)$/;
// "Stockton-on-Tees", "Bourton-on-the-Water", "Boulogne-sur-Mer": a town and the river or sea it stands on.
const hyphenatedPlace = /^\p{Lu}\p{L}+(?:-(?:on|upon|in|under|by|le|la|les|en|sur|super|am|an|im|the|cum|next|over))+-\p{Lu}\p{L}+$/u;
const municipal = /^(?:Town|City|County|Borough|District|Parish|Village|Municipal|Regional|Metropolitan|Provincial|State)$/;
// "the docks at Marshfleet", "opened at Tollandgate": at a site or an event, "at" names where, not an employer.
// "in force overnight, at Brantley": set off by a comma after an ordinary word, "at" opens a place, not an employer;
// after a name ("Kari Holm, at Nordbank,") it may still be where the person works.
const placeAt = new RegExp(`(?:\\b[a-z]+,|\\b(?:${placeAtWords}))\\s+at(?:\\s+the)?$`);
// "analysts at Barclays", "redundancies at Kelmer": "at" after a job or the work itself names an employer, whatever its spelling.
const employedAt = new RegExp(`(?:^|\\s)(?:(?:${[...titleWords].filter(word => /^\p{Ll}+$/u.test(word)).join('|')})s?|\\p{L}+(?:ers|ists|ians|ants|ents)|staff|employees|jobs|job|redundancies|layoffs|cuts|shares|stocks|stake|works|worked|working|employed|career|stint|spell|role|post|placement|internship|apprenticeship|deal|talks)\\s+at$`, 'iu');
const relatedBy = /(?:^|\s)(?:his|her|their|my|our|\p{L}+['’]s?)\s+(?:\p{Ll}+\s+)?(?:wife|husband|son|daughter|mother|father|brother|sister|partner|cousin|uncle|aunt|nephew|niece|grandson|granddaughter|grandmother|grandfather|fiancée?|widow|widower)$/u;
const organizationContext = /(?:^|\s)(?:at|joined|on)(?:\s+the)?$/;

function resolve(blocks: readonly string[], candidates: readonly Candidate[]): FoundEntity[] {
	const table = new EntityTable();
	const people = new Map<string, string>();
	const acronyms = new Map<string, string>();
	const mentionOf = (candidate: Candidate): FoundMention => {
		const text = blocks[candidate.block]!;
		const start = candidate.tokens[0]!.start;
		const end = candidate.tokens.at(-1)!.end;
		return {block: candidate.block, start, end, text: text.slice(start, end)};
	};

	for (const candidate of candidates) {
		if (candidate.role !== undefined || (candidate.type !== 'person' && candidate.type !== 'unknown') || candidate.tokens.length > 3) continue;
		const noun = /(?:^|\s)(\p{Ll}[\p{L}’'-]*)$/u.exec(candidate.context)?.[1];
		if (noun === undefined) continue;
		// "the broadcaster James Ellery": a first name and a surname are a person, whatever the job before them.
		const named = candidate.tokens.length >= 2 && firstNames.has(candidate.tokens[0]!.text);
		// "the veteran producer Femi Adeyinka-Cole": a maker or a developer with a personal qualifier is someone.
		const personal = /\b(?:veteran|record|film|music|executive|former|senior|lead|young|award-winning|independent|game|software|property|level)\s+\p{Ll}+$/u.test(candidate.context);
		// "his younger brother Euan", "her daughter Mia": a relative named by first name alone.
		if (candidate.tokens.length === 1 && relatedBy.test(candidate.context)) candidate.type = 'person';
		else if (organizationCategories.has(noun) && !named && !personal) candidate.type = 'organization';
		else if (placeCategories.has(noun) && !named) candidate.type = 'place';
		else if (candidate.tokens.length === 1 && /(?:^|\s)at$/.test(candidate.context) && !placeAt.test(candidate.context) && !firstNames.has(candidate.tokens[0]!.text)
			&& !(toponymShape.test(candidate.tokens[0]!.text) && !employedAt.test(candidate.context))) candidate.type = 'organization';
	}

	// "IG Metall, Germany's biggest union,", "IG Metall, the union representing": an appositive naming what it is.
	// "Austin, Texas": a town and its state.
	for (const candidate of candidates) {
		if (candidate.role !== undefined || !['person', 'unknown', 'other'].includes(candidate.type)) continue;
		const text = blocks[candidate.block]!;
		const after = text.slice(candidate.tokens.at(-1)!.end, candidate.tokens.at(-1)!.end + 80);
		// The words before the noun stop at a preposition: "a co-author of the paper" is no paper.
		const noun = /^,\s+(?:(?:the|a|an|its|\p{Lu}[\p{L}.]*['’]s)\s+)(?:(?!(?:of|for|in|at|on|with|from|by|to)\s)[\p{L}\p{N}.-]+\s+){0,3}?(\p{Ll}+)(?=[,.;]|\s+(?:that|which|in|of|for|based|with|behind|\p{Ll}+ing)\b)/u.exec(after)?.[1];
		if (noun !== undefined && (organizationCategories.has(noun) || noun === 'union' || noun === 'group')) candidate.type = 'organization';
		else if (noun !== undefined && placeCategories.has(noun)) candidate.type = 'place';
		else if ((candidate.tokens.length === 1 && candidate.type === 'unknown') || (candidate.guessed === true && candidate.tokens.length <= 3)) {
			// "Saltcote Magna, Lincolnshire": a town, then the county or the country it is in.
			const region = /^,\s+(\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?)(?=[,.;:)\s]|$)/u.exec(after)?.[1];
			if (region !== undefined && (places.has(region) || canonicalPlace.has(region) || /^\p{Lu}\p{Ll}+shire$/u.test(region)) && !(candidate.tokens.length > 1 && nationNames.has(region))) candidate.type = 'place';
		}
	}

	retypeSurnames(blocks, candidates);
	const votes = articleVotes(blocks, candidates);
	retypeGuesses(candidates, votes);
	// "The Moravian Metalworkers' Union (MOS)": the letters in brackets are the name just given, whatever they spell.
	const bracketed = new Map<string, Candidate>();
	for (let index = 1; index < candidates.length; index++) {
		const named = candidates[index - 1]!;
		const short = candidates[index]!;
		if (named.block !== short.block || short.tokens.length !== 1 || !/^\p{Lu}[\p{Lu}&]{1,7}$/u.test(short.tokens[0]!.text)) continue;
		const text = blocks[short.block]!;
		if (text.slice(named.tokens.at(-1)!.end, short.tokens[0]!.start) !== ' (' || text[short.tokens[0]!.end] !== ')') continue;
		if (named.tokens.length < 2 || named.role !== undefined || !['person', 'organization', 'other'].includes(named.type)) continue;
		if (named.type !== 'organization' && named.guessed !== true && named.type !== 'other') continue;
		named.type = 'organization';
		if (!bracketed.has(short.tokens[0]!.text)) bracketed.set(short.tokens[0]!.text, named);
	}

	if (isSportsReport(blocks)) {
		for (const candidate of candidates) {
			if ((candidate.type === 'person' || candidate.type === 'place') && candidate.role === undefined && candidate.tokens.length === 2 && clubSuffixes.test(candidate.tokens[1]!.text) && gazetteerType(mentionOf(candidate).text) === undefined) {
				candidate.type = 'organization';
			}
		}
	}

	retypeClubs(blocks, candidates);

	// "MONTE SALGUEIRO, Portugal —": a dateline names a place.
	const dateline = candidates[0];
	if (dateline !== undefined && dateline.block === 0 && ['other', 'unknown', 'person', 'organization'].includes(dateline.type) && dateline.role === undefined) {
		const text = blocks[0]!;
		const end = dateline.tokens.at(-1)!.end;
		const capitals = dateline.tokens.every(token => /^\p{Lu}[\p{Lu}\p{M}'’.-]+$/u.test(token.text));
		// "Kvalsund, Norway (Reuters) —": in title case a dateline needs its country or state to tell it from a speaker.
		// "RATNAGIRI:": some papers close a dateline with a colon; "UPDATE:" and "EXCLUSIVE:" are labels, not places.
		const label = sentenceWords.has(canonicalName('place', mentionOf(dateline).text));
		const pattern = capitals && !label ? /^(?:,\s+[\p{L}. ]{2,30})?\s*(?:\([^)]{1,30}\)\s*)?(?:[—–:]|-{1,2})\s/u : /^,\s+([\p{L}. ]{2,30}?)\s*(?:\([^)]{1,30}\)\s*)?(?:[—–]|-{1,2})\s/u;
		const match = pattern.exec(text.slice(end, end + 60));
		const region = match?.[1];
		if (dateline.tokens[0]!.start === 0 && match !== null && (capitals || (region !== undefined && (places.has(region) || canonicalPlace.has(region))))) dateline.type = 'place';
	}

	// "a racehorse named Divine Providence", "the yacht Sea Lark": an animal or a vessel is no one the article quotes.
	for (const candidate of candidates) {
		if (candidate.type === 'person' && candidate.role === undefined && /\b(?:horse|racehorse|mare|stallion|colt|filly|dog|puppy|cat|pony|boat|yacht|ship|vessel|trawler|tanker|ferry|locomotive)\s+(?:named|called)?$/.test(candidate.context)) {
			candidate.type = 'other';
		}
	}

	// "The A470 remained closed", "on the M4 near junction 12": a road number, told from an aircraft by the traffic around it.
	for (const candidate of candidates) {
		const word = candidate.tokens[0]!.text;
		if (candidate.tokens.length !== 1 || !/^[ABM]\d{1,4}$/.test(word) || !/(?:^|\s)the$/i.test(candidate.context)) continue;
		const text = blocks[candidate.block]!;
		const before = text.slice(Math.max(0, candidate.tokens[0]!.start - 80), candidate.tokens[0]!.start).split(/[.!?]\s/).at(-1)!;
		const after = text.slice(candidate.tokens[0]!.end, candidate.tokens[0]!.end + 80).split(/[.!?](?:\s|$)/)[0]!;
		const around = `${before} ${after}`;
		if (/\b(?:road|roads|closed|reopened|junction|carriageway|motorway|traffic|lanes?|southbound|northbound|eastbound|westbound|roadworks|landslip|diversion)\b/i.test(around)) candidate.type = 'place';
	}

	// "a nurse who gave her name only as Dewi": the name someone gives is a person's, however short.
	for (const candidate of candidates) {
		if (candidate.role === undefined && candidate.tokens.length <= 2 && ['unknown', 'other', 'place', 'organization'].includes(candidate.type) && (/\b(?:name|identified\s+(?:herself|himself|themselves))\s+(?:only\s+)?as$/.test(candidate.context) || /\bfirst\s+name,$/.test(candidate.context))) candidate.type = 'person';
	}

	// "at Victoria Park", "in Grace Street": a first name before a place word, after a preposition of place, names a place.
	for (const candidate of candidates) {
		if (candidate.type === 'person' && candidate.role === undefined && candidate.tokens.length === 2 && placeWords.has(candidate.tokens[1]!.text) && locatedIn.test(candidate.context)) candidate.type = 'place';
	}

	// Unknown names after "at" are firms and institutions, not people: "an analyst at Peel Hunt".
	for (const candidate of candidates) {
		const titled = candidate.role !== undefined;
		if (candidate.type === 'person' && !titled && candidate.tokens.length >= 2 && organizationContext.test(candidate.context) && !placeAt.test(candidate.context) && !firstNames.has(candidate.tokens[0]!.text) && !isInitial(candidate.tokens[0]!.text)) {
			candidate.type = 'organization';
		}
	}

	// "Ramesh Thapa Magar" then "Thapa Magar": a two-word surname used alone after the full name.
	const doubleSurnames = new Map<string, string>();
	for (const candidate of candidates) {
		if (candidate.type !== 'person' || candidate.tokens.length < 3) continue;
		const tail = candidate.tokens.slice(-2).map(token => token.text).join(' ');
		const name = withoutNickname(mentionOf(candidate).text);
		if (!doubleSurnames.has(tail)) doubleSurnames.set(tail, name);
		// "Van Dael said" for Pieter van Dael: a particle opening a sentence is capitalized.
		if (surnameParticles.has(candidate.tokens.at(-2)!.text)) doubleSurnames.set(tail[0]!.toUpperCase() + tail.slice(1), name);
	}

	// "Sahyadri General" for Sahyadri General Insurance Co.: the opening words of a body's longer name.
	const organizationHeads = new Map<string, string>();
	for (const candidate of candidates) {
		if (candidate.type !== 'organization' || candidate.tokens.length < 3) continue;
		const head = candidate.tokens.slice(0, 2);
		if (head.some(token => nameConnectors.has(token.text) || token.possessive) || organizationWords.has(head[1]!.text)) continue;
		const text = joinText(blocks[candidate.block]!, head);
		if (!organizationHeads.has(text)) organizationHeads.set(text, canonicalName('organization', mentionOf(candidate).text));
	}

	// Full names first, so that a lone surname anywhere can find its person.
	for (const candidate of candidates) {
		if (candidate.type !== 'person' || candidate.tokens.length < 2) continue;
		const mention = mentionOf(candidate);
		if (organizationHeads.has(mention.text)) {
			table.add('organization', organizationHeads.get(mention.text)!, mention);
			continue;
		}

		const fuller = candidate.tokens.length === 2 ? doubleSurnames.get(mention.text) : undefined;
		const name = fuller ?? withoutNickname(mention.text);
		table.add('person', name, mention, candidate.role);
		if (fuller !== undefined) continue;
		const surname = candidate.tokens.at(-1)!.text;
		if (!people.has(surname)) people.set(surname, name);
	}

	// "Ramón Ortega Villalba" then "Ortega": Spanish and Portuguese names carry two surnames, and the first is the one used.
	for (const candidate of candidates) {
		if (candidate.type !== 'person' || candidate.tokens.length !== 3) continue;
		const [first, middle] = candidate.tokens.map(token => token.text) as [string, string, string];
		// Only when the word alone is used of someone: "Save Ashby Green" has a town in the middle, not a surname.
		const alone = votes.get(middle) ?? noVotes();
		if (/^\p{Lu}\p{Ll}+$/u.test(first) && /^\p{Lu}\p{Ll}{2,}$/u.test(middle) && !firstNames.has(middle) && !people.has(middle) && alone.place === 0 && alone.organization <= alone.person) people.set(middle, withoutNickname(mentionOf(candidate).text));
	}

	// Family names written first ("Zhao Lin" then "Zhao") when no one else uses the word.
	for (const candidate of candidates) {
		if (candidate.type !== 'person' || candidate.tokens.length !== 2) continue;
		const first = candidate.tokens[0]!.text;
		if (!people.has(first) && !firstNames.has(first)) people.set(first, mentionOf(candidate).text);
	}

	const organizationParts = new Map<string, string>();
	// "Millbrook" of the Millbrook Town Council is the town, not the council.
	const placeLeads = new Set<string>();
	for (const candidate of candidates) {
		if (candidate.type !== 'organization') continue;
		const name = canonicalName('organization', mentionOf(candidate).text);
		const words = candidate.tokens.map(token => token.text).filter(word => !nameConnectors.has(word));
		if (words.length > 2 && (municipal.test(words[1]!) || placeWords.has(words[1]!)) && !organizationWords.has(words[0]!)) placeLeads.add(words[0]!);
		// "Ashcombe Council", "Kellbridge Police": a council or a force is named for the place it serves.
		if (words.length === 2 && /^(?:Council|Police|Constabulary)$/.test(words[1]!) && /^\p{Lu}\p{Ll}{3,}$/u.test(words[0]!) && !organizationWords.has(words[0]!) && !roleModifiers.has(words[0]!) && !demonyms.has(words[0]!) && !sentenceWords.has(words[0]!) && !councilFields.test(words[0]!)) placeLeads.add(words[0]!);
		for (let length = words.length; length > 1; length--) {
			const acronym = words.slice(0, length).map(word => word[0]).join('');
			if (!acronyms.has(acronym)) acronyms.set(acronym, name);
		}

		// "Crestline" for Crestline Development LLC.
		const lead = words[0]!;
		if (words.length > 2 && !organizationWords.has(lead) && !places.has(lead) && !sentenceWords.has(lead) && !roleModifiers.has(lead) && !demonyms.has(lead) && !organizationParts.has(lead)) {
			organizationParts.set(lead, name);
		}

		// "Northwind" for Northwind Foods, "Rovers" for Eastfield Rovers.
		if (words.length === 2) {
			for (const word of words) {
				if (!organizationWords.has(word) && !places.has(word) && !sentenceWords.has(word) && !organizationParts.has(word)) organizationParts.set(word, name);
			}

			if (organizationWords.has(words[1]!) && !/^(?:Group|Company|Party|Council|Union|Service|Office|Club)$/.test(words[1]!)) organizationParts.set(words[1]!, name);
		}
	}

	for (const [short, named] of bracketed) acronyms.set(short, canonicalName('organization', mentionOf(named).text));

	const siblings = sharedSurnames(blocks, candidates, votes, people);
	const unknown: Candidate[] = [];
	for (const candidate of candidates) {
		const mention = mentionOf(candidate);
		const single = candidate.tokens.length === 1 ? candidate.tokens[0]!.text.replace(/\.$/, '') : undefined;
		if (candidate.type === 'person' && candidate.tokens.length >= 2) continue;
		const sibling = siblings.get(candidate);
		if (sibling !== undefined) {
			table.add('person', sibling, mention);
			continue;
		}

		// "Lind's said it before": after a surname the text has given, "'s" stands for "has".
		const contracted = single !== undefined && /['’]s$/.test(single) ? people.get(single.slice(0, -2)) : undefined;
		if (contracted !== undefined) {
			table.add('person', contracted, {...mention, end: mention.end - 2, text: mention.text.slice(0, -2)});
			continue;
		}

		// "according to Valencia" after Ramón Valencia Ortiz: a surname the lists also know as a town, not used as one.
		const surnamed = candidate.type === 'place' && candidate.role === undefined && (!locatedIn.test(candidate.context) || /according to$/.test(candidate.context)) && !/^\p{Lu}+$/u.test(single ?? '');
		if (single !== undefined && people.has(single) && ((candidate.type !== 'place' && candidate.type !== 'organization') || surnamed)) {
			table.add('person', people.get(single)!, mention, candidate.role);
			continue;
		}

		if (candidate.type === 'person') {
			table.add('person', mention.text, mention, candidate.role);
			continue;
		}

		// "Hartlepool" after Hartlepool United: a club called by its town is the club already named.
		if (candidate.type === 'organization' && single !== undefined && !acronyms.has(single) && organizationParts.has(single) && organizationParts.get(single) !== single) {
			table.add('organization', organizationParts.get(single)!, mention);
			continue;
		}

		if (candidate.type === 'unknown' || (candidate.type === 'organization' && single !== undefined && acronyms.has(single))) {
			if (single !== undefined && acronyms.has(single)) table.add('organization', acronyms.get(single)!, mention);
			else if (single !== undefined && organizationParts.has(single) && !placeLeads.has(single) && leadingType(votes.get(single) ?? noVotes(), 1) !== 'place') {
				table.add('organization', organizationParts.get(single)!, mention);
			} else {
				// "Kessington police said" of the Kessington Otters: the town the club is named for.
				if (single !== undefined && organizationParts.has(single)) placeLeads.add(single);
				unknown.push(candidate);
			}
			continue;
		}

		table.add(candidate.type, canonicalName(candidate.type, mention.text), mention);
	}

	// A lone unknown word: a place after "in" or "from", or another mention of something already named.
	const placeNames = new Set<string>();
	const countries = nationsByAdjective(blocks, unknown);
	for (const candidate of unknown) {
		const word = candidate.tokens[0]!.text;
		const entry = votes.get(word);
		const firm = entry !== undefined && entry.organization > entry.place;
		const on = /(?:^|\s)(?:on|onto|upon)(?:\s+the)?$/.test(candidate.context) && !topicOn.test(candidate.context) && (placeOn.test(candidate.context) || toponymShape.test(word));
		const located = placeContext.test(candidate.context) || placeAt.test(candidate.context) || ((on || (locativeContext.test(candidate.context) && !offTopic.test(candidate.context))) && /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(word) && !notPlaces.has(word) && !candidate.tokens[0]!.possessive);
		if (candidate.tokens.length === 1 && located && !firm && !firstNames.has(word) && !startsSentence(blocks[candidate.block]!, candidate.tokens[0]!.start)) placeNames.add(word);
		if (candidate.tokens.length === 1 && (placeLeads.has(word) || countries.has(word))) placeNames.add(word);
	}

	// A first name alone is the one person of the article who has it: "Kari" for Kari Lindqvist.
	const firstNameOwners = new Map<string, string | undefined>();
	for (const entity of table.entities) {
		if (entity.type !== 'person' || !entity.name.includes(' ')) continue;
		const first = entity.name.split(' ')[0]!;
		firstNameOwners.set(first, firstNameOwners.has(first) ? undefined : entity.name);
	}

	// Lone words the article types by what it says around them, wherever it says it.
	const evidenceTypes = new Map<string, EntityType>();
	const midSentence = new Set<string>();
	for (const candidate of unknown) {
		if (candidate.tokens.length === 1 && !startsSentence(blocks[candidate.block]!, candidate.tokens[0]!.start)) midSentence.add(candidate.tokens[0]!.text);
	}

	for (const [word, entry] of votes) {
		// "director of Earth observation": heavenly bodies are no one's employer either.
		if (word.includes(' ') || !/^\p{Lu}[\p{L}\p{M}'’.-]+$/u.test(word) || sentenceWords.has(word) || calendarWords.has(word) || notPlaces.has(word)) continue;
		// A place needs less: "to Brennvik and Ostersand" is one list of destinations.
		const type = leadingType(entry, 2) ?? (entry.place >= 1 && entry.organization === 0 && entry.person === 0 ? 'place' : undefined);
		if (type === undefined || (!midSentence.has(word) && Math.max(entry.person, entry.place, entry.organization) < 3)) continue;
		evidenceTypes.set(word, type);
	}

	const untyped: Candidate[] = [];
	// A name spelt like a place is taken for one only where some preposition governs it: "the Stafford report" names an inquiry, "Fans of Bradbury" a writer.
	const afterPreposition = new Set(unknown.filter(candidate => candidate.tokens.length === 1 && /(?:^|\s)(?:in|at|on|near|from|to|through|across|around|towards?|along|off|beyond|past|outside|between|via|over|under|into|onto|upon)(?:\s+the)?$/.test(candidate.context)).map(candidate => candidate.tokens[0]!.text));
	// "Fjellvik said": a lone name that speaks is a person or a body, even when the text never gives it in full.
	const speakingNames = new Set<string>();
	for (const candidate of unknown) {
		if (candidate.tokens.length !== 1) continue;
		const text = blocks[candidate.block]!;
		const after = text.slice(candidate.tokens[0]!.end, candidate.tokens[0]!.end + 30);
		const word = candidate.tokens[0]!.text;
		// A first name speaks for itself only when no one named in full has it.
		// "Hauliers warned": a plural that only ever opens a sentence is people, not a name.
		const plural = !midSentence.has(word) && /(?:ers|ors|ists|ians|ants|ents|ees|men|ies)$/.test(word);
		// "EuroLeague said", "McLaren said": a name may carry a capital inside it.
		if (/^\p{Lu}\p{Ll}{2,}$|^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(word) && !plural && !(firstNames.has(word) && firstNameOwners.has(word)) && !placeNames.has(word) && speakingVerb.test(after)) speakingNames.add(word);
	}

	for (const candidate of unknown) {
		const word = candidate.tokens[0]!.text;
		const mention = mentionOf(candidate);
		const owner = candidate.tokens.length === 1 ? firstNameOwners.get(word) : undefined;
		if (owner !== undefined) {
			table.add('person', owner, mention);
			continue;
		}

		if (candidate.tokens.length === 1 && countries.has(word)) {
			// "Marvonia said": a country whose people the text names speaks for its government.
			table.add('place', word, mention).government = true;
			continue;
		}

		if (candidate.tokens.length === 1 && speakingNames.has(word)) {
			// "Fjellvik said in a statement": news names a person in full before it uses the surname alone, so a
			// lone word that speaks and is no one's surname is a body's name, unless the article says it is someone's
			// ("Halvorsen, 54, said") or it is a first name ("Maria, who asked that her surname not be used, said").
			const entry = votes.get(word) ?? noVotes();
			const type = entry.person > entry.organization || firstNames.has(word) ? 'person' : 'organization';
			table.add(type, word, mention);
			continue;
		}

		const known = candidate.tokens.length > 1 ? table.find(mention.text, 'person') : table.find(word);
		if (candidate.tokens.length === 1 && placeNames.has(word)) table.add('place', word, mention);
		else if (known !== undefined) known.mentions.push(mention);
		else if (candidate.tokens.length === 1 && evidenceTypes.has(word)) table.add(evidenceTypes.get(word)!, word, mention);
		else if (candidate.tokens.length === 1 && afterPreposition.has(word) && toponymShape.test(word) && !candidate.tokens[0]!.possessive && !notPlaces.has(word) && !firstNames.has(word) && (votes.get(word) ?? noVotes()).person === 0 && (votes.get(word) ?? noVotes()).organization === 0) table.add('place', word, mention);
		else if (candidate.tokens.length === 1) untyped.push(candidate);
	}

	const listable = untyped.filter(candidate => {
		const word = candidate.tokens[0]!.text;
		const entry = votes.get(word) ?? noVotes();
		return /^\p{Lu}\p{Ll}{2,}$/u.test(word) && !firstNames.has(word) && !sentenceWords.has(word) && !notPlaces.has(word) && entry.person === 0 && entry.organization === 0 && !startsSentence(blocks[candidate.block]!, candidate.tokens[0]!.start);
	});
	addListedPlaces(blocks, table, listable, mentionOf);
	// Other mentions of a name the list has just typed, wherever they stand.
	for (const candidate of untyped) {
		const mention = mentionOf(candidate);
		const known = table.find(mention.text);
		if (known !== undefined && known.type === 'place' && !known.mentions.some(other => other.block === mention.block && other.start === mention.start)) known.mentions.push(mention);
	}

	addTheWest(blocks, table);
	for (const entity of table.entities) entity.mentions.sort((a, b) => a.block - b.block || a.start - b.start);
	return table.entities;
}

// "the Amara Oyelaran case", "the Tovey family": a person's name used to qualify a noun.
const attributiveName = /^\s+(?:case|cases|family|families|era|years|affair|trial|inquest|inquiry|verdict|award|prize|lecture|scholarship|fund|memorial|estate|campaign|administration|government|show|song|album|book|novel|film|biopic|interview|story|scandal|saga|brothers|sisters|twins)\b/;

const placeBeforeThe = /(?:^|\s)(?:in|on|onto|upon|near|across|around|through|throughout|along|towards?|to|beyond|outside|inside|into|over|under|up|down|off|past)\s+the\s+$/i;

/** What the article as a whole says about each unknown or guessed name, by its text. */
function articleVotes(blocks: readonly string[], candidates: readonly Candidate[]): Map<string, Votes> {
	const votes = new Map<string, Votes>();
	const sport = isSportsReport(blocks);
	const mentions: Array<{name: string; block: number; start: number; end: number; votes: Votes; known?: boolean}> = [];
	for (const candidate of candidates) {
		const text = blocks[candidate.block]!;
		const start = candidate.tokens[0]!.start;
		const end = candidate.tokens.at(-1)!.end;
		// "Leeds, Brenford and Pellington": a known place lends its kind to the names listed with it, but takes no votes itself.
		if (candidate.type === 'place' && candidate.role === undefined) {
			mentions.push({name: text.slice(start, end), block: candidate.block, start, end, votes: {person: 0, place: 1, organization: 0}, known: true});
			continue;
		}

		if (candidate.role !== undefined || !['person', 'unknown', 'other'].includes(candidate.type)) continue;
		const preceding = text.slice(Math.max(0, start - 60), start);
		const own = contextVotes(preceding, text.slice(end, end + 90), sport);
		// "The Millbrook Marlins": a plural name after "the" is a team or a band, not a person.
		const last = candidate.tokens.at(-1)!.text;
		if (candidate.tokens.length > 1 && /(?:^|\s)the\s+$/i.test(preceding) && /[^su]s$/.test(last)) own.organization += 2;
		// "published by the Federal Chancellery": news puts no one's full name after "the", but it names bodies so.
		// Not "the Amara Oyelaran case", a person's name qualifying a noun; not "on the Sumas Prairie", which is as
		// likely somewhere; and not where what follows says otherwise ("surveyed the Ria Formosa lagoon").
		else if (candidate.guessed === true && candidate.tokens.length > 1 && /(?:^|\s)the\s+$/i.test(preceding) && !placeBeforeThe.test(preceding) && !attributiveName.test(text.slice(end, end + 30))
			&& own.place === 0 && own.person <= 1) own.organization += 2;
		mentions.push({name: text.slice(start, end), block: candidate.block, start, end, votes: own});
	}

	// "from Ashby Vale and Pellington": names in one list are of one kind.
	const gapBetween = (a: {block: number; end: number} | undefined, b: {block: number; start: number} | undefined): string | undefined =>
		a === undefined || b === undefined || a.block !== b.block ? undefined : blocks[a.block]!.slice(a.end, b.start);
	for (let index = 1; index < mentions.length; index++) {
		const previous = mentions[index - 1]!;
		const current = mentions[index]!;
		const gap = gapBetween(previous, current);
		// A comma alone may open an appositive ("a spokeswoman for Baptiste, Renée Okafor,"): only a list that goes on counts.
		const listed = gap !== undefined && (/^,?\s+(?:and|or)\s+$/.test(gap) || (/^,\s*$/.test(gap) && /^,?\s*(?:and\s+|or\s+)?$/.test(gapBetween(current, mentions[index + 1]) ?? '-')));
		if (!listed) continue;
		const place = Math.max(previous.votes.place, current.votes.place);
		const organization = Math.max(previous.votes.organization, current.votes.organization);
		previous.votes.place = current.votes.place = place;
		previous.votes.organization = current.votes.organization = organization;
	}

	for (const mention of mentions) {
		if (mention.known === true) continue;
		let entry = votes.get(mention.name);
		if (entry === undefined) votes.set(mention.name, (entry = noVotes()));
		addVotes(entry, mention.votes);
	}

	return votes;
}

// What a side does to another: "beat Munster", "face Toulouse", "against Cardiff".
const playedBy = /(?:^|\s)(?:beat|beats|beating|beaten by|defeated|defeating|against|versus|vs\.?|face|faces|facing|host|hosts|hosting|hosted|drew with|draw with|lost to|losing to|knocked out|eliminated|overcame|edged|thrashed|routed)(?:\s+the)?$/;
const playsAfter = /^(?:\s+\d{1,3}(?:\s*[-–]\s*\d{1,3})?(?=[\s,.;]|$)|,?\s+who\s+(?:beat|won|lost|drew|face|play|host|visit)\b|\s+(?:beat|defeated|drew|lost\s+to|edged|thrashed|overcame|came\s+from\s+behind)\b)/;
const locatedIn = /(?:^|\s)(?:in|at|near|from|to|outside|across|around)(?:\s+the)?$/;

/**
 * "Leinster beat Munster 24-17", "they will face Toulouse in Bilbao", "Toulouse, who beat Northampton": in a match report a
 * town or a province that plays, or that a score follows, is its club. A country stays a place: national sides keep its name.
 */
function retypeClubs(blocks: readonly string[], candidates: readonly Candidate[]): void {
	const sport = isSportsReport(blocks);
	const surnames = new Set(candidates.filter(candidate => candidate.type === 'person' && candidate.tokens.length >= 2).map(candidate => candidate.tokens.at(-1)!.text));
	const evidence = new Map<string, {team: number; place: number}>();
	const eligible = candidates.filter(candidate => candidate.role === undefined && candidate.tokens.length <= 2
		&& (candidate.type === 'unknown' || candidate.type === 'place' || (candidate.type === 'person' && candidate.guessed === true))
		&& !countries.has(joinText(blocks[candidate.block]!, candidate.tokens)) && !surnames.has(candidate.tokens[0]!.text)
		&& !candidate.tokens.some(token => placeWords.has(token.text)));
	for (const candidate of eligible) {
		const text = blocks[candidate.block]!;
		const name = joinText(text, candidate.tokens);
		const end = candidate.tokens.at(-1)!.end;
		const tail = text.slice(end, end + 40);
		const score = /(?:^|\s)\d{1,3}\s*[-–]\s*\d{1,3}(?=[\s,.;]|$)/u.test(text.slice(Math.max(0, candidate.tokens[0]!.start - 60), end + 60)) || /^\s+\d{1,3}\s+\p{Lu}[\p{L} .'’-]{1,40}?\s\d{1,3}(?:\s*$|[\s,.;])/u.test(tail) || (/^\s+\d{1,3}\s*$/.test(tail) && /\p{L}\s\d{1,3}\s+\p{Lu}/u.test(text.slice(Math.max(0, candidate.tokens[0]!.start - 50), candidate.tokens[0]!.start)));
		const entry = evidence.get(name) ?? {team: 0, place: 0};
		if ((sport || score) && (playedBy.test(candidate.context) || playsAfter.test(tail))) entry.team += 1;
		else if (locatedIn.test(candidate.context)) entry.place += 1;
		evidence.set(name, entry);
	}

	for (const candidate of eligible) {
		const entry = evidence.get(joinText(blocks[candidate.block]!, candidate.tokens))!;
		if (entry.team > 0 && entry.team >= entry.place) candidate.type = 'organization';
	}
}

/**
 * "said Lena Marsh, a retired teacher": a place word after a first name the lists lack is a surname when the
 * article speaks of the name as someone's and never as somewhere.
 */
function retypeSurnames(blocks: readonly string[], candidates: readonly Candidate[]): void {
	const sport = isSportsReport(blocks);
	const totals = new Map<string, Votes>();
	const shaped = candidates.filter(candidate => {
		if (candidate.type !== 'place' || candidate.role !== undefined || candidate.tokens.length !== 2) return false;
		const [first, last] = candidate.tokens.map(token => token.text) as [string, string];
		return placeWords.has(last) && /^\p{Lu}\p{Ll}+$/u.test(first) && !placePrefixes.test(first) && !placeWords.has(first) && !organizationWords.has(first)
			&& gazetteerType(first) === undefined && !sentenceWords.has(first) && !isRoleWord(first);
	});
	for (const candidate of shaped) {
		const text = blocks[candidate.block]!;
		const start = candidate.tokens[0]!.start;
		const end = candidate.tokens[1]!.end;
		const name = text.slice(start, end);
		if (!totals.has(name)) totals.set(name, noVotes());
		addVotes(totals.get(name)!, contextVotes(text.slice(Math.max(0, start - 60), start), text.slice(end, end + 90), sport));
	}

	for (const candidate of shaped) {
		const total = totals.get(blocks[candidate.block]!.slice(candidate.tokens[0]!.start, candidate.tokens[1]!.end))!;
		if (total.person >= 2 && total.place === 0 && total.organization === 0) candidate.type = 'person';
	}
}

/** A name typed a person only by its shape becomes a place or an organization when the article says so. */
function retypeGuesses(candidates: readonly Candidate[], votes: ReadonlyMap<string, Votes>): void {
	// "the campaign group Save Ashby Green" then "who chairs Save Ashby Green": one name, one kind.
	const bodies = new Map<string, 'place' | 'organization'>();
	for (const candidate of candidates) {
		if ((candidate.type === 'organization' || candidate.type === 'place') && candidate.tokens.length >= 2) bodies.set(candidate.tokens.map(token => token.text).join(' '), candidate.type);
	}

	const decided = new Map<string, 'person' | 'place' | 'organization' | undefined>(bodies);
	const totals = new Map<string, Votes>();
	for (const candidate of candidates) {
		if (candidate.type !== 'person' || candidate.guessed !== true || candidate.role !== undefined || candidate.tokens.length < 2) continue;
		const words = candidate.tokens.map(token => token.text);
		const name = words.join(' ');
		if (!decided.has(name)) {
			const total = addVotes(noVotes(), votes.get(name));
			// The name's parts used alone: "Fjellvik's chief executive", "Wiecek said".
			addVotes(total, votes.get(words[0]!), 0.5);
			addVotes(total, votes.get(words.at(-1)!), 0.5);
			decided.set(name, leadingType(total, 2));
			totals.set(name, total);
		}

		const type = decided.get(name);
		if (type === 'place' || type === 'organization') candidate.type = type;
		else if (type === undefined && (locatedGuess(candidate, totals.get(name)!) || listedPlace(candidate, totals.get(name)!))) candidate.type = 'place';
	}

	// "rival Helix AI, which is listed on the Nasdaq": a name of no known shape that the article plainly treats as a firm.
	for (const candidate of candidates) {
		// "TJ Hallam": two capitals before a surname are as often someone's initials.
		if (candidate.type !== 'other' || candidate.role !== undefined || candidate.tokens.length > 3 || /^\p{Lu}{2}$/u.test(candidate.tokens[0]!.text)) continue;
		const total = votes.get(candidate.tokens.map(token => token.text).join(' '));
		const leading = total === undefined ? undefined : leadingType(total, 2);
		// "Its governor, Santiago Quiroga, told Reuters": a name holding a town's that the article treats as someone.
		if (leading === 'organization' || (leading === 'person' && candidate.tokens.length >= 2)) candidate.type = leading;
	}
}

// "families who moved from Saltcote Magna", "the road to Upper Tolland": to and from somewhere, not someone.
const comingFrom = /\b(?:came|come|comes|coming|travelled|traveled|travelling|traveling|moved|moving|drove|driving|flew|flying|fled|fleeing|walked|walking|sailed|commute|commutes|commuting|arrived|returned|evacuated|residents|people|families|visitors|pupils|children|fans|miles|kilometres|kilometers|road|roads|route|railway|line|trains?|buses|ferry|ferries|flights?)\s+(?:from|to)(?:\s+the)?$/;

/**
 * "in Kirkby Lonsdale", "rises on Brenmoor Edge": two or three capitalized words after a preposition of place, with
 * nothing in the article saying they are someone, name a place. "from" and "to" are left out: letters come from people.
 */
function locatedGuess(candidate: Candidate, total: Votes): boolean {
	const located = /(?:^|\s)(?:in|near|outside|across|around|through|throughout|towards?|along|beyond|between)(?:\s+the)?(?:\s+(?:nearby|neighbou?ring|rural|coastal|downtown))?$/.test(candidate.context)
		|| (/(?:^|\s)(?:on|onto|upon)(?:\s+the)?$/.test(candidate.context) && !topicOn.test(candidate.context) && (placeOn.test(candidate.context) || toponymShape.test(candidate.tokens.at(-1)!.text)))
		|| comingFrom.test(candidate.context) || placeAt.test(candidate.context);
	if (!located || candidate.tokens.at(-1)!.possessive || candidate.tokens.length > 3) return false;
	return total.person === 0 && total.organization === 0;
}

/**
 * "the sisters, Nuala and Ciara Brennan": a lone word joined by "and" to a first name and a surname is another first
 * name, of someone with the same surname. Returns the full name each such word stands for.
 */
function sharedSurnames(blocks: readonly string[], candidates: readonly Candidate[], votes: ReadonlyMap<string, Votes>, people: ReadonlyMap<string, string>): Map<Candidate, string> {
	const names = new Map<Candidate, string>();
	for (let index = 0; index < candidates.length - 1; index++) {
		const lone = candidates[index]!;
		const named = candidates[index + 1]!;
		if (lone.block !== named.block || lone.type !== 'unknown' || lone.tokens.length !== 1 || named.type !== 'person' || named.role !== undefined || named.tokens.length !== 2) continue;
		const word = lone.tokens[0]!;
		if (word.possessive || !/^\p{Lu}\p{Ll}+$/u.test(word.text) || !firstNames.has(named.tokens[0]!.text) || people.has(word.text)) continue;
		if (blocks[lone.block]!.slice(word.end, named.tokens[0]!.start) !== ' and ') continue;
		const kind = leadingType(votes.get(word.text) ?? noVotes(), 1);
		if (kind === 'place' || kind === 'organization') continue;
		names.set(lone, `${word.text} ${named.tokens[1]!.text}`);
	}

	// Every other mention of the first name alone is the same person's.
	const byWord = new Map([...names].map(([candidate, name]) => [candidate.tokens[0]!.text, name]));
	for (const candidate of candidates) {
		const word = candidate.tokens[0]!.text;
		if (candidate.tokens.length === 1 && candidate.type === 'unknown' && byWord.has(word)) names.set(candidate, byWord.get(word)!);
	}

	return names;
}

/** "at Builth Wells and Coln Ashby": a guess that ends a list with a place in it, and that nothing says is someone, is a place too. */
function listedPlace(candidate: Candidate, total: Votes): boolean {
	return /\s(?:and|or)$/.test(candidate.context) && total.place >= 1 && total.person === 0 && total.organization === 0 && !candidate.tokens.at(-1)!.possessive && candidate.tokens.length <= 3;
}

/** "Pellbridge, Stowmere and Caldwick": a name nothing else types, listed with places, is one. */
function addListedPlaces(blocks: readonly string[], table: EntityTable, untyped: readonly Candidate[], mentionOf: (candidate: Candidate) => FoundMention): void {
	const placed = new Set<string>();
	for (const entity of table.entities) if (entity.type === 'place') for (const mention of entity.mentions) placed.add(`${mention.block}:${mention.start}:${mention.end}`);
	const starts = new Map<string, number>();
	const ends = new Map<string, number>();
	for (const key of placed) {
		const [block, start, end] = key.split(':').map(Number) as [number, number, number];
		starts.set(`${block}:${start}`, end);
		ends.set(`${block}:${end}`, start);
	}

	const listGap = /^(?:,\s+(?:and\s+|or\s+)?|,?\s+(?:and|or)\s+)$/;
	let added = true;
	const pending = [...untyped];
	// A list may run through several unknown names before it reaches a known place.
	while (added) {
		added = false;
		for (const [index, candidate] of pending.entries()) {
			const mention = mentionOf(candidate);
			const text = blocks[mention.block]!;
			const after = /^(?:,\s+(?:and\s+|or\s+)?|,?\s+(?:and|or)\s+)/.exec(text.slice(mention.end, mention.end + 8))?.[0];
			const before = /(?:,\s+(?:and\s+|or\s+)?|,?\s+(?:and|or)\s+)$/.exec(text.slice(Math.max(0, mention.start - 8), mention.start))?.[0];
			const next = after === undefined ? false : starts.has(`${mention.block}:${mention.end + after.length}`);
			const previous = before === undefined || !listGap.test(before) ? false : ends.has(`${mention.block}:${mention.start - before.length}`);
			if (!next && !previous) continue;
			table.add('place', mention.text, mention);
			starts.set(`${mention.block}:${mention.start}`, mention.end);
			ends.set(`${mention.block}:${mention.end}`, mention.start);
			pending.splice(index, 1);
			added = true;
			break;
		}
	}
}

/** "Marvonia" where the text also says "Marvonian": a country, known by its adjective. */
function nationsByAdjective(blocks: readonly string[], unknown: readonly Candidate[]): Set<string> {
	const words = new Set<string>();
	for (const text of blocks) for (const match of text.matchAll(/\b\p{Lu}\p{Ll}{3,}(?:n|ese|i)\b/gu)) words.add(match[0]);
	const nations = new Set<string>();
	for (const candidate of unknown) {
		const word = candidate.tokens[0]!.text;
		if (candidate.tokens.length !== 1 || word.length < 4 || !/^\p{Lu}\p{Ll}+$/u.test(word) || nations.has(word)) continue;
		const adjectives = [`${word}n`, `${word}an`, `${word}ian`, `${word}ese`, `${word}i`, word.replace(/a$/, 'an'), word.replace(/y$/, 'ian'), word.replace(/ia$/, 'ian'), word.replace(/[ae]$/, 'ian')];
		if (adjectives.some(adjective => adjective !== word && words.has(adjective))) nations.add(word);
	}

	return nations;
}

const clubSuffixes = /^(?:Town|City|County|Borough|United|Athletic|Albion|Rovers|Wanderers|Rangers|Villa|Wednesday|Orient|Argyle)$/;

/** Match reports name clubs after their towns: there "Corrick Town" is a club. */
function isSportsReport(blocks: readonly string[]): boolean {
	let count = 0;
	for (const text of blocks) {
		// "Hartlepool United 2 Barrow 1", "beat Leinster 24-17": a score line or a result says so at once.
		if (/^\p{Lu}[\p{L} .'’-]{1,40} \d{1,3},? \p{Lu}[\p{L} .'’-]{1,40} \d{1,3}$/u.test(text.trim()) || /\b(?:beat|beats|won|drew|lost|defeated|thrashed|edged)\b[^.]{0,60}(?:\b\d{1,3}-\d{1,3}\b|\bby\s+\d{1,3}\s+(?:points|runs|wickets|goals|tries|strokes|lengths)\b)/.test(text)) return true;
		count += text.match(/\b(?:league|season|match|goals?|striker|midfielder|goalkeeper|defender|club|promotion|relegation|play-off|kick-off|fixture|penalty|half-time|full-time|extra time|scored|equaliser|equalizer|champions|trophy|cup final|grand final|semi-final|quarter-final|referee|umpire|teammates?|squad|innings|wickets?|tries|premiership|tournament)\b/gi)?.length ?? 0;
		if (count >= 6) return true;
	}

	return false;
}

function canonicalName(type: EntityType, text: string): string {
	if (type === 'place') {
		const title = text.toUpperCase() === text && text.length > 3 && !text.includes('.') ? text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, gap: string, letter: string) => gap + letter.toUpperCase()) : text;
		return canonicalPlace.get(title) ?? title;
	}

	if (type === 'organization') return canonicalOrganization.get(text) ?? text;
	return text;
}

/** "the West" as a political bloc is a group, not a compass point. */
function addTheWest(blocks: readonly string[], table: EntityTable): void {
	const pattern = /\bthe (West)\b(?!ern)/g;
	for (const [block, text] of blocks.entries()) {
		pattern.lastIndex = 0;
		for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
			table.add('group', 'the West', {block, start: match.index, end: match.index + match[0].length, text: match[0]});
		}
	}
}
