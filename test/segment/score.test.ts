import {readdirSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import type {EntityType} from '../../source/article/schema.js';
import {
	aggregate,
	goldSchema,
	meetsTarget,
	scoreArticle,
	targets,
	type Gold,
	type Prediction,
} from '../../source/segment/score.js';

const text =
	'"We kept the lights on," Greer said. Whitcombe called it "the Kingsway curse" and "the Kingsway curse" again. ' +
	'The so-called "Christmas tree" riders stay out, the CBO said.';

const gold: Gold = {
	quotes: [
		{text: 'We kept the lights on,', speaker: 'Harold P. Greer'},
		{text: 'the Kingsway curse', speaker: 'Dana Whitcombe'},
		{text: 'the Kingsway curse', speaker: 'Dana Whitcombe'},
		{text: 'Christmas tree', speaker: null},
	],
	entities: [
		{name: 'Harold P. Greer', type: 'person', aliases: ['Greer']},
		{name: 'Dana Whitcombe', type: 'person', aliases: ['Whitcombe']},
		{name: 'Congressional Budget Office', type: 'organization', aliases: ['CBO']},
	],
};

type QuoteSpec = {text: string; speaker: string | null; occurrence?: number};
type EntitySpec = {id: string; name: string; type: EntityType; aliases?: string[]};

/** A one-paragraph prediction over `text`, its quotes placed where their words occur. */
function predict(quotes: QuoteSpec[], entities: EntitySpec[]): Prediction {
	return {
		segments: [{id: 'p1', kind: 'paragraph', text, sentences: []}],
		quotes: quotes.map((quote, index) => {
			let start = text.indexOf(quote.text);
			for (let skip = quote.occurrence ?? 0; skip > 0; skip--) start = text.indexOf(quote.text, start + 1);
			return {
				id: `q${index + 1}`,
				text: quote.text,
				segment: 'p1',
				start,
				end: start + quote.text.length,
				speaker: quote.speaker,
				cue: null,
				kind: 'statement',
			};
		}),
		entities: entities.map(entity => ({...entity, aliases: entity.aliases ?? [], mentions: []})),
	};
}

const people: EntitySpec[] = [
	{id: 'harold-p-greer', name: 'Harold P. Greer', type: 'person', aliases: ['Greer']},
	{id: 'dana-whitcombe', name: 'Dana Whitcombe', type: 'person'},
	{id: 'cbo', name: 'CBO', type: 'organization'},
];

const perfectQuotes: QuoteSpec[] = [
	{text: 'We kept the lights on,', speaker: 'harold-p-greer'},
	{text: 'the Kingsway curse', speaker: 'dana-whitcombe'},
	{text: 'the Kingsway curse', speaker: 'dana-whitcombe', occurrence: 1},
	{text: 'Christmas tree', speaker: null},
];

describe('scoreArticle', () => {
	it('gives a perfect prediction full marks and no misses', () => {
		const score = scoreArticle(gold, predict(perfectQuotes, people));
		expect(score.metrics).toEqual({
			quotePrecision: 1,
			quoteRecall: 1,
			quoteF1: 1,
			speakerAccuracy: 1,
			wronglyAttributed: 0,
			entityRecall: {person: 1, place: null, organization: 1},
			entityPrecision: 1,
		});
		expect(score.misses).toEqual([]);
	});

	it('lowers recall, not precision, for a missed quote and names it', () => {
		const score = scoreArticle(gold, predict(perfectQuotes.slice(1), people));
		expect(score.metrics.quoteRecall).toBe(0.75);
		expect(score.metrics.quotePrecision).toBe(1);
		expect(score.metrics.quoteF1).toBeCloseTo(6 / 7);
		expect(score.misses).toContainEqual({kind: 'missed-quote', text: 'We kept the lights on,', speaker: 'Harold P. Greer'});
	});

	it('lowers precision for a quote that is not in the gold', () => {
		const score = scoreArticle(gold, predict([...perfectQuotes, {text: 'riders stay out', speaker: null}], people));
		expect(score.metrics.quotePrecision).toBe(0.8);
		expect(score.metrics.quoteRecall).toBe(1);
		expect(score.misses).toContainEqual({kind: 'spurious-quote', text: 'riders stay out', speaker: null});
	});

	it('matches quotes whatever punctuation or whitespace surrounds their words', () => {
		const quotes = [{...perfectQuotes[0]!, text: 'We kept the lights on'}, ...perfectQuotes.slice(1)];
		expect(scoreArticle(gold, predict(quotes, people)).metrics.quoteF1).toBe(1);
	});

	it('does not forgive different words inside the quote', () => {
		const quotes = [{...perfectQuotes[0]!, text: 'kept the lights on,'}, ...perfectQuotes.slice(1)];
		expect(scoreArticle(gold, predict(quotes, people)).metrics.quoteRecall).toBe(0.75);
	});

	it('matches each gold quote once, so a repeated phrase found once counts once', () => {
		const quotes = perfectQuotes.filter((_, index) => index !== 2);
		const score = scoreArticle(gold, predict(quotes, people));
		expect(score.counts.matchedQuotes).toBe(3);
		expect(score.misses.filter(miss => miss.kind === 'missed-quote')).toHaveLength(1);
	});

	it('puts predicted quotes in reading order before matching them', () => {
		const score = scoreArticle(gold, predict([...perfectQuotes].reverse(), people));
		expect(score.metrics.quoteF1).toBe(1);
		expect(score.metrics.speakerAccuracy).toBe(1);
	});

	it('lowers speaker accuracy for a quote credited to the wrong person', () => {
		const quotes = perfectQuotes.map((quote, index) => (index === 0 ? {...quote, speaker: 'dana-whitcombe'} : quote));
		const score = scoreArticle(gold, predict(quotes, people));
		expect(score.metrics.speakerAccuracy).toBeCloseTo(2 / 3);
		expect(score.misses).toContainEqual({
			kind: 'wrong-speaker',
			text: 'We kept the lights on,',
			expected: 'Harold P. Greer',
			predicted: 'Dana Whitcombe',
		});
	});

	it('counts a quote left without a speaker as a wrong speaker', () => {
		const quotes = perfectQuotes.map((quote, index) => (index === 0 ? {...quote, speaker: null} : quote));
		expect(scoreArticle(gold, predict(quotes, people)).metrics.speakerAccuracy).toBeCloseTo(2 / 3);
	});

	it('accepts a speaker known by a gold alias, in any case', () => {
		const entities: EntitySpec[] = [
			{id: 'greer', name: 'GREER', type: 'person'},
			{id: 'whitcombe', name: 'Senator Whitcombe', type: 'person', aliases: ['whitcombe']},
		];
		const quotes = perfectQuotes.map(quote => ({
			...quote,
			speaker: quote.speaker === 'harold-p-greer' ? 'greer' : quote.speaker === null ? null : 'whitcombe',
		}));
		expect(scoreArticle(gold, predict(quotes, entities)).metrics.speakerAccuracy).toBe(1);
	});

	it('reports a scare quote given a speaker as wrongly attributed, apart from speaker accuracy', () => {
		const quotes = perfectQuotes.map((quote, index) => (index === 3 ? {...quote, speaker: 'cbo'} : quote));
		const score = scoreArticle(gold, predict(quotes, people));
		expect(score.metrics.wronglyAttributed).toBe(1);
		expect(score.metrics.speakerAccuracy).toBe(1);
		expect(score.misses).toContainEqual({kind: 'wrongly-attributed', text: 'Christmas tree', predicted: 'CBO'});
	});

	it('scores speakers only on quotes that were found', () => {
		const score = scoreArticle(gold, predict([], people));
		expect(score.metrics.speakerAccuracy).toBeNull();
		expect(score.metrics.wronglyAttributed).toBeNull();
		expect(score.metrics.quoteF1).toBe(0);
	});

	it('misses an entity found under the wrong type, but does not call it invented', () => {
		const entities: EntitySpec[] = [...people.slice(0, 2), {id: 'cbo', name: 'CBO', type: 'place'}];
		const score = scoreArticle(gold, predict(perfectQuotes, entities));
		expect(score.metrics.entityRecall.organization).toBe(0);
		expect(score.metrics.entityPrecision).toBe(1);
		expect(score.misses).toContainEqual({kind: 'missed-entity', name: 'Congressional Budget Office', type: 'organization', foundAs: 'place'});
	});

	it('lowers precision for an invented entity and ignores types the gold does not list', () => {
		const entities: EntitySpec[] = [
			...people,
			{id: 'kingsway', name: 'Kingsway', type: 'person'},
			{id: 'christmas', name: 'Christmas', type: 'event'},
		];
		const score = scoreArticle(gold, predict(perfectQuotes, entities));
		expect(score.counts.predictedEntities).toBe(4);
		expect(score.metrics.entityPrecision).toBe(0.75);
		expect(score.misses).toEqual([{kind: 'spurious-entity', name: 'Kingsway', type: 'person'}]);
	});

	it('lowers person recall for a person never found', () => {
		const score = scoreArticle(gold, predict(perfectQuotes, people.slice(1)));
		expect(score.metrics.entityRecall.person).toBe(0.5);
		expect(score.misses).toContainEqual({kind: 'missed-entity', name: 'Harold P. Greer', type: 'person'});
	});
});

describe('aggregate', () => {
	it('adds up counts, so a long article weighs more than a short one', () => {
		const perfect = scoreArticle(gold, predict(perfectQuotes, people));
		const empty = scoreArticle({quotes: [gold.quotes[0]!], entities: []}, predict([], []));
		const total = aggregate([perfect, empty]);
		expect(total.counts.goldQuotes).toBe(5);
		expect(total.metrics.quoteRecall).toBe(0.8);
		expect(total.metrics.quotePrecision).toBe(1);
	});

	it('judges targets, and none when there was nothing to measure', () => {
		const perfect = scoreArticle(gold, predict(perfectQuotes, people)).metrics;
		const verdicts = targets.map(target => meetsTarget(perfect, target));
		expect(verdicts).toEqual([true, true, true, true, null, true, true]);
		const attributed = targets.find(target => target.metric === 'wronglyAttributed')!;
		expect(meetsTarget({...perfect, wronglyAttributed: 0.5}, attributed)).toBe(false);
	});
});

const corpus = fileURLToPath(new URL('corpus/', import.meta.url));

function readCorpus(set: string) {
	return readdirSync(`${corpus}${set}`)
		.filter(file => file.endsWith('.txt'))
		.sort()
		.map(file => {
			const name = file.slice(0, -'.txt'.length);
			const bytes = readFileSync(`${corpus}${set}/${file}`);
			const gold = goldSchema.parse(JSON.parse(readFileSync(`${corpus}${set}/${name}.gold.json`, 'utf8')));
			return {name, bytes, text: bytes.toString('utf8'), gold};
		});
}

// Every folder of the corpus is a set, so a new one is checked as soon as it exists.
const corpusSets = readdirSync(corpus, {withFileTypes: true})
	.filter(entry => entry.isDirectory())
	.map(entry => entry.name)
	.sort();

describe.each(corpusSets)('the %s corpus', set => {
	const articles = readCorpus(set);

	it.each(articles.map(article => [article.name, article] as const))('%s: gold agrees with its text', (_, article) => {
		expect(article.name).toMatch(/^[a-z0-9][a-z0-9-]*$/);
		let from = 0;
		for (const quote of article.gold.quotes) {
			const at = article.text.indexOf(quote.text, from);
			expect(at, `quote not found in reading order: ${quote.text}`).toBeGreaterThanOrEqual(0);
			from = at + 1;
		}

		const names = new Set(article.gold.entities.map(entity => entity.name));
		expect(names.size, 'entity names are unique').toBe(article.gold.entities.length);
		for (const quote of article.gold.quotes) {
			if (quote.speaker !== null) expect(names, `speaker "${quote.speaker}" is a gold entity`).toContain(quote.speaker);
		}

		for (const entity of article.gold.entities) {
			for (const alias of entity.aliases) expect(article.text, `alias of ${entity.name}`).toContain(alias);
			expect([entity.name, ...entity.aliases].some(form => article.text.includes(form)), entity.name).toBe(true);
		}
	});

});

describe('the corpus as a whole', () => {
	it('holds at least a fifth of quotes without a speaker', () => {
		const quotes = corpusSets.flatMap(set => readCorpus(set)).flatMap(article => article.gold.quotes);
		expect(quotes.length).toBeGreaterThanOrEqual(80);
		expect(quotes.filter(quote => quote.speaker === null).length * 5).toBeGreaterThanOrEqual(quotes.length);
	});
});

describe('the dev corpus as a whole', () => {
	const articles = readCorpus('dev');

	it('has at least ten articles and eighty quotes', () => {
		expect(articles.length).toBeGreaterThanOrEqual(10);
		expect(articles.flatMap(article => article.gold.quotes).length).toBeGreaterThanOrEqual(80);
	});

	it('keeps its CRLF line endings and its byte-order mark', () => {
		const byName = new Map(articles.map(article => [article.name, article]));
		expect(byName.get('northwind-calder-merger')!.text).toMatch(/\r\n/);
		expect([...byName.get('ghost-gun-appeal')!.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	});

	it('scores full marks when a prediction reproduces its gold', () => {
		for (const article of articles) {
			const entityId = (name: string) => `e${article.gold.entities.findIndex(entity => entity.name === name)}`;
			let from = 0;
			const prediction: Prediction = {
				segments: [{id: 'all', kind: 'paragraph', text: article.text, sentences: []}],
				quotes: article.gold.quotes.map((quote, index) => {
					const start = article.text.indexOf(quote.text, from);
					from = start + 1;
					return {
						id: `q${index}`,
						text: quote.text,
						segment: 'all',
						start,
						end: start + quote.text.length,
						speaker: quote.speaker === null ? null : entityId(quote.speaker),
						cue: null,
						kind: 'statement',
					};
				}),
				entities: article.gold.entities.map(entity => ({...entity, id: entityId(entity.name), mentions: []})),
			};
			const {metrics} = scoreArticle(article.gold, prediction);
			expect(metrics.quoteF1, article.name).toBe(1);
			expect(metrics.speakerAccuracy ?? 1, article.name).toBe(1);
			expect(metrics.wronglyAttributed ?? 0, article.name).toBe(0);
			expect(metrics.entityPrecision, article.name).toBe(1);
		}
	});
});
