import type {EntityType} from '../article/schema.js';
import {
	calendarWords,
	capitals,
	demonyms,
	eventWords,
	firstNames,
	nameConnectors,
	neverFinalAbbreviations,
	organizationAliases,
	organizations,
	organizationWords,
	placeAliases,
	places,
	placeWords,
	roleModifiers,
	sentenceWords,
	titleWords,
} from './gazetteer.js';

/*
 * Names by rule: runs of capitalized words are cut at titles, calendar words
 * and sentence openers, then typed by small gazetteers and by the words they
 * end with. Later mentions of a surname, an acronym or another spelling of a
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
}

interface Token {
	text: string;
	start: number;
	end: number;
	possessive: boolean;
}

const tokenPattern = /(?:\p{L}\.){2,}|\p{Lu}\.(?=\s)|[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*[\p{L}\p{M}\p{N}]|[\p{L}\p{N}]/gu;
const documentWords = new Set(['Agreement', 'Accords', 'Treaty', 'Memorandum', 'Act', 'Protocol', 'Convention', 'Doctrine']);
const roman = /^(?:I{1,3}|IV|V|VI{0,3}|IX|X)$/;

const canonicalPlace = new Map<string, string>();
for (const [name, ...aliases] of placeAliases) {
	canonicalPlace.set(name, name);
	for (const alias of aliases) canonicalPlace.set(alias, name);
}

const canonicalOrganization = new Map<string, string>();
for (const [name, ...aliases] of organizationAliases) {
	canonicalOrganization.set(name, name);
	for (const alias of aliases) canonicalOrganization.set(alias, name);
}

export class EntityTable {
	readonly entities: FoundEntity[] = [];
	private readonly byKey = new Map<string, FoundEntity>();

	add(type: EntityType, name: string, mention: FoundMention, role?: string): FoundEntity {
		const key = `${type === 'place' || type === 'organization' ? 'named' : type}:${name}`;
		let entity = this.byKey.get(key);
		if (entity === undefined) {
			entity = {name, type, role, mentions: [], government: type === 'place' && (capitals.has(name) || isCountry(name))};
			this.byKey.set(key, entity);
			this.entities.push(entity);
		}

		if (role !== undefined && entity.role === undefined) entity.role = role;
		entity.mentions.push(mention);
		return entity;
	}
}

function isCountry(name: string): boolean {
	return places.has(name) && !/\s/.test(name) ? !capitals.has(name) && countryLike(name) : countryLike(name);
}

function countryLike(name: string): boolean {
	return ['United States', 'United Kingdom', 'European Union', 'Russia', 'China', 'Ukraine', 'Iran', 'Israel', 'France', 'Germany'].includes(name)
		|| (places.has(name) && /^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/.test(name) && !capitals.has(name));
}

function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	tokenPattern.lastIndex = 0;
	for (let match = tokenPattern.exec(text); match !== null; match = tokenPattern.exec(text)) {
		let word = match[0];
		let end = match.index + word.length;
		let possessive = false;
		if (/['’]s$/.test(word) && word.length > 2) {
			word = word.slice(0, -2);
			end -= 2;
			possessive = true;
		} else if (/['’]$/.test(word)) {
			word = word.slice(0, -1);
			end -= 1;
		}

		// Keep the full stop of a title or an honorific: "Sen.", "Dr.".
		if (text[end] === '.' && !possessive && (titleWords.has(`${word}.`) || neverFinalAbbreviations.has(word))) {
			word += '.';
			end += 1;
		}

		tokens.push({text: word, start: match.index, end, possessive});
	}

	return tokens;
}

const isCapitalized = (word: string): boolean => /^\p{Lu}/u.test(word);

/** Splits a block into runs of capitalized tokens joined by single spaces. */
function capitalRuns(text: string, tokens: readonly Token[]): Token[][] {
	const runs: Token[][] = [];
	let run: Token[] = [];
	const flush = () => {
		while (run.length > 0 && !isCapitalized(run.at(-1)!.text)) run.pop();
		if (run.length > 0) runs.push(run);
		run = [];
	};

	for (const [index, token] of tokens.entries()) {
		const previous = run.at(-1);
		const gap = previous === undefined ? '' : text.slice(previous.end, token.start);
		const joined = previous !== undefined && !previous.possessive && /^(?: |, (?=D\.C\.))$/.test(gap);
		if (run.length > 0 && !joined) flush();
		if (isCapitalized(token.text)) {
			run.push(token);
		} else if (run.length > 0 && nameConnectors.has(token.text) && isCapitalized(tokens[index + 1]?.text ?? '')) {
			run.push(token);
		} else {
			flush();
		}
	}

	flush();
	return runs;
}

export interface Candidate {
	block: number;
	tokens: Token[];
	type: EntityType | 'unknown';
	role: string | undefined;
}

