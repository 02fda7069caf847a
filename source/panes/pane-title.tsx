import React from 'react';
import {padText} from './fit.js';
import {useLook} from './look.js';
import {Row} from './row.js';

export function PaneTitle({label, focused, width}: {label: string; focused: boolean; width: number}) {
	const look = useLook();
	return <Row pieces={[{text: padText(` ${label}`, width), style: focused ? look.focusedPaneTitle : look.paneTitle}]} width={width} />;
}
