import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {ArticleError, readArticleFile} from '../../source/article/load.js';
import {bundledJson} from '../helpers.js';

const folder = mkdtempSync(join(tmpdir(), 'pullquote-load-'));
const file = (name: string, content: string | Uint8Array) => {
	const path = join(folder, name);
	writeFileSync(path, content);
	return path;
};

function problem(path: string): string {
	try {
		readArticleFile(path);
	} catch (error) {
		expect(error).toBeInstanceOf(ArticleError);
		return (error as Error).message;
	}

	throw new Error('the article loaded');
}

describe('readArticleFile', () => {
	it('loads a good segmented article', () => {
		const article = readArticleFile(file('good.json', JSON.stringify(bundledJson())));
		expect(article.quotes.length).toBeGreaterThan(0);
	});

	it('names the file and the problem in one line', () => {
		for (const message of [
			problem(join(folder, 'missing.json')),
			problem(file('empty.json', '')),
			problem(file('blank.json', '  \n')),
			problem(folder),
			problem(file('binary.json', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))),
			problem(file('broken.json', '{"format": ')),
		]) {
			expect(message).toContain(folder);
			expect(message).not.toContain('\n');
		}
	});

	it('says what is wrong with each kind of bad file', () => {
		expect(problem(join(folder, 'missing.json'))).toMatch(/no such file$/);
		expect(problem(file('empty2.json', ''))).toMatch(/empty/);
		expect(problem(folder)).toMatch(/directory/);
		expect(problem(file('binary2.json', new Uint8Array([1, 0, 2])))).toMatch(/binary/);
		expect(problem(file('broken2.json', '{"format": '))).toMatch(/not valid JSON/);
		expect(problem(file('array.json', '[]'))).toMatch(/expected object/);
	});

	it('points at the field that does not fit the schema', () => {
		const data = bundledJson();
		data.quotes[3]!['kind'] = 'rumour';
		expect(problem(file('kind.json', JSON.stringify(data)))).toMatch(/: quotes\[3\]\.kind: /);
	});

	it('reports a speaker that is not an entity', () => {
		const data = bundledJson();
		data.quotes[3]!['speaker'] = 'putn';
		expect(problem(file('speaker.json', JSON.stringify(data)))).toContain('speaker.json: quotes[3].speaker: no entity "putn"');
	});

	it('reports a range that does not hold its text', () => {
		const data = bundledJson();
		data.quotes[0]!['start'] = Number(data.quotes[0]!['start']) + 1;
		expect(problem(file('range.json', JSON.stringify(data)))).toMatch(/quotes\[0\]\.text: .* but the range holds/);
	});
});
