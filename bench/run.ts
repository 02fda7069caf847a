// Runs the benchmarks: all of them, the one named by the first argument (`npm run bench --
// reader`), or else those whose name contains it (`npm run bench -- library`). A benchmark is a module exporting `run()`; add it below.

type Bench = {readonly name: string; readonly load: () => Promise<{run(): Promise<void>}>};

const benches: readonly Bench[] = [
	{name: 'writer', load: async () => import('./writer.js')},
	{name: 'reader', load: async () => import('./reader.js')},
	{name: 'library', load: async () => import('./library.js')},
	{name: 'library-reader', load: async () => import('./library-reader.js')},
	{name: 'segment', load: async () => import('./segment.js')},
];

const filter = process.argv[2] ?? '';
const named = benches.filter(bench => bench.name === filter);
const chosen = named.length > 0 ? named : benches.filter(bench => bench.name.includes(filter));
if (chosen.length === 0) {
	console.error(`no benchmark matches "${filter}"; there are: ${benches.map(bench => bench.name).join(', ')}`);
	process.exitCode = 2;
}

for (const bench of chosen) {
	const module = await bench.load();
	await module.run();
}

// node-pty keeps handles open after its children exit.
process.exit(process.exitCode ?? 0);
