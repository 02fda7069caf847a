// Finds the one scroll that saves the most bytes between two screens: a block of rows
// [top, bottom] whose content moved up (amount > 0) or down (amount < 0) as a whole. The
// terminal then moves those rows itself (scroll region + scroll) and only the rows that
// scrolled in, and rows that changed anyway, are drawn.

export type Shift = {readonly top: number; readonly bottom: number; readonly amount: number};

/** Bytes to set the region, scroll and reset the region: the price a shift must beat. */
export function shiftCost(shift: Shift, rows: number): number {
	const distance = Math.abs(shift.amount);
	const scroll = distance === 1 ? 3 : 3 + String(distance).length;
	if (shift.top === 0 && shift.bottom === rows - 1) return scroll;
	return scroll + 4 + String(shift.top + 1).length + String(shift.bottom + 1).length + 3;
}

const maxCandidates = 6;

/**
 * `drawCost[i]` is what drawing `next[i]` over an unrelated row costs, `changeCost[i]` what
 * turning `previous[i]` into `next[i]` costs; `''` is an empty row. Rows are compared as
 * whole strings, so only rows that moved across the full width match.
 */
export function findShift(
	previous: readonly string[],
	next: readonly string[],
	drawCost: readonly number[],
	changeCost: readonly number[],
): Shift | undefined {
	const rows = next.length;
	const where = new Map<string, number[]>();
	for (const [index, line] of previous.entries()) {
		if (line === '') continue;
		const list = where.get(line);
		if (list) list.push(index);
		else where.set(line, [index]);
	}

	// Each row that changed and can be found elsewhere in the old screen votes for a distance.
	const votes = new Map<number, number>();
	for (const [index, line] of next.entries()) {
		if (line === '' || line === previous[index]) continue;
		for (const from of where.get(line) ?? []) {
			const amount = from - index;
			votes.set(amount, (votes.get(amount) ?? 0) + 1);
		}
	}

	if (votes.size === 0) return undefined;
	const candidates = [...votes.entries()].sort((a, b) => b[1] - a[1]).slice(0, maxCandidates).map(([amount]) => amount);

	const plain = prefixSums(rows, index => changeCost[index] ?? 0);
	const blank = prefixSums(rows, index => (next[index] === '' ? 0 : drawCost[index] ?? 0));

	let best: Shift | undefined;
	let bestGain = 0;
	for (const amount of candidates) {
		const distance = Math.abs(amount);
		const moved = prefixSums(rows, index => {
			const from = index + amount;
			return from >= 0 && from < rows && next[index] === previous[from] ? 0 : drawCost[index] ?? 0;
		});
		for (let top = 0; top < rows; top++) {
			for (let bottom = top + distance; bottom < rows; bottom++) {
				// Moving up, the last `distance` rows of the region scroll in blank; moving down, the first.
				const cost = amount > 0
					? range(moved, top, bottom - distance) + range(blank, bottom - distance + 1, bottom)
					: range(blank, top, top + distance - 1) + range(moved, top + distance, bottom);
				const shift = {top, bottom, amount};
				const gain = range(plain, top, bottom) - cost - shiftCost(shift, rows);
				if (gain > bestGain) {
					bestGain = gain;
					best = shift;
				}
			}
		}
	}

	return best;
}

function prefixSums(length: number, value: (index: number) => number): number[] {
	const sums = [0];
	for (let index = 0; index < length; index++) sums.push((sums[index] ?? 0) + value(index));
	return sums;
}

/** Sum of the values at first..last, inclusive. */
function range(sums: readonly number[], first: number, last: number): number {
	if (last < first) return 0;
	return (sums[last + 1] ?? 0) - (sums[first] ?? 0);
}
