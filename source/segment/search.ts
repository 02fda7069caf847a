/** The first index in a list sorted by `key` whose key is at least `value`. */
export function lowerBound<T>(list: readonly T[], value: number, key: (item: T) => number): number {
	let low = 0;
	let high = list.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (key(list[middle]!) < value) low = middle + 1;
		else high = middle;
	}

	return low;
}
