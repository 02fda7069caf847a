// Bundles the CLI into one minified ESM file: unbundled Ink spends most of a second importing modules.
import {readFile, rm} from 'node:fs/promises';
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

// A dependency that does at import what pullquote never needs costs every start. Each
// edit must find its text, so a dependency that changes shape stops the build instead of
// silently losing the edit.
const deferrals = [
	{
		// meow normalizes package.json only when a program reads cli.pkg, which pullquote never
		// does, yet it builds the normalizer on import, sorting SPDX licence tables with an ICU collator.
		file: /[\\/]meow[\\/]build[\\/]dependencies\.js$/,
		find: 'var normalizeExports = requireNormalize();\nconst normalizePackageData = getDefaultExportFromCjs(normalizeExports);',
		replace: 'const normalizePackageData = (...args) => getDefaultExportFromCjs(requireNormalize())(...args);',
	},
	{
		// string-width makes a grapheme segmenter on import, and the first segmenter of a process
		// loads ICU's data (some 20 ms). text-width.ts calls string-width only for text beyond
		// Latin and punctuation, so the first screen of most articles is drawn without it.
		file: /[\\/]string-width[\\/]index\.js$/,
		find: 'const segmenter = new Intl.Segmenter();',
		replace: 'let graphemeSegmenter;\nconst segmenter = {segment: text => (graphemeSegmenter ??= new Intl.Segmenter()).segment(text)};',
	},
];
const withDeferredStartupWork = {
	name: 'with-deferred-startup-work',
	setup(builder) {
		for (const {file, find, replace} of deferrals) {
			builder.onLoad({filter: file}, async ({path}) => {
				const source = await readFile(path, 'utf8');
				if (!source.includes(find)) throw new Error(`${path} no longer contains the code the build defers: ${find}`);
				return {contents: source.replace(find, replace), loader: 'js'};
			});
		}
	},
};

// Chunk names carry a hash: without a clean folder, every build would leave its old chunks behind.
await rm(new URL('../dist', import.meta.url), {recursive: true, force: true});

await build({
	// The search worker runs in a thread of its own, so it is a file of its own.
	entryPoints: {cli: 'source/cli.tsx', 'search-worker-thread': 'source/search/search-worker-thread.ts'},
	outdir: 'dist',
	bundle: true,
	// What a start does not need (the segmenter, the library, Ink's devtools) goes to chunks of its
	// own, loaded when first imported, so a start compiles only the code it runs.
	splitting: true,
	chunkNames: 'chunks/[name]-[hash]',
	minify: true,
	platform: 'node',
	target: 'node20',
	// Node 20 has the v flag; lowered to new RegExp(), string-width's emoji patterns would be
	// compiled on import (some 35 ms) rather than on first use.
	supported: {'regexp-set-notation': true},
	format: 'esm',
	jsx: 'automatic',
	sourcemap: false,
	legalComments: 'none',
	plugins: [withoutDevtools, withRowMemoOutput, withFastTextWidth, withDeferredStartupWork],
	// React's development build checks every render and is several times slower.
	define: {'process.env.NODE_ENV': '"production"'},
	// Bundled CommonJS dependencies still call require(); give the ESM bundle one.
	banner: {
		js: "#!/usr/bin/env node\nimport {createRequire as __pqCreateRequire} from 'node:module';const require=__pqCreateRequire(import.meta.url);",
	},
	logLevel: 'warning',
});
