import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {bundledArticlePath} from '../../source/article/load.js';
import {FORMAT_NAME, FORMAT_VERSION, type Article, type Entity, type Quote, type Segment} from '../../source/article/schema.js';
import type {LibraryPaths} from '../../source/library/paths.js';

/** A library, state and cache folder of its own under the system's temporary folder. */
export function temporaryLibrary(): {paths: LibraryPaths; root: string; cleanup: () => void} {
	const root = mkdtempSync(join(tmpdir(), 'pullquote-library-test-'));
	const paths: LibraryPaths = {library: join(root, 'library'), state: join(root, 'state'), cache: join(root, 'cache'), bundled: bundledArticlePath()};
	mkdirSync(paths.library, {recursive: true});
	return {paths, root, cleanup: () => rmSync(root, {recursive: true, force: true})};
}

export type Said = {speaker: string; role?: string; words: string};

/**
 * A small valid article: one paragraph per statement, "“words,” Speaker said.", with the
 * speakers as entities and their mentions, offsets computed rather than written by hand.
 */
export function makeArticle(id: string, title: string, statements: readonly Said[], places: readonly string[] = []): Article {
	const entities = new Map<string, Entity>();
	const entity = (name: string, type: Entity['type'], role?: string) => {
		const entityId = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
		let found = entities.get(entityId);
		if (found === undefined) {
			found = {id: entityId, name, type, aliases: [], ...(role === undefined ? {} : {role}), mentions: []};
			entities.set(entityId, found);
		}

		return found;
	};

	const segments: Segment[] = [];
	const quotes: Quote[] = [];
	for (const [index, said] of statements.entries()) {
		const segmentId = `p${index + 1}`;
		const place = places[index];
		const opening = place === undefined ? '' : `In ${place}, officials met. `;
		const start = opening.length + 1;
		const text = `${opening}“${said.words},” ${said.speaker} said.`;
		const speaker = entity(said.speaker, 'person', said.role);
		const nameStart = start + said.words.length + 3;
		speaker.mentions.push({segment: segmentId, start: nameStart, end: nameStart + said.speaker.length, text: said.speaker});
		if (place !== undefined) entity(place, 'place').mentions.push({segment: segmentId, start: 3, end: 3 + place.length, text: place});
		const sentences = opening === '' ? [{start: 0, end: text.length}] : [{start: 0, end: opening.length - 1}, {start: opening.length, end: text.length}];
		segments.push({id: segmentId, kind: 'paragraph', text, sentences});
		quotes.push({id: `q${index + 1}`, text: said.words, segment: segmentId, start, end: start + said.words.length, speaker: speaker.id, cue: 'said', kind: 'statement'});
	}

	return {format: FORMAT_NAME, version: FORMAT_VERSION, meta: {id, title, titleOrigin: 'pullquote'}, segments, quotes, entities: [...entities.values()]};
}

export function writeArticle(folder: string, name: string, article: Article): string {
	const file = join(folder, name);
	writeFileSync(file, `${JSON.stringify(article, null, '\t')}\n`);
	return file;
}

export const harbor = makeArticle(
	'harbor-dredging-vote',
	'Council approves harbor dredging after long fight',
	[
		{speaker: 'Marisol Quenneville', role: 'harbor commissioner', words: 'The channel has silted up so badly that freighters wait offshore for the tide'},
		{speaker: 'Tobias Arkwright', words: 'Nobody asked the fishermen whether they wanted the breakwater moved'},
	],
	['Port Ellery'],
);

export const orchard = makeArticle(
	'orchard-frost-losses',
	'Late frost wipes out half the apricot harvest',
	[
		{speaker: 'Henrietta Vasquez-Lindqvist', role: 'orchard owner', words: 'We lost the blossoms in a single night and there is no insurance for that'},
		{speaker: 'Dmitri Okonkwo', role: 'agronomist', words: 'Smudge pots and wind machines bought growers perhaps two degrees of reassurance'},
	],
	['Wenatchee'],
);

export const observatory = makeArticle(
	'observatory-funding',
	'Mountain observatory wins reprieve from closure',
	[{speaker: 'Priyanka Valdivieso', role: 'observatory director', words: 'A telescope that legitimately sees farther than any other should not be mothballed'}],
	['Vladivostok'],
);
