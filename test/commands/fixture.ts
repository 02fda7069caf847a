import type {Article, Entity, EntityType, Mention, Quote, Segment} from '../../source/article/schema.js';

/*
 * A small article written for these tests: a mayor quoted whole, in part and
 * across an attribution, a scare quote in a heading, an organization quoted,
 * and one entity of every type. Offsets are found from the text so the
 * fixture stays consistent when the wording changes.
 */

const texts: Array<[string, Segment['kind'], string]> = [
	['p1', 'paragraph', 'Mayor Ana Lindqvist said the sea wall was “long overdue” and promised work would start in spring.'],
	[
		'p2',
		'paragraph',
		'“We cannot wait for the next storm to decide for us,” Lindqvist told the Harbour Council on Monday. “The town has waited long enough.”',
	],
	['h1', 'heading', 'A “once in a century” storm'],
	[
		'p3',
		'paragraph',
		'Engineers from Nordvik Consulting put the cost at 40 million kronor. The Greens called the plan “a concrete fantasy”, and Erik Dahl voted against it.',
	],
	['p4', 'paragraph', 'The wall will run from Kalvhamn to the old lighthouse, along the line the 1962 Storm Surge reached.'],
	['p5', 'paragraph', 'Lindqvist set it beside the Harbour Act, calling it “the most important decision since the harbour itself”.'],
];

const segments: Segment[] = texts.map(([id, kind, text]) => ({id, kind, text, sentences: [{start: 0, end: text.length}]}));

function textOf(segment: string): string {
	const found = segments.find(candidate => candidate.id === segment);
	if (found === undefined) throw new Error(`fixture: no segment ${segment}`);
	return found.text;
}

/** Where the nth occurrence of words is in a segment. */
function place(segment: string, words: string, nth = 0): {segment: string; start: number; end: number; text: string} {
	const text = textOf(segment);
	let start = -1;
	for (let seen = 0; seen <= nth; seen++) start = text.indexOf(words, start + 1);
	if (start < 0) throw new Error(`fixture: "${words}" not in ${segment}`);
	return {segment, start, end: start + words.length, text: words};
}

function quote(
	id: string,
	segment: string,
	words: string,
	speaker: string | null,
	cue: string | null,
	kind: Quote['kind'],
	continues?: string,
): Quote {
	return {id, ...place(segment, words), speaker, cue, kind, ...(continues === undefined ? {} : {continues})};
}

function entity(id: string, name: string, type: EntityType, mentions: Mention[], extra: {aliases?: string[]; role?: string} = {}): Entity {
	return {id, name, type, aliases: extra.aliases ?? [], ...(extra.role === undefined ? {} : {role: extra.role}), mentions};
}

export const harbour: Article = {
	format: 'pullquote/segmented-article',
	version: 1,
	meta: {
		id: 'harbour-sea-wall',
		title: 'Harbour council approves a sea wall',
		titleOrigin: 'pullquote',
		publisher: 'Kalvhamn Tidning',
		source: 'Coastal Wire',
		date: '2026-03-02',
	},
	segments,
	quotes: [
		quote('q1', 'p1', 'long overdue', 'ana-lindqvist', 'said', 'partial'),
		quote('q2', 'p2', 'We cannot wait for the next storm to decide for us,', 'ana-lindqvist', 'told the Harbour Council', 'statement'),
		quote('q3', 'p2', 'The town has waited long enough.', 'ana-lindqvist', null, 'statement', 'q2'),
		quote('q4', 'h1', 'once in a century', null, null, 'partial'),
		quote('q5', 'p3', 'a concrete fantasy', 'the-greens', 'called the plan', 'partial'),
		quote('q6', 'p5', 'the most important decision since the harbour itself', 'ana-lindqvist', 'calling it', 'partial'),
	],
	entities: [
		entity('ana-lindqvist', 'Ana Lindqvist', 'person', [place('p1', 'Ana Lindqvist'), place('p2', 'Lindqvist'), place('p5', 'Lindqvist')], {
			aliases: ['Lindqvist'],
			role: 'Mayor',
		}),
		entity('erik-dahl', 'Erik Dahl', 'person', [place('p3', 'Erik Dahl')]),
		entity('kalvhamn', 'Kalvhamn', 'place', [place('p4', 'Kalvhamn')]),
		entity('harbour-council', 'Harbour Council', 'organization', [place('p2', 'Harbour Council')]),
		entity('nordvik-consulting', 'Nordvik Consulting', 'organization', [place('p3', 'Nordvik Consulting')]),
		entity('the-greens', 'the Greens', 'group', [place('p3', 'Greens')], {aliases: ['Greens']}),
		entity('storm-surge-1962', '1962 Storm Surge', 'event', [place('p4', '1962 Storm Surge')]),
		entity('harbour-act', 'Harbour Act', 'work', [place('p5', 'Harbour Act')]),
		entity('kronor', 'kronor', 'other', [place('p3', 'kronor')]),
	],
};

/** A copy of an article with a change made to it, for the cases the fixture does not cover. */
export function withChanges(article: Article, change: (copy: Article) => void): Article {
	const copy = structuredClone(article);
	change(copy);
	return copy;
}
