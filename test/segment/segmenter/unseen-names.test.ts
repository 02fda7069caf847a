import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {aggregate, goldSchema, scoreArticle} from '../../../source/segment/score.js';
import {segment} from './helpers.js';

/*
 * Articles whose places, firms and people are on no list: the segmenter has to
 * type them from how the text speaks of them.
 */
const directory = new URL('../fixtures/general/', import.meta.url);
const names = readdirSync(directory)
	.filter(file => file.endsWith('.txt'))
	.map(file => file.slice(0, -'.txt'.length))
	.sort();

const scores = names.map(name => {
	const text = readFileSync(new URL(`${name}.txt`, directory), 'utf8');
	const gold = goldSchema.parse(JSON.parse(readFileSync(new URL(`${name}.gold.json`, directory), 'utf8')));
	return {name, score: scoreArticle(gold, segment(text))};
});

describe('articles full of unlisted names', () => {
	it('has articles to read', () => {
		expect(names.length).toBeGreaterThanOrEqual(5);
	});

	it('finds every quote and credits it', () => {
		const {metrics} = aggregate(scores.map(entry => entry.score));
		expect(metrics.quoteF1).toBe(1);
		expect(metrics.speakerAccuracy).toBeGreaterThanOrEqual(0.95);
		expect(metrics.wronglyAttributed).toBe(0);
	});

	it('types the people, places and organizations they name', () => {
		const {metrics} = aggregate(scores.map(entry => entry.score));
		expect(metrics.entityRecall.person).toBeGreaterThanOrEqual(0.95);
		expect(metrics.entityRecall.place).toBeGreaterThanOrEqual(0.9);
		expect(metrics.entityRecall.organization).toBeGreaterThanOrEqual(0.9);
		expect(metrics.entityPrecision).toBeGreaterThanOrEqual(0.95);
	});
});
