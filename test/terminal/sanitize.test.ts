import {describe, expect, it} from 'vitest';
import {normalizeForSearch, sanitizeDeep, sanitizeText, sanitizeWithMap} from '../../source/terminal/sanitize.js';

const ESC = '\u001b';
const BEL = '\u0007';

describe('sanitizeText', () => {
	it('leaves ordinary text, newlines and non-Latin scripts alone', () => {
		const text = 'Harbour news\nÉté à Zürich — “quoted” 東京 Москва مرحبا';
		expect(sanitizeText(text)).toBe(text);
	});

	it.each([
		['clear screen', `a${ESC}[2Jb`, 'ab'],
		['colour', `${ESC}[31mred${ESC}[0m`, 'red'],
		['private mode', `${ESC}[?1049h${ESC}[?25lx`, 'x'],
		['window title ended by BEL', `a${ESC}]0;pwned${BEL}b`, 'ab'],
		['window title ended by ST', `a${ESC}]2;pwned${ESC}\\b`, 'ab'],
		['clipboard write', `a${ESC}]52;c;ZWNobyBwd25lZA==${BEL}b`, 'ab'],
		['hyperlink', `${ESC}]8;;https://example.com${ESC}\\link${ESC}]8;;${ESC}\\`, 'link'],
		['DCS string', `a${ESC}Ptmux;${ESC}${ESC}]52;c;eA==${BEL}${ESC}\\b`, 'ab'],
		['APC string', `a${ESC}_Gpayload${ESC}\\b`, 'ab'],
		['8-bit CSI', 'a\u009b2Jb', 'ab'],
		['8-bit OSC', 'a\u009d0;pwned\u009cb', 'ab'],
		['charset switch', `a${ESC}(0b`, 'ab'],
		['terminal reset', `a${ESC}cb`, 'ab'],
		['lone ESC at the end', `a${ESC}`, 'a'],
	])('removes terminal control sequences whole: %s', (_name, input, expected) => {
		expect(sanitizeText(input)).toBe(expected);
	});

	it('does not let an unterminated OSC swallow the text after it', () => {
		expect(sanitizeText(`a${ESC}]0;title and then the article`)).toBe('a0;title and then the article');
	});

	it('drops NUL, BS, BEL, DEL and the other C0 controls', () => {
		expect(sanitizeText('a\u0000b\u0008c\u0007d\u007fe\u0001f\u000bg\u000ch\u001fi')).toBe('abcdefghi');
	});

	it('drops every C1 control', () => {
		const c1 = Array.from({length: 32}, (_, index) => String.fromCharCode(0x80 + index)).join('x');
		expect(sanitizeText(c1)).not.toMatch(/[\u0080-\u009f]/);
	});

	it('turns a tab into one space', () => {
		expect(sanitizeText('a\tb\t\tc')).toBe('a b  c');
	});

	it('folds CR LF to LF and drops a lone CR', () => {
		expect(sanitizeText('one\r\ntwo\rthree\r')).toBe('one\ntwothree');
	});

	it('turns line and paragraph separators into newlines', () => {
		expect(sanitizeText('a\u2028b\u2029c')).toBe('a\nb\nc');
	});

	it.each([
		['RLO', '\u202e'],
		['LRO', '\u202d'],
		['LRE', '\u202a'],
		['PDF', '\u202c'],
		['LRI', '\u2066'],
		['RLI', '\u2067'],
		['FSI', '\u2068'],
		['PDI', '\u2069'],
		['LRM', '\u200e'],
		['RLM', '\u200f'],
		['ALM', '\u061c'],
	])('drops the bidi control %s', (_name, character) => {
		expect(sanitizeText(`ab${character}cd`)).toBe('abcd');
	});

	it.each([
		['zero-width space', '\u200b'],
		['zero-width non-joiner', '\u200c'],
		['word joiner', '\u2060'],
		['byte order mark', '\ufeff'],
		['Mongolian vowel separator', '\u180e'],
		['soft hyphen', '\u00ad'],
		['invisible times', '\u2062'],
	])('drops the invisible %s', (_name, character) => {
		expect(sanitizeText(`harb${character}our`)).toBe('harbour');
	});

	it('keeps a zero-width joiner inside an emoji sequence', () => {
		const family = '\u{1f469}\u200d\u{1f469}\u200d\u{1f467}';
		const scientist = '\u{1f469}\u{1f3fd}\u200d\u{1f52c}';
		const rainbowFlag = '\u{1f3f3}\ufe0f\u200d\u{1f308}';
		expect(sanitizeText(`a ${family} ${scientist} ${rainbowFlag}`)).toBe(`a ${family} ${scientist} ${rainbowFlag}`);
	});

	it('drops a zero-width joiner anywhere else', () => {
		expect(sanitizeText('harb\u200dour')).toBe('harbour');
		expect(sanitizeText('\u{1f469}\u200dx')).toBe('\u{1f469}x');
		expect(sanitizeText('x\u200d\u{1f469}')).toBe('x\u{1f469}');
		expect(sanitizeText('\u200d')).toBe('');
	});

	it('keeps tag characters only in an emoji flag sequence', () => {
		const england = '\u{1f3f4}\u{e0067}\u{e0062}\u{e0065}\u{e006e}\u{e0067}\u{e007f}';
		expect(sanitizeText(england)).toBe(england);
		expect(sanitizeText('hi\u{e0068}\u{e0069}dden')).toBe('hidden');
	});

	it('replaces lone surrogates and keeps pairs', () => {
		expect(sanitizeText('a\ud800b\udc00c\u{1f600}')).toBe('a\ufffdb\ufffdc\u{1f600}');
	});
});

