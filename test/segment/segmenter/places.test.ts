import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import type {Article} from '../../../source/article/schema.js';
import {aggregate, goldSchema, scoreArticle} from '../../../source/segment/score.js';
import {segment} from './helpers.js';

/*
 * Places that no list knows and few words describe: named only by the
 * preposition before them, the list they stand in, the way they are spelt or
 * the building they are.
 */
const directory = new URL('../fixtures/places/', import.meta.url);
const names = readdirSync(directory)
	.filter(file => file.endsWith('.txt'))
	.map(file => file.slice(0, -'.txt'.length))
	.sort();

const typeOf = (article: Article, name: string) => article.entities.find(entity => entity.name === name || entity.aliases.includes(name))?.type;

describe('places named with little to go on', () => {
	it('types the places of articles full of them', () => {
		const scores = names.map(name => {
			const text = readFileSync(new URL(`${name}.txt`, directory), 'utf8');
			const gold = goldSchema.parse(JSON.parse(readFileSync(new URL(`${name}.gold.json`, directory), 'utf8')));
			return scoreArticle(gold, segment(text));
		});
		const {metrics} = aggregate(scores);
		expect(names.length).toBeGreaterThanOrEqual(4);
		expect(metrics.entityRecall.place).toBeGreaterThanOrEqual(0.95);
		expect(metrics.entityRecall.person).toBe(1);
		expect(metrics.entityPrecision).toBeGreaterThanOrEqual(0.95);
	});

	it('takes a lone name after a preposition of place for a place', () => {
		const article = segment('The Corran rises on Brenmoor and runs through Pellow before it meets the sea beyond Tresk.');
		expect(typeOf(article, 'Brenmoor')).toBe('place');
		expect(typeOf(article, 'Pellow')).toBe('place');
		expect(typeOf(article, 'Tresk')).toBe('place');
	});

	it('takes two unknown words after "in" or "through" for a place when nothing says they are someone', () => {
		const article = segment('The road runs through Saltcote Magna. Ruth Ellery, who lives there, said the lorries were new.');
		expect(typeOf(article, 'Saltcote Magna')).toBe('place');
		expect(typeOf(article, 'Ruth Ellery')).toBe('person');
	});

	it('does not take a subject, a platform or a planet after "on" for a place', () => {
		const article = segment('Members want a vote on Trident. The mayor posted on Instagram. Life on Earth goes on.');
		expect(typeOf(article, 'Trident')).toBeUndefined();
		expect(typeOf(article, 'Instagram')).toBe('organization');
		expect(typeOf(article, 'Earth')).toBeUndefined();
	});

	it('types buildings, even those named with an institution’s word', () => {
		const article = segment('Shoppers outside Brightwell’s Guildhall were divided. The council meets in the Corn Exchange and the Assembly Rooms.');
		expect(typeOf(article, 'Guildhall')).toBe('place');
		expect(typeOf(article, 'Corn Exchange')).toBe('place');
		expect(typeOf(article, 'Assembly Rooms')).toBe('place');
	});

	it('takes a town from its council and from the places listed with it', () => {
		const article = segment('Tressingham Council met on Monday. Residents came from Leeds, Caldwick and Stainby to speak against it. Tressingham has no bus station.');
		expect(typeOf(article, 'Tressingham')).toBe('place');
		expect(typeOf(article, 'Tressingham Council')).toBe('organization');
		expect(typeOf(article, 'Caldwick')).toBe('place');
		expect(typeOf(article, 'Stainby')).toBe('place');
	});

	it('takes a name listed with places for a place, and finds it again later', () => {
		const article = segment('Voters in Pellbridge, Stowmere and Leeds were asked. Stowmere has no station.');
		const stowmere = article.entities.find(entity => entity.name === 'Stowmere');
		expect(stowmere?.type).toBe('place');
		expect(stowmere?.mentions).toHaveLength(2);
	});

	it('knows a town by its river and by the shape of its name', () => {
		const article = segment('Walkers set off from Kettleby-on-Skerra at dawn. The path climbs to Harrowmoor, then drops to the sea.');
		expect(typeOf(article, 'Kettleby-on-Skerra')).toBe('place');
		expect(typeOf(article, 'Harrowmoor')).toBe('place');
	});

	it('keeps "at" an employer after a job and a place after a site', () => {
		const article = segment('Analysts at Nordhavn were cautious. Lorries bound for the docks at Marshfleet would no longer pass through the town.');
		expect(typeOf(article, 'Nordhavn')).toBe('organization');
		expect(typeOf(article, 'Marshfleet')).toBe('place');
		const spelt = segment('Analysts at Ashford were cautious. A fire at Tollandgate closed the road.');
		expect(typeOf(spelt, 'Ashford')).toBe('organization');
		expect(typeOf(spelt, 'Tollandgate')).toBe('place');
	});

	it('takes a town from the county after it, a region from its compass point and a dateline from its country', () => {
		const article = segment('PELLBY, England (Reuters) — Families who moved from Saltcote Magna, Lincolnshire, settled in South Ashby. South Korean buyers came too.');
		expect(typeOf(article, 'Pellby')).toBe('place');
		expect(typeOf(article, 'Saltcote Magna')).toBe('place');
		expect(typeOf(article, 'Lincolnshire')).toBe('place');
		expect(typeOf(article, 'South Ashby')).toBe('place');
		expect(typeOf(article, 'South Korean')).toBeUndefined();
		expect(typeOf(segment('Kvalsund, Norway — The plant will close.'), 'Kvalsund')).toBe('place');
	});

	it('takes a town from what stands in it or lies around it, and a site from what happens there', () => {
		const article = segment('The bridge links Harlow, which lies on the Wendle, with the coast. Traffic in the old town of Tarnby was slow, and a meeting at Saltcote Magna was held.');
		expect(typeOf(article, 'Harlow')).toBe('place');
		expect(typeOf(article, 'Tarnby')).toBe('place');
		expect(typeOf(article, 'Saltcote Magna')).toBe('place');
	});

	it('keeps a racer listed with her country a person', () => {
		const article = segment('Second was Alva Renning, Norway, and third was Ines Marquart, Austria.');
		expect(typeOf(article, 'Alva Renning')).toBe('person');
	});

	it('keeps a foreign firm whole across its "og", knows one by its trade and a publication by its "The"', () => {
		const article = segment('Lunde Fisk og Skalldyr will close the plant, its chief executive told The Fiskeribladet on Monday.');
		expect(typeOf(article, 'Lunde Fisk og Skalldyr')).toBe('organization');
		expect(typeOf(article, 'The Fiskeribladet')).toBe('organization');
		expect(typeOf(segment('Halbach Schienentechnik won the contract.'), 'Halbach Schienentechnik')).toBe('organization');
	});
});
