import chalk, {type ChalkInstance} from 'chalk';
import type {Style} from '../terminal/theme.js';
import type {Piece} from './fit.js';

/*
 * A row drawn as one string with its styles inside, so Ink lays out one text node per row
 * rather than one per styled piece: on every key press Ink lays out the whole screen, and
 * fewer nodes is what keeps that within a frame. Colour names, hex and ansi256(n) are read
 * as Ink reads them in its Text props.
 */

const cache = new Map<string, ChalkInstance>();

function painterFor(style: Style): ChalkInstance {
	const key = JSON.stringify(style);
	const cached = cache.get(key);
	if (cached) return cached;
	let painter: ChalkInstance = chalk;
	if (style.bold) painter = painter.bold;
	if (style.dimColor) painter = painter.dim;
	if (style.underline) painter = painter.underline;
	if (style.inverse) painter = painter.inverse;
	if (style.color) painter = withColour(painter, style.color, false);
	if (style.backgroundColor) painter = withColour(painter, style.backgroundColor, true);
	cache.set(key, painter);
	return painter;
}

function withColour(painter: ChalkInstance, colour: string, background: boolean): ChalkInstance {
	if (colour.startsWith('#')) return background ? painter.bgHex(colour) : painter.hex(colour);
	const index = /^ansi256\((\d+)\)$/.exec(colour);
	if (index) return background ? painter.bgAnsi256(Number(index[1])) : painter.ansi256(Number(index[1]));
	const name = background ? `bg${colour[0]!.toUpperCase()}${colour.slice(1)}` : colour;
	const named = (painter as unknown as Record<string, ChalkInstance | undefined>)[name];
	return named ?? painter;
}

/** The pieces of a row as one styled string. */
export function paintPieces(pieces: readonly Piece[]): string {
	let row = '';
	for (const piece of pieces) row += piece.style ? painterFor(piece.style)(piece.text) : piece.text;
	return row;
}
