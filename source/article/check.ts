import type {Article} from './schema.js';

/*
 * Checks what the schema cannot: that ids are unique, that every reference
 * points at something that exists, and that every range holds exactly the text
 * it claims. Each problem is one line, its path written as in the file.
 */
export function findProblems(article: Article): string[] {
	const problems: string[] = [];
	const segments = new Map<string, string>();
	const entityIds = new Set<string>();
	const quoteIds = new Set<string>();

	const checkRange = (path: string, segmentId: string, start: number, end: number, expected?: string) => {
		const text = segments.get(segmentId);
		if (text === undefined) {
			problems.push(`${path}.segment: no segment "${segmentId}"`);
			return;
		}

		if (end <= start || end > text.length) {
			problems.push(`${path}: range ${start}-${end} does not fit segment "${segmentId}" (${text.length} characters)`);
			return;
		}

		const actual = text.slice(start, end);
		if (expected !== undefined && actual !== expected) {
			problems.push(`${path}.text: ${JSON.stringify(expected)} but the range holds ${JSON.stringify(actual)}`);
		}
	};

	for (const [index, segment] of article.segments.entries()) {
		if (segments.has(segment.id)) problems.push(`segments[${index}].id: "${segment.id}" is used twice`);
		segments.set(segment.id, segment.text);
		let previousEnd = 0;
		for (const [sentenceIndex, sentence] of segment.sentences.entries()) {
			const path = `segments[${index}].sentences[${sentenceIndex}]`;
			if (sentence.end <= sentence.start || sentence.end > segment.text.length) {
				problems.push(`${path}: range ${sentence.start}-${sentence.end} does not fit the segment`);
			} else if (sentence.start < previousEnd) {
				problems.push(`${path}: overlaps the sentence before it`);
			}

			previousEnd = sentence.end;
		}
	}

	for (const [index, entity] of article.entities.entries()) {
		if (entityIds.has(entity.id)) problems.push(`entities[${index}].id: "${entity.id}" is used twice`);
		entityIds.add(entity.id);
		for (const [mentionIndex, mention] of entity.mentions.entries()) {
			checkRange(`entities[${index}].mentions[${mentionIndex}]`, mention.segment, mention.start, mention.end, mention.text);
		}
	}

	for (const [index, quote] of article.quotes.entries()) {
		const path = `quotes[${index}]`;
		if (quoteIds.has(quote.id)) problems.push(`${path}.id: "${quote.id}" is used twice`);
		if (quote.continues !== undefined && !quoteIds.has(quote.continues)) {
			problems.push(`${path}.continues: no earlier quote "${quote.continues}"`);
		}

		quoteIds.add(quote.id);
		if (quote.speaker !== null && !entityIds.has(quote.speaker)) {
			problems.push(`${path}.speaker: no entity "${quote.speaker}"`);
		}

		checkRange(path, quote.segment, quote.start, quote.end, quote.text);
	}

	return problems;
}
