/*
 * The one key table. Input handling looks keys up here and the help screen is
 * drawn from it, so the two cannot disagree.
 */

export type Command =
	| 'focus-next'
	| 'focus-previous'
	| 'down'
	| 'up'
	| 'page-down'
	| 'page-up'
	| 'top'
	| 'bottom'
	| 'search'
	| 'open'
	| 'next'
	| 'previous'
	| 'zoom'
	| 'copy'
	| 'mark'
	| 'marks'
	| 'library'
	| 'back'
	| 'help'
	| 'quit'
	| 'delete-character';

/** Where a binding works: while browsing the panes, while typing a search, or both. */
export type KeyMode = 'browse' | 'edit';

export type Binding = {
	command: Command;
	/** Key names as keyName() in the input layer produces them. */
	keys: string[];
	/** How the help screen writes the keys. */
	label: string;
	description: string;
	modes: KeyMode[];
};

const both: KeyMode[] = ['browse', 'edit'];
const browse: KeyMode[] = ['browse'];

export const bindings: readonly Binding[] = [
	{command: 'focus-next', keys: ['tab'], label: 'Tab', description: 'next pane', modes: browse},
	{command: 'focus-previous', keys: ['shift+tab'], label: 'Shift-Tab', description: 'previous pane', modes: browse},
	{command: 'down', keys: ['j', 'down', 'ctrl+n'], label: 'j / Down', description: 'scroll or select down', modes: browse},
	{command: 'up', keys: ['k', 'up', 'ctrl+p'], label: 'k / Up', description: 'scroll or select up', modes: browse},
	{command: 'down', keys: ['down', 'ctrl+n'], label: 'Down', description: 'next search result', modes: ['edit']},
	{command: 'up', keys: ['up', 'ctrl+p'], label: 'Up', description: 'previous search result', modes: ['edit']},
	{command: 'page-down', keys: ['space', 'pagedown', 'ctrl+f'], label: 'Space / PgDn', description: 'page down', modes: browse},
	{command: 'page-up', keys: ['b', 'pageup', 'ctrl+b'], label: 'b / PgUp', description: 'page up', modes: browse},
	{command: 'top', keys: ['g', 'home'], label: 'g / Home', description: 'go to the top', modes: browse},
	{command: 'bottom', keys: ['G', 'end'], label: 'G / End', description: 'go to the bottom', modes: browse},
	{command: 'search', keys: ['/'], label: '/', description: 'search quotes and entities', modes: browse},
	{command: 'open', keys: ['return'], label: 'Enter', description: 'jump to the selection in the article', modes: both},
	{command: 'next', keys: ['n'], label: 'n', description: 'next mention or search result', modes: browse},
	{command: 'previous', keys: ['N'], label: 'N', description: 'previous mention or search result', modes: browse},
	{command: 'zoom', keys: ['z'], label: 'z', description: 'zoom the pane to the full screen and back', modes: browse},
	{command: 'copy', keys: ['y'], label: 'y', description: 'copy the selected quote to the clipboard', modes: browse},
	{command: 'mark', keys: ['m'], label: 'm', description: 'mark or unmark the selected quote', modes: browse},
	{command: 'marks', keys: ["'"], label: "'", description: 'list marked quotes (again: all quotes)', modes: browse},
	{command: 'library', keys: ['L'], label: 'L', description: 'the library: every article, Enter opens one', modes: browse},
	{command: 'delete-character', keys: ['backspace'], label: 'Backspace', description: 'delete a character of the search', modes: ['edit']},
	{command: 'back', keys: ['escape'], label: 'Esc', description: 'back out: close, stop searching, clear, previous article', modes: both},
	{command: 'help', keys: ['?'], label: '?', description: 'show or hide this help', modes: browse},
	{command: 'quit', keys: ['q'], label: 'q', description: 'quit', modes: browse},
	{command: 'quit', keys: ['ctrl+c'], label: 'Ctrl-C', description: 'quit', modes: both},
];

export function commandFor(key: string, mode: KeyMode): Command | undefined {
	return bindings.find(binding => binding.modes.includes(mode) && binding.keys.includes(key))?.command;
}
