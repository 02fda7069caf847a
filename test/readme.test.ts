import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {bindings} from '../source/reader/keys.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('the README', () => {
	it('names every key the reader obeys', () => {
		const keysSection = readme.slice(readme.indexOf('### Keys'), readme.indexOf('## The library'));
		for (const binding of bindings.filter(candidate => candidate.modes.includes('browse'))) {
			const keys = binding.label.split(' / ').map(label => label.replace(/ .*/, ''));
			for (const key of keys) expect(keysSection, `${binding.label} (${binding.command})`).toContain(key);
		}
	});

	it('gives the two quick-start commands', () => {
		expect(readme).toContain('npm install && npm start');
		expect(readme).toMatch(/^npm test\b/m);
	});
});
