import {Text} from 'ink';
import React from 'react';
import {fitPieces, type Piece} from './fit.js';
import {useLook} from './look.js';
import {paintPieces} from './paint.js';

/** One screen row, cut to its width: every pane is drawn as a stack of these. */
export function Row({pieces, width}: {pieces: Piece[]; width: number}) {
	const look = useLook();
	const fitted = fitPieces(
		pieces.map(piece => ({...piece, text: look.display(piece.text)})),
		width,
		look.glyphs.ellipsis,
	);
	return <Text>{fitted.length === 0 ? ' ' : paintPieces(fitted)}</Text>;
}

/** Rows padded to a fixed count, so panes keep their height. */
export function Rows({rows, width, height}: {rows: Piece[][]; width: number; height: number}) {
	const shown = rows.slice(0, height);
	while (shown.length < height) shown.push([]);
	return (
		<>
			{shown.map((pieces, index) => (
				<Row key={index} pieces={pieces} width={width} />
			))}
		</>
	);
}
