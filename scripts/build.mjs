// Bundles the CLI into one minified ESM file: unbundled Ink spends most of a second importing modules.
import {build} from 'esbuild';

await build({
	entryPoints: ['source/cli.tsx'],
	outfile: 'dist/cli.js',
	bundle: true,
	minify: true,
	platform: 'node',
	target: 'node20',
	format: 'esm',
	jsx: 'automatic',
	sourcemap: false,
	legalComments: 'none',
	// Ink optionally imports react-devtools-core; it is never installed here.
	external: ['react-devtools-core'],
	// Bundled CommonJS dependencies still call require(); give the ESM bundle one.
	banner: {
		js: "#!/usr/bin/env node\nimport {createRequire as __pqCreateRequire} from 'node:module';const require=__pqCreateRequire(import.meta.url);",
	},
	logLevel: 'warning',
});
