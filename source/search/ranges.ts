import type {SearchField, SearchHit} from './search.js';

/**
 * The ranges of a hit that fall on one field value, for highlighting it. A module of its own so
 * that drawing results does not load Fuse.js: the first screen is drawn before search is needed.
 */
export function rangesFor(hit: SearchHit, field: SearchField, value: string): Array<[number, number]> {
	return hit.matches.filter(match => match.field === field && match.value === value).flatMap(match => match.ranges);
}
