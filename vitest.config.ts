import {fileURLToPath} from 'node:url';
import {defineConfig, type Plugin} from 'vitest/config';

// The same substitutions the build makes in Ink (scripts/build.mjs), so the app under test draws
// its frames with the code that ships.
const rowMemoOutput = fileURLToPath(new URL('source/render/row-memo-output.ts', import.meta.url));
const textWidth = fileURLToPath(new URL('source/terminal/text-width.ts', import.meta.url));
const asBuilt: Plugin = {
	name: 'ink-as-built',
	enforce: 'pre',
	resolveId(source, importer) {
		if (!importer?.includes('node_modules')) return null;
		if (source === './output.js' && /[\\/]ink[\\/]build[\\/]renderer\.js$/.test(importer)) return rowMemoOutput;
		if (source === 'string-width') return textWidth;
		return null;
	},
	// Their published source maps name files the packages do not ship; Vite would warn of each.
	transform(code, id) {
		if (!/[\\/]node_modules[\\/](ink|widest-line|wrap-ansi|cli-truncate)[\\/]/.test(id)) return null;
		return {code: code.replace(/^\/\/# sourceMappingURL=.*$/m, ''), map: null};
	},
};

export default defineConfig({
	plugins: [asBuilt],
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		testTimeout: 20_000,
		// Ink draws nothing but the last frame when it believes it runs in CI; the tests drive it as a terminal would.
		env: {CI: 'false'},
		// Ink and the packages it measures text with go through Vite, where the plugin above reaches their imports.
		server: {deps: {inline: ['ink', 'widest-line', 'wrap-ansi', 'cli-truncate']}},
	},
});
