import {z} from 'zod';
import type {Article, Entity, EntityType} from '../article/schema.js';

/*
 * Scores a segmented article against hand-made gold annotations
 * (test/segment/corpus/README.md describes the gold files).
 *
 * - Quotes: a predicted quote matches a gold quote when their texts are equal after
 *   trimming surrounding whitespace and punctuation (, . ; : ! ? … — –) and collapsing runs
 *   of whitespace. Matching follows reading order (a longest common subsequence of the
 *   two lists), so each gold quote is matched at most once and repeated words such as a
 *   scare quote printed twice pair up in order.
 * - Speakers: judged only on matched gold quotes. A speaker is right when the predicted
 *   speaker entity's name or any alias equals the gold speaker's name or any of that gold
 *   entity's aliases. A gold quote with no speaker (null) that gets one is "wrongly
 *   attributed".
 * - Entities: only people, places and organizations are scored. A gold entity is found
 *   when a predicted entity of the same type shares a name or alias with it (recall, per
 *   type). A predicted person, place or organization is correct when it shares a name or
 *   alias with any gold entity, whatever that one's type (precision): precision asks
 *   whether the segmenter invents names, recall per type whether it types them right.
 *   Predicted groups, events, works and others are not scored: the gold does not list them.
 * - Names compare case-insensitively, with curly apostrophes made straight, whitespace
 *   collapsed and a leading "the " dropped.
 * - Totals over several articles add up the counts before dividing (micro-average), so
 *   long articles weigh more than short ones.
 */

export const scoredTypes = ['person', 'place', 'organization'] as const;
export type ScoredType = (typeof scoredTypes)[number];

export const goldQuoteSchema = z.object({
	text: z.string().min(1),
	speaker: z.string().min(1).nullable(),
});

export const goldEntitySchema = z.object({
	name: z.string().min(1),
	type: z.enum(scoredTypes),
	aliases: z.array(z.string().min(1)),
});

export const goldSchema = z.object({
	quotes: z.array(goldQuoteSchema),
	entities: z.array(goldEntitySchema),
});

export type GoldQuote = z.infer<typeof goldQuoteSchema>;
export type GoldEntity = z.infer<typeof goldEntitySchema>;
export type Gold = z.infer<typeof goldSchema>;

/** The parts of a segmented article the score looks at. */
export type Prediction = Pick<Article, 'segments' | 'quotes' | 'entities'>;

export type Miss =
	| {kind: 'missed-quote'; text: string; speaker: string | null}
	| {kind: 'spurious-quote'; text: string; speaker: string | null}
	| {kind: 'wrong-speaker'; text: string; expected: string; predicted: string | null}
	| {kind: 'wrongly-attributed'; text: string; predicted: string}
	| {kind: 'missed-entity'; name: string; type: ScoredType; foundAs?: EntityType}
	| {kind: 'spurious-entity'; name: string; type: ScoredType};

export type Counts = {
	goldQuotes: number;
	predictedQuotes: number;
	matchedQuotes: number;
	/** Matched gold quotes that have a speaker, and how many of those got the right one. */
	attributedMatched: number;
	speakerCorrect: number;
	/** Matched gold quotes without a speaker, and how many of those got one anyway. */
	unattributedMatched: number;
	unattributedGivenSpeaker: number;
	goldEntities: Record<ScoredType, number>;
	foundEntities: Record<ScoredType, number>;
	predictedEntities: number;
	correctEntities: number;
};

/** Each ratio is null when its denominator is zero: nothing to measure. */
export type Metrics = {
	quotePrecision: number | null;
	quoteRecall: number | null;
	quoteF1: number | null;
	speakerAccuracy: number | null;
	wronglyAttributed: number | null;
	entityRecall: Record<ScoredType, number | null>;
	entityPrecision: number | null;
};

export type Score = {counts: Counts; metrics: Metrics};
export type ArticleScore = Score & {misses: Miss[]};

export type MetricName = 'quoteF1' | 'speakerAccuracy' | 'wronglyAttributed' | `recall.${ScoredType}` | 'entityPrecision';

export type Target = {metric: MetricName; label: string; goal: 'at least' | 'at most'; value: number};

export const targets: readonly Target[] = [
	{metric: 'quoteF1', label: 'quote F1', goal: 'at least', value: 0.95},
	{metric: 'speakerAccuracy', label: 'speaker accuracy', goal: 'at least', value: 0.9},
	{metric: 'wronglyAttributed', label: 'unattributed quotes given a speaker', goal: 'at most', value: 0.05},
	{metric: 'recall.person', label: 'person recall', goal: 'at least', value: 0.85},
	{metric: 'recall.place', label: 'place recall', goal: 'at least', value: 0.85},
	{metric: 'recall.organization', label: 'organization recall', goal: 'at least', value: 0.75},
	{metric: 'entityPrecision', label: 'entity precision', goal: 'at least', value: 0.85},
];

