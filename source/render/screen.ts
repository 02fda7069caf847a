// What the terminal shows, row by row, and the bytes that turn it into the next frame.
// The terminal's cursor position and rendition are tracked exactly, so moves and style
// changes are written only when needed and in their shortest form.
import {blankCells, parseCells} from './cells.js';
import type {RowCells} from './cells.js';
import {findShift} from './scroll.js';
import type {Shift} from './scroll.js';
import {styleTransition} from './style.js';

const csi = '\u001B[';
export const resetRendition = `${csi}m`;
export const eraseLineEnd = `${csi}K`;
const eraseBelow = `${csi}J`;

function utf8Length(text: string): number {
	let length = 0;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code < 0x80) length += 1;
		else if (code < 0x800) length += 2;
		else if (code >= 0xD800 && code < 0xDC00) {
			length += 4;
			index++;
		} else length += 3;
	}

	return length;
}

function repeatMove(count: number, final: string): string {
	return count === 1 ? `${csi}${final}` : `${csi}${count}${final}`;
}

export class Screen {
	private keys: string[];
	private cells: Array<RowCells | undefined>;
	/** Style id the terminal currently draws with. */
	private style = 0;
	private row = 0;
	private column = 0;
	/** False after writing text whose width the terminal may count differently, or at the last column. */
	private columnKnown = true;

	/** Parsed rows by line, so a line that scrolls or comes back is not parsed again. */
	private readonly parsed = new Map<string, RowCells>();
	private readonly blank: RowCells;

	constructor(readonly columns: number, readonly rows: number) {
		this.blank = blankCells(columns);
		this.keys = Array.from({length: rows}, () => '');
		this.cells = Array.from({length: rows}, () => undefined);
	}

	/** Bytes that clear the terminal so that it matches this (empty) model. */
	clear(): string {
		this.row = 0;
		this.column = 0;
		this.columnKnown = true;
		const reset = this.style === 0 ? '' : resetRendition;
		this.style = 0;
		this.keys.fill('');
		this.cells.fill(undefined);
		return `${csi}r${reset}${csi}H${csi}2J`;
	}

	/** Bytes that make the terminal show `lines` (cut to the screen's height). */
	paint(lines: readonly string[]): string {
		const next = Array.from({length: this.rows}, (_, index) => lines[index] ?? '');
		let out = '';

		const shift = this.chooseShift(next);
		if (shift) out += this.scroll(shift);

		let clearFrom = this.rows;
		while (clearFrom > 0 && next[clearFrom - 1] === '') clearFrom--;
		const leftovers = this.keys.slice(clearFrom).filter(line => line !== '').length;

		for (let row = 0; row < this.rows; row++) {
			if (this.keys[row] === next[row]) continue;
			if (row >= clearFrom && leftovers > 1) {
				// Everything below the frame goes in one erase.
				out += this.moveTo(row, 0) + this.setStyle(0) + eraseBelow;
				this.keys.fill('', row);
				this.cells.fill(undefined, row);
				break;
			}

			const line = next[row] ?? '';
			const fresh = this.parse(line);
			out += this.paintRow(row, this.cellsAt(row), fresh);
			this.keys[row] = line;
			this.cells[row] = fresh;
		}

		return out + this.setStyle(0);
	}

	/** Bytes that put the cursor at a cell (for a cursor Ink shows, e.g. in a text field). */
	placeCursor(x: number, y: number): string {
		return this.moveTo(Math.min(Math.max(y, 0), this.rows - 1), Math.min(Math.max(x, 0), this.columns - 1));
	}

	private cellsAt(row: number): RowCells {
		let cells = this.cells[row];
		if (!cells) {
			cells = this.parse(this.keys[row] ?? '');
			this.cells[row] = cells;
		}

		return cells;
	}

	private parse(line: string): RowCells {
		if (line === '') return this.blank;
		let cells = this.parsed.get(line);
		if (!cells) {
			cells = parseCells(line, this.columns);
			// Keep about a few screens' worth: enough for scrolling back and forth.
			if (this.parsed.size >= this.rows * 8) this.parsed.delete(this.parsed.keys().next().value ?? '');
			this.parsed.set(line, cells);
		}

		return cells;
	}

	private chooseShift(next: readonly string[]): Shift | undefined {
		const drawCost = next.map(line => (line === '' ? 0 : utf8Length(line) + 6));
		const changeCost = next.map((line, row) => {
			if (line === this.keys[row]) return 0;
			if (line === '') return 4;
			if (this.keys[row] === '') return drawCost[row] ?? 0;
			return Math.min(drawCost[row] ?? 0, this.changedColumns(row, line) + 8);
		});
		return findShift(this.keys, next, drawCost, changeCost);
	}

	/** Roughly how many columns differ between the row now and `line`. */
	private changedColumns(row: number, line: string): number {
		const now = this.cellsAt(row);
		const fresh = this.parse(line);
		let changed = 0;
		for (let column = 0; column < this.columns; column++) {
			if (now.chars[column] !== fresh.chars[column] || now.styles[column] !== fresh.styles[column]) changed++;
		}

		return changed;
	}

	private scroll(shift: Shift): string {
		const {top, bottom, amount} = shift;
		const whole = top === 0 && bottom === this.rows - 1;
		const distance = Math.abs(amount);
		let out = this.setStyle(0);
		if (!whole) out += `${csi}${top + 1};${bottom + 1}r`;
		out += repeatMove(distance, amount > 0 ? 'S' : 'T');
		if (!whole) {
			out += `${csi}r`;
			// Setting the region homes the cursor.
			this.row = 0;
			this.column = 0;
			this.columnKnown = true;
		}

		const keys = this.keys.slice(top, bottom + 1);
		const cells = this.cells.slice(top, bottom + 1);
		const emptyKeys = Array.from({length: distance}, () => '');
		const emptyCells = Array.from({length: distance}, () => undefined);
		const movedKeys = amount > 0 ? [...keys.slice(distance), ...emptyKeys] : [...emptyKeys, ...keys.slice(0, keys.length - distance)];
		const movedCells = amount > 0 ? [...cells.slice(distance), ...emptyCells] : [...emptyCells, ...cells.slice(0, cells.length - distance)];
		this.keys.splice(top, movedKeys.length, ...movedKeys);
		this.cells.splice(top, movedCells.length, ...movedCells);
		return out;
	}

