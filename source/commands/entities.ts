import type {Article, Entity, EntityType} from '../article/schema.js';
import {jsonOut, linesOut, oneLine, type TextOptions} from './output.js';
import {entityRecord} from './records.js';

export type EntitiesOptions = TextOptions & {json: boolean};

// Who and where first: that is what a reader of news looks for.
const groups: ReadonlyArray<{type: EntityType; heading: string}> = [
	{type: 'person', heading: 'People'},
	{type: 'place', heading: 'Places'},
	{type: 'organization', heading: 'Organizations'},
	{type: 'group', heading: 'Groups'},
	{type: 'event', heading: 'Events'},
	{type: 'work', heading: 'Works'},
	{type: 'other', heading: 'Other'},
];

/** Every entity with its type, role, aliases and mentions: grouped by type as text, one array as JSON. */
export function entitiesCommand(article: Article, options: EntitiesOptions): string {
	if (options.json) return jsonOut(article.entities.map(entity => entityRecord(entity)), options);
	const lines: string[] = [];
	const listed = new Set<string>(groups.map(group => group.type));
	for (const {type, heading} of groups) {
		// A type this version does not know of is still listed, under Other.
		const members = article.entities.filter(entity => entity.type === type || (type === 'other' && !listed.has(entity.type)));
		if (members.length === 0) continue;
		if (lines.length > 0) lines.push('');
		lines.push(`${heading} (${members.length})`);
		for (const entity of members) lines.push(`  ${entityLine(entity)}`);
	}

	return linesOut(lines, options);
}

/** `Name — role — aliases: A, B — N mentions`, leaving out what the article does not say. */
export function entityLine(entity: Entity): string {
	const count = entity.mentions.length;
	const parts = [
		entity.name,
		entity.role,
		entity.aliases.length > 0 ? `aliases: ${entity.aliases.join(', ')}` : undefined,
		`${count} ${count === 1 ? 'mention' : 'mentions'}`,
	];
	return parts
		.filter(part => part !== undefined)
		.map(part => oneLine(part))
		.join(' — ');
}
