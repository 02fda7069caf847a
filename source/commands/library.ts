import type {LibraryEntry} from '../library/library.js';
import type {LibraryHit} from '../search/library-search.js';
import {jsonOut, linesOut, oneLine, type TextOptions} from './output.js';
import {quoteLine} from './quotes.js';
import {hitRecord} from './search.js';

type Options = TextOptions & {json: boolean};

/** `pullquote list`: one line per article (id, title, source, date, quotes), or why a file does not load. */
export function libraryListing(entries: readonly LibraryEntry[], options: Options): string {
	if (options.json) {
		return jsonOut(
			entries.map(entry =>
				entry.ok
					? {id: entry.id, title: entry.title, source: entry.source ?? null, publisher: entry.publisher ?? null, date: entry.date ?? null, quotes: entry.quotes, entities: entry.entities, bundled: entry.bundled, file: entry.file}
					: {id: entry.id, error: entry.error, bundled: entry.bundled, file: entry.file},
			),
			options,
		);
	}

	const idWidth = Math.max(2, ...entries.map(entry => entry.id.length));
	return linesOut(
		entries.map(entry => {
			const id = entry.id.padEnd(idWidth);
			if (!entry.ok) return `${id}  cannot be opened: ${oneLine(entry.error)}`;
			const details = [entry.publisher ?? entry.source, entry.date, `${entry.quotes} quotes`, entry.bundled ? 'bundled' : undefined].filter(Boolean).join(', ');
			return `${id}  ${oneLine(entry.title)} (${details})`;
		}),
		options,
	);
}

/** `pullquote search --all`: like search on one article, each hit with the article it stands in. */
export function libraryHitsOutput(hits: readonly LibraryHit[], options: Options): string {
	const names = (hit: LibraryHit) => new Map(hit.kind === 'quote' && hit.quote.speaker !== null && hit.speaker !== null ? [[hit.quote.speaker, hit.speaker]] : []);
	if (options.json) {
		return jsonOut(
			hits.map(hit => ({...hitRecord(hit, names(hit)), articleId: hit.articleId, articleTitle: hit.articleTitle})),
			options,
		);
	}

	const rankWidth = String(hits.length).length;
	return linesOut(
		hits.map((hit, index) => {
			const what = hit.kind === 'quote' ? quoteLine(hit.quote, names(hit)) : oneLine(`${hit.entity.name} (${hit.entity.type})`);
			return `${String(index + 1).padStart(rankWidth)}. ${hit.kind.padEnd(6)} ${hit.score.toFixed(3)}  ${what}  [${oneLine(hit.articleTitle)}]`;
		}),
		options,
	);
}
