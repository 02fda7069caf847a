import type {Article, Entity, EntityType, Mention, Quote} from '../article/schema.js';

/*
 * The objects the commands print as JSON. Quotes and entities look the same
 * whichever command prints them, so a script can use the output of one
 * command the way it uses another's.
 */

export type QuoteRecord = {
	id: string;
	/** The quoted words, without quotation marks. */
	text: string;
	/** The speaker's canonical name; null for scare quotes, terms and titles. */
	speaker: string | null;
	speakerId: string | null;
	cue: string | null;
	kind: Quote['kind'];
	segment: string;
	start: number;
	end: number;
	/** Id of the earlier quote this one carries on, or null. */
	continues: string | null;
};

export type EntityRecord = {
	id: string;
	name: string;
	type: EntityType;
	aliases: string[];
	role: string | null;
	mentionCount: number;
	mentions: Mention[];
};

export {namesById} from '../article/names.js';

/** The speaker as readers know them; an id with no entity (a damaged file) is shown as the id. */
export function speakerName(quote: Quote, names: ReadonlyMap<string, string>): string | null {
	return quote.speaker === null ? null : (names.get(quote.speaker) ?? quote.speaker);
}

export function quoteRecord(quote: Quote, names: ReadonlyMap<string, string>): QuoteRecord {
	return {
		id: quote.id,
		text: quote.text,
		speaker: speakerName(quote, names),
		speakerId: quote.speaker,
		cue: quote.cue,
		kind: quote.kind,
		segment: quote.segment,
		start: quote.start,
		end: quote.end,
		continues: quote.continues ?? null,
	};
}

export function entityRecord(entity: Entity): EntityRecord {
	return {
		id: entity.id,
		name: entity.name,
		type: entity.type,
		aliases: [...entity.aliases],
		role: entity.role ?? null,
		mentionCount: entity.mentions.length,
		mentions: entity.mentions.map(({segment, start, end, text}) => ({segment, start, end, text})),
	};
}