export function metricValue(metrics: Metrics, metric: MetricName): number | null {
	switch (metric) {
		case 'recall.person':
			return metrics.entityRecall.person;
		case 'recall.place':
			return metrics.entityRecall.place;
		case 'recall.organization':
			return metrics.entityRecall.organization;
		default:
			return metrics[metric];
	}
}

/** Null when there was nothing to measure: a target can be neither met nor missed then. */
export function meetsTarget(metrics: Metrics, target: Target): boolean | null {
	const value = metricValue(metrics, target.metric);
	if (value === null) return null;
	return target.goal === 'at least' ? value >= target.value : value <= target.value;
}

const edgePunctuation = /^[\s,.;:!?…—–]+|[\s,.;:!?…—–]+$/gu;

export function normalizeQuote(text: string): string {
	return text.replace(edgePunctuation, '').replace(/\s+/gu, ' ');
}

export function normalizeName(name: string): string {
	return name
		.replace(/[\u2018\u2019\u02BC]/gu, '\'')
		.replace(/\s+/gu, ' ')
		.trim()
		.toLowerCase()
		.replace(/^the /u, '');
}

function nameSet(names: readonly string[]): Set<string> {
	return new Set(names.map(normalizeName));
}

function shareName(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
	for (const name of a) if (b.has(name)) return true;
	return false;
}

function isScoredType(type: EntityType): type is ScoredType {
	return (scoredTypes as readonly string[]).includes(type);
}

function perType(value: number): Record<ScoredType, number> {
	return {person: value, place: value, organization: value};
}

/** Pairs of [gold index, predicted index] along a longest common subsequence of equal keys. */
function alignInOrder(gold: readonly string[], predicted: readonly string[]): Array<[number, number]> {
	const rows = gold.length + 1;
	const columns = predicted.length + 1;
	const table = new Uint32Array(rows * columns);
	for (let g = gold.length - 1; g >= 0; g--) {
		for (let p = predicted.length - 1; p >= 0; p--) {
			table[g * columns + p] =
				gold[g] === predicted[p]
					? table[(g + 1) * columns + p + 1]! + 1
					: Math.max(table[(g + 1) * columns + p]!, table[g * columns + p + 1]!);
		}
	}

	const pairs: Array<[number, number]> = [];
	let g = 0;
	let p = 0;
	while (g < gold.length && p < predicted.length) {
		if (gold[g] === predicted[p]) {
			pairs.push([g, p]);
			g++;
			p++;
		} else if (table[(g + 1) * columns + p]! >= table[g * columns + p + 1]!) {
			g++;
		} else {
			p++;
		}
	}

	return pairs;
}

