import type {Article, Entity, EntityType} from '../article/schema.js';

/** How the entities pane groups entities, in this order. */
export const typeOrder: readonly EntityType[] = ['person', 'organization', 'place', 'group', 'event', 'work', 'other'];

export const typeHeadings: Record<EntityType, string> = {
	person: 'People',
	organization: 'Organizations',
	place: 'Places',
	group: 'Groups',
	event: 'Events',
	work: 'Works',
	other: 'Other',
};

export type EntityRow = {kind: 'heading'; type: EntityType; count: number} | {kind: 'entity'; entity: Entity; index: number};

const orderCache = new WeakMap<Article, {entities: Entity[]; rows: EntityRow[]; rowOf: number[]}>();

/** Entities grouped by type, most mentioned first, with a heading row before each group. */
export function entityList(article: Article): {entities: Entity[]; rows: EntityRow[]; rowOf: number[]} {
	const cached = orderCache.get(article);
	if (cached) return cached;
	const entities: Entity[] = [];
	const rows: EntityRow[] = [];
	const rowOf: number[] = [];
	for (const type of typeOrder) {
		const group = article.entities
			.filter(entity => entity.type === type)
			.sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
		if (group.length === 0) continue;
		rows.push({kind: 'heading', type, count: group.length});
		for (const entity of group) {
			rowOf.push(rows.length);
			rows.push({kind: 'entity', entity, index: entities.length});
			entities.push(entity);
		}
	}

	const list = {entities, rows, rowOf};
	orderCache.set(article, list);
	return list;
}

/** Rows a quote or a search result takes in its list. */
export const QUOTE_ROWS = 2;
export const RESULT_ROWS = 2;
export const LIBRARY_ROWS = 2;

/** The first row to show so that rows [first, first + size) stay in a view of `height` rows. */
export function scrollToShow(top: number, first: number, size: number, height: number, total: number): number {
	let next = top;
	if (first < next) next = first;
	if (first + size > next + height) next = first + size - height;
	return Math.max(0, Math.min(next, Math.max(0, total - height)));
}
