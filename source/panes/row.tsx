import {Text} from 'ink';
import React from 'react';
import type {Piece} from './fit.js';
import {useLook} from './look.js';
import {paintRow} from './screen.js';

/** One line of the screen, cut to its width: the whole screen is drawn as a stack of these. */
export function Row({pieces, width}: {pieces: Piece[]; width: number}) {
	return <Text>{paintRow(pieces, width, useLook())}</Text>;
}
