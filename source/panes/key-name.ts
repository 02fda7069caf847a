import type {Key} from 'ink';

/** What the reducer needs of a key press: its name in the key table and the text it types. */
export function keyAction(input: string, key: Key): {type: 'key'; key: string; text: string} {
	const name = keyName(input, key);
	const types = name === input || name === 'space';
	// Control characters never reach the search line, even when pasted.
	return {type: 'key', key: name, text: types ? input.replace(/[\p{Cc}\p{Cf}]/gu, '') : ''};
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