	private paintRow(row: number, now: RowCells, fresh: RowCells): string {
		const {columns} = this;
		const same = (column: number) => now.chars[column] === fresh.chars[column] && now.styles[column] === fresh.styles[column];
		let limit = Math.min(now.risky, fresh.risky);
		if (limit < columns && fresh.chars[limit] === '') limit--;

		const runs: Array<[number, number]> = [];
		for (let column = 0; column < limit; ) {
			if (same(column)) {
				column++;
				continue;
			}

			let start = column;
			while (column < limit && !same(column)) column++;
			let end = column;
			if (start > 0 && fresh.chars[start] === '') start--;
			if (end < columns && fresh.chars[end] === '') end++;
			const previous = runs.at(-1);
			if (previous && this.gapCost(fresh, previous[1], start) <= this.skipCost(start - previous[1])) previous[1] = end;
			else runs.push([start, end]);
		}

		let tail = limit;
		let tailChanged = false;
		for (let column = limit; column < columns && !tailChanged; column++) tailChanged = !same(column);
		const lastRun = runs.at(-1);
		if (tailChanged && lastRun && lastRun[1] >= limit) {
			tail = lastRun[0];
			runs.pop();
		}

		let out = '';
		for (const [start, end] of runs) {
			out += this.moveTo(row, start);
			const contentEnd = Math.min(end, Math.max(start, fresh.width));
			out += this.writeCells(fresh, start, contentEnd);
			if (contentEnd < end) {
				// The new row ends here and the old one went further: erase rather than pad.
				if (now.width - contentEnd > 3) {
					out += this.setStyle(0) + eraseLineEnd;
					return out;
				}

				out += this.setStyle(0) + ' '.repeat(end - contentEnd);
				this.column = end;
				this.columnKnown = end < columns;
			}
		}

		if (tailChanged) {
			// From here the terminal may place characters elsewhere than string-width says:
			// erase first, then write the rest of the row in one go.
			out += this.moveTo(row, tail) + this.setStyle(0) + eraseLineEnd;
			out += this.writeCells(fresh, tail, fresh.width);
			this.columnKnown = false;
		}

		return out;
	}

	private writeCells(cells: RowCells, start: number, end: number): string {
		let out = '';
		for (let column = start; column < end; ) {
			const char = cells.chars[column] ?? ' ';
			const style = cells.styles[column] ?? 0;
			if (char === ' ' && style === 0) {
				// A long run of blanks is cheaper erased (ECH) than written, and skipped if more follows.
				let blankEnd = column + 1;
				while (blankEnd < end && cells.chars[blankEnd] === ' ' && cells.styles[blankEnd] === 0) blankEnd++;
				const length = blankEnd - column;
				const erase = `${csi}${length}X`;
				const cost = erase.length + (blankEnd < end ? this.skipCost(length) : 0) + (this.style === 0 ? 0 : 3);
				if (cost < length) {
					out += this.setStyle(0) + erase;
					if (blankEnd < end) out += repeatMove(length, 'C');
					else {
						this.column = column;
						this.columnKnown = true;
						return out;
					}

					column = blankEnd;
					continue;
				}
			}

			column++;
			if (char === '') continue;
			out += this.setStyle(style) + char;
		}

		if (end > start) {
			this.column = end;
			this.columnKnown = end < this.columns;
		}

		return out;
	}

	/** Bytes to rewrite columns [from, to) of `cells` as they are. */
	private gapCost(cells: RowCells, from: number, to: number): number {
		let cost = 0;
		let style = cells.styles[from - 1] ?? 0;
		for (let column = from; column < to; column++) {
			const char = cells.chars[column] ?? ' ';
			cost += utf8Length(char);
			if (cells.styles[column] !== style) {
				cost += 8;
				style = cells.styles[column] ?? 0;
			}
		}

		return cost;
	}

	private skipCost(distance: number): number {
		return distance === 1 ? 3 : 3 + String(distance).length;
	}

	private setStyle(id: number): string {
		const out = styleTransition(this.style, id);
		this.style = id;
		return out;
	}

	private moveTo(row: number, column: number): string {
		if (row === this.row && column === this.column && this.columnKnown) return '';
		const options: string[] = [];
		const rowPart = row === 0 && column === 0 ? '' : String(row + 1);
		options.push(`${csi}${rowPart}${column === 0 ? '' : `;${column + 1}`}H`);
		const forward = (distance: number) => (distance === 0 ? '' : repeatMove(distance, 'C'));
		if (row === this.row) {
			if (column === 0) options.push('\r');
			options.push(`${csi}${column === 0 ? '' : column + 1}G`);
			if (this.columnKnown && column > this.column) options.push(forward(column - this.column));
			if (this.columnKnown && column < this.column) options.push(repeatMove(this.column - column, 'D'));
		} else if (row > this.row) {
			options.push(repeatMove(row - this.row, 'E') + forward(column));
		} else {
			options.push(repeatMove(this.row - row, 'F') + forward(column));
		}

		this.row = row;
		this.column = column;
		this.columnKnown = true;
		return options.reduce((best, option) => (option.length < best.length ? option : best));
	}
}