const joinText = (text: string, tokens: readonly Token[]): string => text.slice(tokens[0]!.start, tokens.at(-1)!.end);

const isTitle = (word: string): boolean => titleWords.has(word);
const isRoleWord = (word: string): boolean => isTitle(word) || roleModifiers.has(word) || demonyms.has(word);

function gazetteerType(name: string): EntityType | undefined {
	if (canonicalPlace.has(name) || places.has(name)) return 'place';
	if (canonicalOrganization.has(name) || organizations.has(name)) return 'organization';
	const upper = name.toUpperCase() === name && name.length > 3 ? name[0] + name.slice(1).toLowerCase() : undefined;
	if (upper !== undefined && (places.has(upper) || canonicalPlace.has(upper))) return 'place';
	return undefined;
}

export function findEntities(blocks: readonly string[]): FoundEntity[] {
	const candidates: Candidate[] = [];
	for (const [block, text] of blocks.entries()) {
		const tokens = tokenize(text);
		for (const run of capitalRuns(text, tokens)) {
			for (const piece of splitRun(text, run)) candidates.push({block, ...piece});
		}

		addLowercaseRoles(text, tokens, candidates, block);
	}

	return resolve(blocks, candidates);
}

/** Cuts a run into typed pieces: sentence openers and dates fall away, a title makes what follows a person. */
function splitRun(text: string, run: Token[]): Array<Omit<Candidate, 'block'>> {
	const pieces: Array<Omit<Candidate, 'block'>> = [];
	const whole = joinText(text, run);
	const wholeType = gazetteerType(whole);
	if (wholeType !== undefined) return [{tokens: run, type: wholeType, role: undefined}];

	// Break at calendar words, "and", and the word "The" inside a run.
	const parts: Token[][] = [[]];
	for (const token of run) {
		if (calendarWords.has(token.text) || token.text === 'and') {
			parts.push([]);
			continue;
		}

		parts.at(-1)!.push(token);
		if (token.possessive) parts.push([]);
	}

	for (const part of parts) {
		while (part.length > 0 && (sentenceWords.has(part[0]!.text) || nameConnectors.has(part[0]!.text)) && gazetteerType(joinText(text, part)) === undefined) {
			part.shift();
		}

		while (part.length > 0 && nameConnectors.has(part.at(-1)!.text)) part.pop();
		if (part.length === 0) continue;
		pieces.push(...typePart(text, part));
	}

	return pieces;
}

