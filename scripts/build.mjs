// Bundles the CLI into one minified ESM file: unbundled Ink spends most of a second importing modules.
import {build} from 'esbuild';

// Ink loads react-devtools-core only when DEV=true; the reader never needs it, so it becomes an empty module.
const withoutDevtools = {
	name: 'without-devtools',
	setup(builder) {
		builder.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'react-devtools-core', namespace: 'empty'}));
		builder.onLoad({filter: /.*/, namespace: 'empty'}, () => ({contents: 'export default {};', loader: 'js'}));
	},
};

await build({
	// The search worker runs in a thread of its own, so it is a file of its own.
	entryPoints: {cli: 'source/cli.tsx', 'search-worker-thread': 'source/search/search-worker-thread.ts'},
	outdir: 'dist',
	bundle: true,
	minify: true,
	platform: 'node',
	target: 'node20',
	format: 'esm',
	jsx: 'automatic',
	sourcemap: false,
	legalComments: 'none',
	plugins: [withoutDevtools],
	// React's development build checks every render and is several times slower.
	define: {'process.env.NODE_ENV': '"production"'},
	// Bundled CommonJS dependencies still call require(); give the ESM bundle one.
	banner: {
		js: "#!/usr/bin/env node\nimport {createRequire as __pqCreateRequire} from 'node:module';const require=__pqCreateRequire(import.meta.url);",
	},
	logLevel: 'warning',
});
