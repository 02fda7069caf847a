import {Text} from 'ink';
import React, {memo} from 'react';
import type {Piece} from './fit.js';
import {useLook, type Style} from './look.js';
import {paintRow} from './screen.js';

/** One line of the screen, cut to its width: the whole screen is drawn as a stack of these. */
export const Row = memo(
	function Row({pieces, width}: {pieces: Piece[]; width: number}) {
		return <Text>{paintRow(pieces, width, useLook())}</Text>;
	},
	// Most lines are the same after a key press; comparing their pieces is cheaper than drawing them.
	(before, after) => before.width === after.width && samePieces(before.pieces, after.pieces),
);

function samePieces(first: Piece[], second: Piece[]): boolean {
	return (
		first.length === second.length &&
		first.every((piece, index) => {
			const other = second[index]!;
			return piece.text === other.text && piece.matched === other.matched && sameStyle(piece.style, other.style);
		})
	);
}

function sameStyle(first: Style | undefined, second: Style | undefined): boolean {
	if (first === second) return true;
	if (!first || !second) return false;
	const keys = Object.keys(first) as Array<keyof Style>;
	return keys.length === Object.keys(second).length && keys.every(key => first[key] === second[key]);
}