function typePart(text: string, part: Token[]): Array<Omit<Candidate, 'block'>> {
	const whole = joinText(text, part);
	const known = gazetteerType(whole);
	if (known !== undefined) return [{tokens: part, type: known, role: undefined}];

	let titleAt = -1;
	for (const [index, token] of part.entries()) {
		if (isTitle(token.text) && index < part.length - 1 && !isRoleWord(part[index + 1]!.text)) titleAt = index;
	}

	if (titleAt >= 0) {
		const rolePart = part.slice(0, titleAt + 1);
		const name = part.slice(titleAt + 1);
		const pieces = rolePieces(text, rolePart);
		const nameType = gazetteerType(joinText(text, name));
		pieces.push({tokens: name, type: nameType ?? 'person', role: nameType === undefined ? joinText(text, rolePart) : undefined});
		return pieces;
	}

	const words = part.map(token => token.text);
	const last = words.at(-1)!;
	if (part.length === 1 && organizationWords.has(last) && !organizations.has(last)) return [];
	if (words.some(word => organizationWords.has(word))) return [{tokens: part, type: 'organization', role: undefined}];
	if (placeWords.has(last) && part.length > 1) return [{tokens: part, type: 'place', role: undefined}];
	if (documentWords.has(last) && part.length > 1) return [{tokens: part, type: 'other', role: undefined}];
	if ((eventWords.has(last) || roman.test(last)) && part.length > 1) return [{tokens: part, type: 'event', role: undefined}];
	if (part.length === 1) {
		if (demonyms.has(last) || isTitle(last) || roleModifiers.has(last)) return [];
		if (/^\p{Lu}{2,6}$/u.test(last) && !roman.test(last)) return [{tokens: part, type: 'organization', role: undefined}];
		if (organizationWords.has(last)) return [];
		return [{tokens: part, type: 'unknown', role: undefined}];
	}

	// Leading demonyms and role words qualify what follows: "Western Ukraine" aside, they are not part of a name.
	let first = 0;
	while (first < part.length - 1 && (demonyms.has(part[first]!.text) || roleModifiers.has(part[first]!.text))) first++;
	if (first > 0) return typePart(text, part.slice(first));
	if (words.some(word => places.has(word) || canonicalPlace.has(word))) return [{tokens: part, type: 'other', role: undefined}];
	if (part.length <= 4 && words.every(word => /^\p{Lu}[\p{Ll}\p{M}'’-]/u.test(word) || /^\p{Lu}\.$/u.test(word) || nameConnectors.has(word))) {
		return [{tokens: part, type: 'person', role: undefined}];
	}

	return [{tokens: part, type: 'other', role: undefined}];
}

/** The places and organizations inside a role ("U.S. President", "Senate Majority Leader"). */
function rolePieces(text: string, rolePart: Token[]): Array<Omit<Candidate, 'block'>> {
	const pieces: Array<Omit<Candidate, 'block'>> = [];
	let group: Token[] = [];
	const flush = () => {
		if (group.length > 0) {
			const type = gazetteerType(joinText(text, group));
			if (type !== undefined) pieces.push({tokens: group, type, role: undefined});
			else if (group.some(token => organizationWords.has(token.text))) pieces.push({tokens: group, type: 'organization', role: undefined});
		}

		group = [];
	};

	for (const token of rolePart) {
		if (isRoleWord(token.text) && gazetteerType(token.text) === undefined) {
			flush();
		} else {
			group.push(token);
			if (token.possessive) flush();
		}
	}

	flush();
	return pieces;
}

/** "Kremlin spokesman Dmitry Peskov": a lower-case title before a name gives the person a role. */
function addLowercaseRoles(text: string, tokens: readonly Token[], candidates: Candidate[], block: number): void {
	for (const candidate of candidates) {
		if (candidate.block !== block || (candidate.type !== 'person' && candidate.type !== 'unknown')) continue;
		const index = tokens.findIndex(token => token.start === candidate.tokens[0]!.start);
		if (candidate.role !== undefined) {
			extendRole(text, tokens, candidate);
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
function extendRole(text: string, tokens: readonly Token[], candidate: Candidate): void {
	const roleStart = candidate.tokens[0]!.start - 1 - candidate.role!.length;
	const index = tokens.findIndex(token => token.start === roleStart);
	const previous = tokens[index - 1];
	if (index <= 0 || previous === undefined || !previous.possessive || !isCapitalized(previous.text)) return;
	if (text.slice(previous.end, roleStart).length > 3) return;
	candidate.role = text.slice(previous.start, candidate.tokens[0]!.start).trimEnd();
}

function resolve(blocks: readonly string[], candidates: readonly Candidate[]): FoundEntity[] {
	const table = new EntityTable();
	const surnames = new Map<string, string>();
	const acronyms = new Map<string, string>();
	const mentionOf = (candidate: Candidate): FoundMention => {
		const text = blocks[candidate.block]!;
		const start = candidate.tokens[0]!.start;
		const end = candidate.tokens.at(-1)!.end;
		return {block: candidate.block, start, end, text: text.slice(start, end)};
	};

	// Full names first, so that a lone surname anywhere can find its person.
	for (const candidate of candidates) {
		if (candidate.type !== 'person' || candidate.tokens.length < 2) continue;
		const mention = mentionOf(candidate);
		table.add('person', mention.text, mention, candidate.role);
		const surname = candidate.tokens.at(-1)!.text;
		if (!surnames.has(surname)) surnames.set(surname, mention.text);
	}

	for (const candidate of candidates) {
		if (candidate.type !== 'organization') continue;
		const words = candidate.tokens.map(token => token.text).filter(word => !nameConnectors.has(word));
		if (words.length > 1) acronyms.set(words.map(word => word[0]).join(''), canonicalName('organization', mentionOf(candidate).text));
	}

	for (const candidate of candidates) {
		const mention = mentionOf(candidate);
		const single = candidate.tokens.length === 1 ? candidate.tokens[0]!.text.replace(/\.$/, '') : undefined;
		if (candidate.type === 'person' && candidate.tokens.length >= 2) continue;
		if (single !== undefined && surnames.has(single) && candidate.type !== 'place') {
			table.add('person', surnames.get(single)!, mention, candidate.role);
			continue;
		}

		if (candidate.type === 'person') {
			table.add('person', mention.text, mention, candidate.role);
			continue;
		}

		if (candidate.type === 'unknown') {
			if (single !== undefined && acronyms.has(single)) table.add('organization', acronyms.get(single)!, mention);
			else if (single !== undefined && firstNames.has(single)) continue;
			continue;
		}

		if (candidate.type === 'organization' && single !== undefined && acronyms.has(single)) {
			table.add('organization', acronyms.get(single)!, mention);
			continue;
		}

		table.add(candidate.type, canonicalName(candidate.type, mention.text), mention);
	}

	addTheWest(blocks, table);
	for (const entity of table.entities) entity.mentions.sort((a, b) => a.block - b.block || a.start - b.start);
	return table.entities;
}

function canonicalName(type: EntityType, text: string): string {
	if (type === 'place') {
		const title = text.toUpperCase() === text && text.length > 3 && !text.includes('.') ? text[0] + text.slice(1).toLowerCase() : text;
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