describe('sanitizeWithMap', () => {
	it('maps offsets of untouched text to themselves', () => {
		const {text, mapOffset} = sanitizeWithMap('plain text');
		expect(text).toBe('plain text');
		expect(mapOffset(6)).toBe(6);
	});

	it('moves ranges so they hold the same words after cleaning', () => {
		const original = `${ESC}[31mThe harb\u200bour${ESC}[0m said: \u202e\u201cclosed\u201d\r\n${ESC}]0;x${BEL}Okafor\u0000 \u{1f469}\u200d\u{1f467} wins.`;
		const {text, mapOffset} = sanitizeWithMap(original);
		expect(text).toBe('The harbour said: \u201cclosed\u201d\nOkafor \u{1f469}\u200d\u{1f467} wins.');
		for (const word of ['The', 'said', '\u201cclosed\u201d', 'Okafor', '\u{1f469}\u200d\u{1f467}', 'wins.']) {
			const start = original.indexOf(word);
			expect(text.slice(mapOffset(start), mapOffset(start + word.length))).toBe(word);
		}

		const harbour = original.indexOf('harb');
		expect(text.slice(mapOffset(harbour), mapOffset(harbour + 'harb\u200bour'.length))).toBe('harbour');
	});

	it('maps the end of the text to the end of the cleaned text', () => {
		const original = `abc${ESC}[2J`;
		const {text, mapOffset} = sanitizeWithMap(original);
		expect(mapOffset(original.length)).toBe(text.length);
	});

	it('keeps offsets that were past the end past the end', () => {
		const original = `a\u200bb`;
		const {text, mapOffset} = sanitizeWithMap(original);
		expect(mapOffset(original.length + 2)).toBe(text.length + 2);
	});

	it('never moves an offset backwards', () => {
		const original = `x${ESC}[1m\u200b\t\r\ny\ud800\u{1f600}z`;
		const {mapOffset} = sanitizeWithMap(original);
		const mapped = Array.from({length: original.length + 1}, (_, offset) => mapOffset(offset));
		expect(mapped).toEqual([...mapped].sort((a, b) => a - b));
	});
});

describe('sanitizeDeep', () => {
	it('cleans every string in a JSON value, keys included', () => {
		const value = JSON.parse(String.raw`{"ti\u200btle": "a\u001b[2Jb", "list": ["\u202ex", 3, null, true, {"k": "\u0000v"}]}`) as unknown;
		expect(sanitizeDeep(value)).toEqual({title: 'ab', list: ['x', 3, null, true, {k: 'v'}]});
	});

	it('keeps a "__proto__" key from JSON as data', () => {
		const value = JSON.parse('{"__proto__": {"polluted": "\\u001b[2Jyes"}}') as Record<string, unknown>;
		const cleaned = sanitizeDeep(value);
		expect(Object.getPrototypeOf(cleaned)).toBe(Object.prototype);
		expect(Object.getOwnPropertyDescriptor(cleaned, '__proto__')?.value).toEqual({polluted: 'yes'});
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
	});
});

describe('normalizeForSearch', () => {
	it('lets "harbour" find a word with a zero-width space in it', () => {
		expect(normalizeForSearch('The HARB\u200bOUR council')).toContain(normalizeForSearch('harbour'));
	});

	it('folds case, compatibility forms and typographic punctuation', () => {
		expect(normalizeForSearch('ﬁnal Ｆｅｒｒｙ STRAẞE don’t “x” a–b')).toBe('final ferry strasse don\'t "x" a-b');
	});

	it('drops joiners and control sequences', () => {
		expect(normalizeForSearch(`Oka\u200dfor${ESC}[31m`)).toBe('okafor');
	});
});
