import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		testTimeout: 20_000,
		// Ink draws nothing but the last frame when it believes it runs in CI; the tests drive it as a terminal would.
		env: {CI: 'false'},
	},
});