export function scoreArticle(gold: Gold, predicted: Prediction): ArticleScore {
	const misses: Miss[] = [];
	const entitiesById = new Map<string, Entity>(predicted.entities.map(entity => [entity.id, entity]));
	const goldNames = gold.entities.map(entity => nameSet([entity.name, ...entity.aliases]));
	const goldByName = new Map<string, GoldEntity>(gold.entities.map(entity => [entity.name, entity]));

	// Reading order, whatever order the segmenter listed its quotes in.
	const segmentOrder = new Map(predicted.segments.map((segment, index) => [segment.id, index]));
	const quotes = predicted.quotes
		.map((quote, index) => ({quote, index}))
		.sort(
			(a, b) =>
				(segmentOrder.get(a.quote.segment) ?? Infinity) - (segmentOrder.get(b.quote.segment) ?? Infinity) ||
				a.quote.start - b.quote.start ||
				a.index - b.index,
		)
		.map(({quote}) => quote);

	const speakerName = (id: string | null) => (id === null ? null : (entitiesById.get(id)?.name ?? id));
	const pairs = alignInOrder(
		gold.quotes.map(quote => normalizeQuote(quote.text)),
		quotes.map(quote => normalizeQuote(quote.text)),
	);
	const matchedGold = new Set(pairs.map(([g]) => g));
	const matchedPredicted = new Set(pairs.map(([, p]) => p));

	let attributedMatched = 0;
	let speakerCorrect = 0;
	let unattributedMatched = 0;
	let unattributedGivenSpeaker = 0;
	for (const [g, p] of pairs) {
		const goldQuote = gold.quotes[g]!;
		const quote = quotes[p]!;
		if (goldQuote.speaker === null) {
			unattributedMatched++;
			if (quote.speaker !== null) {
				unattributedGivenSpeaker++;
				misses.push({kind: 'wrongly-attributed', text: goldQuote.text, predicted: speakerName(quote.speaker)!});
			}

			continue;
		}

		attributedMatched++;
		const expected = goldByName.get(goldQuote.speaker);
		const expectedNames = nameSet(expected ? [expected.name, ...expected.aliases] : [goldQuote.speaker]);
		const entity = quote.speaker === null ? undefined : entitiesById.get(quote.speaker);
		if (entity && shareName(nameSet([entity.name, ...entity.aliases]), expectedNames)) {
			speakerCorrect++;
		} else {
			misses.push({kind: 'wrong-speaker', text: goldQuote.text, expected: goldQuote.speaker, predicted: speakerName(quote.speaker)});
		}
	}

	for (const [index, quote] of gold.quotes.entries()) {
		if (!matchedGold.has(index)) misses.push({kind: 'missed-quote', text: quote.text, speaker: quote.speaker});
	}

	for (const [index, quote] of quotes.entries()) {
		if (!matchedPredicted.has(index)) misses.push({kind: 'spurious-quote', text: quote.text, speaker: speakerName(quote.speaker)});
	}

	const predictedNames = predicted.entities.map(entity => ({entity, names: nameSet([entity.name, ...entity.aliases])}));
	const goldEntities = perType(0);
	const foundEntities = perType(0);
	for (const [index, entity] of gold.entities.entries()) {
		goldEntities[entity.type]++;
		const sharing = predictedNames.filter(candidate => shareName(candidate.names, goldNames[index]!));
		if (sharing.some(candidate => candidate.entity.type === entity.type)) {
			foundEntities[entity.type]++;
		} else {
			const foundAs = sharing[0]?.entity.type;
			misses.push({kind: 'missed-entity', name: entity.name, type: entity.type, ...(foundAs ? {foundAs} : {})});
		}
	}

	let predictedEntities = 0;
	let correctEntities = 0;
	for (const {entity, names} of predictedNames) {
		if (!isScoredType(entity.type)) continue;
		predictedEntities++;
		if (goldNames.some(gold => shareName(names, gold))) correctEntities++;
		else misses.push({kind: 'spurious-entity', name: entity.name, type: entity.type});
	}

	const counts: Counts = {
		goldQuotes: gold.quotes.length,
		predictedQuotes: quotes.length,
		matchedQuotes: pairs.length,
		attributedMatched,
		speakerCorrect,
		unattributedMatched,
		unattributedGivenSpeaker,
		goldEntities,
		foundEntities,
		predictedEntities,
		correctEntities,
	};
	return {counts, metrics: computeMetrics(counts), misses};
}

/** Adds up the counts of several articles and scores the sum. */
export function aggregate(scores: readonly Score[]): Score {
	const counts: Counts = {
		goldQuotes: 0,
		predictedQuotes: 0,
		matchedQuotes: 0,
		attributedMatched: 0,
		speakerCorrect: 0,
		unattributedMatched: 0,
		unattributedGivenSpeaker: 0,
		goldEntities: perType(0),
		foundEntities: perType(0),
		predictedEntities: 0,
		correctEntities: 0,
	};
	for (const {counts: each} of scores) {
		counts.goldQuotes += each.goldQuotes;
		counts.predictedQuotes += each.predictedQuotes;
		counts.matchedQuotes += each.matchedQuotes;
		counts.attributedMatched += each.attributedMatched;
		counts.speakerCorrect += each.speakerCorrect;
		counts.unattributedMatched += each.unattributedMatched;
		counts.unattributedGivenSpeaker += each.unattributedGivenSpeaker;
		counts.predictedEntities += each.predictedEntities;
		counts.correctEntities += each.correctEntities;
		for (const type of scoredTypes) {
			counts.goldEntities[type] += each.goldEntities[type];
			counts.foundEntities[type] += each.foundEntities[type];
		}
	}

	return {counts, metrics: computeMetrics(counts)};
}

function ratio(part: number, whole: number): number | null {
	return whole === 0 ? null : part / whole;
}

export function computeMetrics(counts: Counts): Metrics {
	return {
		quotePrecision: ratio(counts.matchedQuotes, counts.predictedQuotes),
		quoteRecall: ratio(counts.matchedQuotes, counts.goldQuotes),
		// 2PR/(P+R) written with counts, so a segmenter that finds no quotes scores 0, not nothing.
		quoteF1: ratio(2 * counts.matchedQuotes, counts.goldQuotes + counts.predictedQuotes),
		speakerAccuracy: ratio(counts.speakerCorrect, counts.attributedMatched),
		wronglyAttributed: ratio(counts.unattributedGivenSpeaker, counts.unattributedMatched),
		entityRecall: {
			person: ratio(counts.foundEntities.person, counts.goldEntities.person),
			place: ratio(counts.foundEntities.place, counts.goldEntities.place),
			organization: ratio(counts.foundEntities.organization, counts.goldEntities.organization),
		},
		entityPrecision: ratio(counts.correctEntities, counts.predictedEntities),
	};
}
