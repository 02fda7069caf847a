import {FORMAT_NAME, FORMAT_VERSION, type Article, type Entity, type Quote, type Range, type Segment} from '../article/schema.js';
import {findEntities, type FoundEntity} from './entities.js';
import {quoteKind} from './kind.js';
import {splitLayout} from './layout.js';
import {findQuoteSpans, type QuoteSpan} from './quotes.js';
import {lowerBound} from './search.js';
import {splitSentences} from './sentences.js';
import {attributeQuotes} from './speakers.js';
import {IdPool, slugify} from './slug.js';
import {deriveTitle} from './title.js';

/** Far beyond any article (a long one is 100,000 characters), small enough to segment in seconds. */
export const maxCharacters = 5_000_000;

const megabytes = (count: number): string => `${(count / 1_000_000).toFixed(1)} million`;

export interface SegmentOptions {
	/** The article id; a slug of the title when absent. */
	id?: string;
	/** The title; the text's own headline, or one written from the first sentence, when absent. */
	title?: string;
}

/**
 * Segments raw article text: paragraphs and headings, sentences, quotes with
 * their speakers, and the people, places and organizations named.
 * Throws an Error with a one-line message when there is no text to segment or far too much.
 */
export function segmentText(text: string, options: SegmentOptions = {}): Article {
	if (typeof text !== 'string') throw new TypeError('segmentText: expected the article text as a string');
	if (text.length > maxCharacters) {
		throw new Error(`segmentText: the text is ${megabytes(text.length)} characters long, more than the ${megabytes(maxCharacters)} an article may have`);
	}

	const layout = splitLayout(text);
	if (layout.blocks.length === 0 && layout.headline === undefined) throw new Error('segmentText: the text is empty');
	// A headline alone is still an article of one paragraph.
	const blocks = layout.blocks.length > 0 ? layout.blocks : [{kind: 'paragraph' as const, text: layout.headline!}];
	const headline = layout.blocks.length > 0 ? layout.headline : undefined;

	const texts = blocks.map(block => block.text);
	const sentences = texts.map(blockText => splitSentences(blockText));
	const segmentIds = new IdPool();
	let paragraphs = 0;
	let headings = 0;
	const segments: Segment[] = blocks.map((block, index) => ({
		id: segmentIds.take(block.kind === 'heading' ? `h${++headings}` : `p${++paragraphs}`),
		kind: block.kind,
		text: block.text,
		sentences: sentences[index]!,
	}));

	const headingBlocks = new Set(blocks.flatMap((block, index) => (block.kind === 'heading' ? [index] : [])));
	const spans = findQuoteSpans(texts);
	const spansByBlock = texts.map((): QuoteSpan[] => []);
	for (const span of spans) spansByBlock[span.block]!.push(span);
	const found = findEntities(texts, (block, start, end) => {
		const list = spansByBlock[block]!;
		const span = list[lowerBound(list, end, candidate => candidate.end)];
		if (span === undefined || start < span.start) return false;
		const quoted = texts[block]!.slice(span.start, span.end);
		return bareQuote(quoted) === texts[block]!.slice(start, end) || isTitleLike(quoted);
	}, headingBlocks);
	const attributions = attributeQuotes({blocks: texts, headings: headingBlocks, sentences, spans, entities: found});

	const entityIds = new IdPool();
	const idOf = new Map<FoundEntity, string>();
	const entities: Entity[] = found.map(entity => {
		const id = entityIds.take(slugify(entity.name, 'entity'));
		idOf.set(entity, id);
		const aliases = [...new Set(entity.mentions.map(mention => mention.text))].filter(alias => alias !== entity.name);
		return {
			id,
			name: entity.name,
			type: entity.type,
			aliases,
			...(entity.role === undefined ? {} : {role: entity.role}),
			mentions: entity.mentions.map(mention => ({segment: segments[mention.block]!.id, start: mention.start, end: mention.end, text: mention.text})),
		};
	});

	const quotes: Quote[] = spans.map((span, index) => {
		const attribution = attributions[index]!;
		const blockText = texts[span.block]!;
		const sentence = sentenceAt(sentences[span.block]!, Math.max(span.open, 0));
		return {
			id: `q${index + 1}`,
			text: blockText.slice(span.start, span.end),
			segment: segments[span.block]!.id,
			start: span.start,
			end: span.end,
			speaker: attribution.speaker === undefined ? null : idOf.get(attribution.speaker)!,
			cue: attribution.cue ?? null,
			kind: quoteKind(blockText, span, sentence, headingBlocks.has(span.block)),
			...(attribution.continues === undefined ? {} : {continues: `q${attribution.continues + 1}`}),
		};
	});

	const title = options.title?.trim() || headline || deriveTitle(firstSentence(segments));
	return {
		format: FORMAT_NAME,
		version: FORMAT_VERSION,
		meta: {
			// Ids given by the caller are kept when valid and made valid when not.
			id: options.id === undefined ? slugify(title) : slugify(options.id),
			title,
			titleOrigin: options.title?.trim() || headline !== undefined ? 'publisher' : 'pullquote',
		},
		segments,
		quotes,
		entities,
	};
}

function sentenceAt(ranges: readonly Range[], position: number): Range {
	return ranges[lowerBound(ranges, position + 1, range => range.end)] ?? ranges.at(-1) ?? {start: 0, end: 0};
}

function firstSentence(segments: readonly Segment[]): string {
	const segment = segments.find(candidate => candidate.kind === 'paragraph') ?? segments[0]!;
	const range = segment.sentences[0];
	return range === undefined ? segment.text : segment.text.slice(range.start, range.end);
}

/**
 * "One Front Door: A Shared Future for Brightwell and Ashcombe", "No Cameras in the Canteen":
 * a quote in title case is the name of a work, a slogan or a sign, and its capitals name nothing.
 */
function isTitleLike(quoted: string): boolean {
	const words = quoted.split(/\s+/).map(word => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(word => word.length > 3);
	if (words.length < 2 || quoted.split(/\s+/).length > 14) return false;
	return words.every(word => /^[\p{Lu}\p{N}]/u.test(word));
}

/** A quote without its surrounding spaces and punctuation: what a slogan or a title names. */
function bareQuote(text: string): string {
	// "known as “the Big Smoke”": an article opening the quoted name is not part of the name.
	return text.replace(/^[\s'"‘“]+|[\s.,;:!?'"’”]+$/g, '').replace(/^(?:the|a|an)\s+(?=\p{Lu})/u, '');
}
