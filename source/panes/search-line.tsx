import React from 'react';
import {searchActive, type ReaderState} from '../reader/state.js';
import {useLook} from './look.js';
import {Row} from './row.js';

export function SearchLine({state, width}: {state: ReaderState; width: number}) {
	const look = useLook();
	if (!searchActive(state)) return <Row pieces={[{text: ' / search quotes and entities', style: look.muted}]} width={width} />;
	const count = state.query.trim() === '' ? '' : `  ${state.results.length} ${state.results.length === 1 ? 'match' : 'matches'}`;
	return (
		<Row
			pieces={[
				{text: ' /', style: look.heading},
				{text: state.query},
				...(state.editing ? [{text: ' ', style: look.selected}] : []),
				{text: count, style: look.muted},
			]}
			width={width}
		/>
	);
}
