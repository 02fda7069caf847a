import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// zod/mini, the same validator without the weight of its method chains (a third of the
// program's code), comes without messages; English ones say what is wrong in a file.
z.config(en());

/*
 * The segmented-article format, version 1. The TypeScript types are inferred from
 * this schema so the file format, the runtime validation and the code cannot drift.
 * Ranges are UTF-16 code-unit offsets into a segment's `text`, end exclusive,
 * as JavaScript's String.prototype.slice takes them.
 */

export const FORMAT_NAME = 'pullquote/segmented-article';
export const FORMAT_VERSION = 1;

const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes'));

const offset = z.int().check(z.nonnegative());
const someText = z.string().check(z.minLength(1));

export const rangeSchema = z.object({start: offset, end: offset});

export const metaSchema = z.object({
	id,
	title: someText,
	/** "publisher" when the title is the article's own headline, "pullquote" when we wrote it. */
	titleOrigin: z.enum(['publisher', 'pullquote']),
	source: z.optional(someText),
	publisher: z.optional(someText),
	date: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}/, 'must be an ISO 8601 date'))),
	url: z.optional(z.url()),
});

export const segmentSchema = z.object({
	id,
	kind: z.enum(['heading', 'paragraph']),
	text: someText,
	sentences: z.array(rangeSchema),
});

export const quoteSchema = z.object({
	id,
	/** The quoted words exactly as printed, without the quotation marks. */
	text: someText,
	segment: id,
	start: offset,
	end: offset,
	/** Entity id of whoever said it; null for scare quotes, terms and titles. */
	speaker: z.nullable(id),
	/** The words that attribute the quote ("said", "told reporters"), or null. */
	cue: z.nullable(someText),
	/** "statement": a whole quoted statement; "partial": a few words inside reported speech. */
	kind: z.enum(['statement', 'partial']),
	/** Id of the quote this one carries on from: a quote split by its attribution or continued in the next paragraph. */
	continues: z.optional(id),
});

export const mentionSchema = z.object({
	segment: id,
	start: offset,
	end: offset,
	text: someText,
});

export const entityTypes = ['person', 'place', 'organization', 'group', 'event', 'work', 'other'] as const;

export const entitySchema = z.object({
	id,
	name: someText,
	type: z.enum(entityTypes),
	aliases: z.array(someText),
	/** The role or title the article gives the entity ("Russian President"). */
	role: z.optional(someText),
	mentions: z.array(mentionSchema),
});

export const articleSchema = z.object({
	format: z.literal(FORMAT_NAME),
	version: z.literal(FORMAT_VERSION),
	meta: metaSchema,
	segments: z.array(segmentSchema).check(z.minLength(1)),
	quotes: z.array(quoteSchema),
	entities: z.array(entitySchema),
});

export type Range = z.infer<typeof rangeSchema>;
export type ArticleMeta = z.infer<typeof metaSchema>;
export type Segment = z.infer<typeof segmentSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Mention = z.infer<typeof mentionSchema>;
export type EntityType = (typeof entityTypes)[number];
export type Entity = z.infer<typeof entitySchema>;
export type Article = z.infer<typeof articleSchema>;
