import {bindings, type KeyMode} from './keys.js';

export type HelpRow = {kind: 'heading'; text: string} | {kind: 'key'; label: string; description: string} | {kind: 'blank'};

const sections: Array<[string, KeyMode]> = [
	['Reading', 'browse'],
	['While typing a search', 'edit'],
];

/** The help screen's rows, built from the key table itself. */
export function helpRows(): HelpRow[] {
	const rows: HelpRow[] = [];
	for (const [title, mode] of sections) {
		if (rows.length > 0) rows.push({kind: 'blank'});
		rows.push({kind: 'heading', text: title});
		for (const binding of bindings) {
			if (binding.modes.includes(mode)) rows.push({kind: 'key', label: binding.label, description: binding.description});
		}
	}

	return rows;
}
