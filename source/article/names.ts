import type {Article} from './schema.js';

const cache = new WeakMap<Article, ReadonlyMap<string, string>>();

/** Entity names by id, for naming speakers; worked out once per article. */
export function namesById(article: Article): ReadonlyMap<string, string> {
	let names = cache.get(article);
	if (!names) {
		names = new Map(article.entities.map(entity => [entity.id, entity.name]));
		cache.set(article, names);
	}

	return names;
}
