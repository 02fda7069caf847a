/*
 * A title written from the first sentence when the article brings no headline:
 * its first clause, cut at a word boundary and without final punctuation.
 */

const maxWords = 14;

export function deriveTitle(sentence: string): string {
	// Only the opening words can become a title; a huge first sentence must not cost more.
	const flat = sentence.slice(0, 400).replace(/\s+/g, ' ').trim();
	const clause = /^(.{30,}?)[,;:—–](?:\s|$)/u.exec(flat)?.[1] ?? flat;
	const words = clause.split(' ');
	let title = words.length > maxWords ? `${words.slice(0, maxWords).join(' ')}…` : clause;
	title = title.replace(/[\s.,;:!?]+$/u, '');
	return title === '' ? 'Untitled article' : title;
}
