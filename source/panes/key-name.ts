import type {Key} from 'ink';
import {graphemes} from '../terminal/text-width.js';

type KeyAction = {type: 'key'; key: string; text: string};

/**
 * What the reducer needs of a key press: its name in the key table and the text it types.
 * Keys typed quickly, or over a slow link, reach Ink as one string ("/putin"): each
 * character is then a key of its own, as if typed one at a time.
 */
export function keyActions(input: string, key: Key): KeyAction[] {
	const name = keyName(input, key);
	if (name !== input) return [{type: 'key', key: name, text: name === 'space' ? ' ' : ''}];
	return [...graphemes(input)].flatMap(({segment}): KeyAction[] => {
		const control = controlKey(segment);
		if (control !== undefined) return control === '' ? [] : [{type: 'key', key: control, text: ''}];
		// Format characters (bidi controls, zero-width) never reach the search line, even when pasted.
		const text = segment.replace(/\p{Cf}/gu, '');
		return text === '' ? [] : [{type: 'key', key: segment === ' ' ? 'space' : text, text}];
	});
}

/** The key a control character inside a run of input stands for; '' for one that stands for nothing. */
function controlKey(character: string): string | undefined {
	const code = character.codePointAt(0) ?? 0;
	if (character.length !== 1 || (code >= 0x20 && code !== 0x7f && (code < 0x80 || code > 0x9f))) return undefined;
	if (character === '\r' || character === '\n') return 'return';
	if (character === '\t') return 'tab';
	if (character === '\u007f' || character === '\b') return 'backspace';
	if (character === '\u001b') return 'escape';
	if (code >= 1 && code <= 26) return `ctrl+${String.fromCodePoint(code + 96)}`;
	return '';
}

/** Ink's key report as one name the key table understands ("tab", "shift+tab", "ctrl+c", "j"). */
export function keyName(input: string, key: Key): string {
	if (key.tab) return key.shift ? 'shift+tab' : 'tab';
	if (key.upArrow) return 'up';
	if (key.downArrow) return 'down';
	if (key.leftArrow) return 'left';
	if (key.rightArrow) return 'right';
	if (key.pageDown) return 'pagedown';
	if (key.pageUp) return 'pageup';
	if (key.home) return 'home';
	if (key.end) return 'end';
	if (key.return) return 'return';
	// Ink 6.8 reports Escape with meta set too, and Backspace as delete.
	if (key.escape) return 'escape';
	if (key.backspace || key.delete) return 'backspace';
	if (key.ctrl && input.length === 1) return `ctrl+${input.toLowerCase()}`;
	if (input === ' ') return 'space';
	return input;
}
