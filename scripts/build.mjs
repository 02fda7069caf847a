// Bundles the CLI into one minified ESM file: unbundled Ink spends most of a second importing modules.
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

// Ink loads react-devtools-core only when DEV=true; the reader never needs it, so it becomes an empty module.
const withoutDevtools = {
	name: 'without-devtools',
	setup(builder) {
		builder.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'react-devtools-core', namespace: 'empty'}));
		builder.onLoad({filter: /.*/, namespace: 'empty'}, () => ({contents: 'export default {};', loader: 'js'}));
	},
};

// Ink's Output draws every line of every frame from nothing; source/render/row-memo-output.ts is
// the same code remembering the lines it drew, and takes its place.
const withRowMemoOutput = {
	name: 'with-row-memo-output',
	setup(builder) {
		builder.onResolve({filter: /^\.\/output\.js$/}, ({importer}) =>
			/[\\/]ink[\\/]build[\\/]renderer\.js$/.test(importer) ? {path: fileURLToPath(new URL('../source/render/row-memo-output.ts', import.meta.url))} : undefined,
		);
	},
};

// Ink measures every line with string-width, which segments anything beyond ASCII into graphemes;
// source/terminal/text-width.ts counts the same widths at once for Latin text and typographic
// punctuation, and hands everything else to string-width itself.
const textWidthModule = fileURLToPath(new URL('../source/terminal/text-width.ts', import.meta.url));
const withFastTextWidth = {
	name: 'with-fast-text-width',
	setup(builder) {
		builder.onResolve({filter: /^string-width$/}, ({importer}) => (importer === textWidthModule ? undefined : {path: textWidthModule}));
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
	plugins: [withoutDevtools, withRowMemoOutput, withFastTextWidth],
	// React's development build checks every render and is several times slower.
	define: {'process.env.NODE_ENV': '"production"'},
	// Bundled CommonJS dependencies still call require(); give the ESM bundle one.
	banner: {
		js: "#!/usr/bin/env node\nimport {createRequire as __pqCreateRequire} from 'node:module';const require=__pqCreateRequire(import.meta.url);",
	},
	logLevel: 'warning',
});
