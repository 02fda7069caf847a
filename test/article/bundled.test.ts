import {describe, expect, it} from 'vitest';
import {bundledArticlePath, readArticleFile} from '../../source/article/load.js';
import {findProblems} from '../../source/article/check.js';
import type {Article, Entity, Quote} from '../../source/article/schema.js';

const article: Article = readArticleFile(bundledArticlePath());

const openingMarks = new Set(['"', '“', '‘']);
const closingMarks = new Set(['"', '”', '’']);
const isLetter = (character: string | undefined) => character !== undefined && /\p{L}/u.test(character);

function entity(id: string): Entity {
	const found = article.entities.find(candidate => candidate.id === id);
	if (found === undefined) throw new Error(`no entity "${id}"`);
	return found;
}

function quotesBy(speaker: string | null): Quote[] {
	return article.quotes.filter(quote => quote.speaker === speaker);
}

function segmentText(id: string): string {
	const segment = article.segments.find(candidate => candidate.id === id);
	if (segment === undefined) throw new Error(`no segment "${id}"`);
	return segment.text;
}

/** Every place a form occurs as a whole word (not inside "Russian" or "Western"). */
function occurrences(text: string, form: string): number[] {
	const found: number[] = [];
	for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
		if (!isLetter(text[at - 1]) && !isLetter(text[at + form.length])) found.push(at);
	}

	return found;
}

describe('the bundled article', () => {
	it('loads and has no consistency problems', () => {
		expect(article.meta.id).toBe('putin-warns-western-troops');
		expect(article.meta.titleOrigin).toBe('pullquote');
		expect(findProblems(article)).toEqual([]);
	});

	it('keeps every segment on one line without stray whitespace', () => {
		for (const segment of article.segments) {
			expect(segment.text).not.toMatch(/[\r\n]/);
			expect(segment.text).toBe(segment.text.trim());
		}
	});

	it('has one heading, the coalition section, between paragraphs in reading order', () => {
		const headings = article.segments.filter(segment => segment.kind === 'heading');
		expect(headings.map(segment => segment.text)).toEqual(['‘Coalition of the willing’']);
		const paragraphIds = article.segments.filter(segment => segment.kind === 'paragraph').map(segment => segment.id);
		expect(paragraphIds).toEqual(paragraphIds.map((_, index) => `p${index + 1}`));
	});

	it('splits each segment into sentences that cover it with single spaces between', () => {
		for (const segment of article.segments) {
			const {sentences, text} = segment;
			expect(sentences.length, segment.id).toBeGreaterThan(0);
			expect(sentences[0]!.start, segment.id).toBe(0);
			expect(sentences.at(-1)!.end, segment.id).toBe(text.length);
			for (const [index, sentence] of sentences.entries()) {
				const body = text.slice(sentence.start, sentence.end);
				expect(body, segment.id).toBe(body.trim());
				if (index > 0) expect(text.slice(sentences[index - 1]!.end, sentence.start), segment.id).toBe(' ');
			}
		}
	});

	it('does not break sentences at the abbreviations U.S. and U.K.', () => {
		for (const segment of article.segments) {
			for (const sentence of segment.sentences) {
				expect(segment.text.slice(sentence.start, sentence.end)).not.toMatch(/^(S\.|K\.)/);
				expect(segment.text.slice(sentence.start, sentence.end)).not.toMatch(/U\.$/);
			}
		}

		expect(article.segments.find(segment => segment.text.includes('U.K.'))?.sentences).toHaveLength(1);
	});

	it('ends a sentence after the closing mark when it follows the full stop', () => {
		const text = segmentText('p12');
		const sentences = article.segments.find(segment => segment.id === 'p12')!.sentences;
		expect(sentences.map(sentence => text.slice(sentence.start, sentence.end).at(-1))).toEqual(['.', '”']);
	});

	it('holds exactly its text in every quote and mention range', () => {
		for (const quote of article.quotes) {
			expect(segmentText(quote.segment).slice(quote.start, quote.end), quote.id).toBe(quote.text);
		}

		for (const {id, mentions} of article.entities) {
			for (const mention of mentions) {
				expect(segmentText(mention.segment).slice(mention.start, mention.end), id).toBe(mention.text);
			}
		}
	});

	it('points every speaker at an existing entity', () => {
		const ids = new Set(article.entities.map(candidate => candidate.id));
		for (const quote of article.quotes) {
			if (quote.speaker !== null) expect(ids.has(quote.speaker), `${quote.id}: ${quote.speaker}`).toBe(true);
		}
	});

	it('sets every quote between a pair of quotation marks', () => {
		for (const quote of article.quotes) {
			const text = segmentText(quote.segment);
			expect(openingMarks.has(text[quote.start - 1] ?? ''), `${quote.id} opening`).toBe(true);
			expect(closingMarks.has(text[quote.end] ?? ''), `${quote.id} closing`).toBe(true);
		}
	});

	it('misses no quotation: every quotation mark belongs to a quote', () => {
		for (const segment of article.segments) {
			const quotes = article.quotes.filter(quote => quote.segment === segment.id);
			for (const [at, character] of [...segment.text].entries()) {
				if (!openingMarks.has(character) && !closingMarks.has(character)) continue;
				if (character === '’' && isLetter(segment.text[at - 1]) && isLetter(segment.text[at + 1])) continue;
				const belongs = quotes.some(quote => at === quote.start - 1 || at === quote.end || (at >= quote.start && at < quote.end));
				expect(belongs, `${segment.id}: ${character} at ${at}`).toBe(true);
			}
		}
	});

	it('counts twelve quotations, heading included', () => {
		expect(article.quotes).toHaveLength(12);
		expect(new Set(article.quotes.map(quote => quote.id)).size).toBe(12);
	});

	it('names a speaker wherever someone is quoted, and none for terms', () => {
		expect(quotesBy('vladimir-putin').length).toBeGreaterThanOrEqual(3);
		expect(quotesBy('vladimir-putin').map(quote => quote.text)).toContain('root causes');
		expect(quotesBy('kyiv').map(quote => quote.text)).toEqual(['old ultimatums.']);
		expect(quotesBy('volodymyr-zelenskyy')).toHaveLength(1);
		expect(quotesBy(null).map(quote => quote.text).sort()).toEqual(
			['Coalition of the willing', 'coalition of the willing.', 'reassurance'].sort(),
		);
		for (const quote of quotesBy(null)) expect(quote.cue, quote.id).toBeNull();
		for (const quote of article.quotes.filter(candidate => candidate.speaker !== null)) {
			expect(quote.cue, quote.id).not.toBeNull();
		}
	});

	it('keeps the nested reassurance force inside Macron’s statement', () => {
		const macron = quotesBy('emmanuel-macron');
		const statement = macron.find(quote => quote.kind === 'statement');
		expect(statement?.text).toContain('‘reassurance force’');
		expect(statement?.cue).toBe('told reporters');
		expect(article.quotes.some(quote => quote.text === 'reassurance force')).toBe(false);
		expect(macron.filter(quote => quote.kind === 'partial').map(quote => quote.text)).toEqual([
			'on the front line',
			'prevent any new major aggression,',
		]);
	});

	it('gives every person at least one mention', () => {
		const people = article.entities.filter(candidate => candidate.type === 'person');
		expect(people.length).toBeGreaterThan(0);
		for (const person of people) expect(person.mentions.length, person.id).toBeGreaterThan(0);
	});

	it('writes every mention as the entity’s name or one of its aliases', () => {
		for (const {id, name, aliases, mentions} of article.entities) {
			for (const mention of mentions) expect([name, ...aliases], id).toContain(mention.text);
		}
	});

	it('marks every use of an entity’s name or alias as a mention of it', () => {
		for (const {id, name, aliases, mentions} of article.entities) {
			for (const segment of article.segments) {
				for (const form of [name, ...aliases]) {
					for (const at of occurrences(segment.text, form)) {
						const covered = mentions.some(
							mention => mention.segment === segment.id && mention.start <= at && at + form.length <= mention.end,
						);
						expect(covered, `${id}: "${form}" in ${segment.id} at ${at}`).toBe(true);
					}
				}
			}
		}
	});

	it('merges name variants into one entity each', () => {
		const putin = entity('vladimir-putin');
		expect(putin.aliases).toContain('Putin');
		expect(putin.role).toBe('Russian President');
		expect(new Set(putin.mentions.map(mention => mention.text))).toEqual(new Set(['Vladimir Putin', 'Putin']));

		const britain = entity('britain');
		expect(britain.aliases).toContain('U.K.');
		expect(britain.mentions.map(mention => mention.text).sort()).toEqual(['Britain', 'U.K.']);
		expect(article.entities.filter(candidate => candidate.aliases.includes('U.K.') || candidate.name === 'U.K.')).toHaveLength(1);
	});

	it('gives Zelenskyy his role and both his mentions', () => {
		const zelenskyy = entity('volodymyr-zelenskyy');
		expect(zelenskyy.type).toBe('person');
		expect(zelenskyy.role).toBe('Ukraine’s President');
		expect(zelenskyy.mentions.map(mention => mention.text)).toEqual(['Volodymyr Zelenskyy', 'Zelenskyy']);
	});

	it('treats the capital Kyiv as the speaker that rejects the demands', () => {
		const quote = article.quotes.find(candidate => candidate.text === 'old ultimatums.');
		expect(quote?.speaker).toBe('kyiv');
		expect(quote?.cue).toBe('rejected those demands as');
		expect(entity('kyiv').mentions).toHaveLength(4);
	});

	it('names the event and the treaty the article refers to', () => {
		expect(entity('world-war-ii').type).toBe('event');
		expect(entity('budapest-memorandum').mentions.map(mention => mention.text)).toEqual(['Budapest Memorandum']);
		expect(entity('coalition-of-the-willing').mentions.map(mention => mention.segment)).toEqual(['h1', 'p18']);
	});
});
