import {PassThrough} from 'node:stream';
import {Box, Text, render} from 'ink';
import {describe, expect, test} from 'vitest';
import {createFrameWriter} from '../../source/render/frame-writer.js';
import {FakeOutput, emulator, feed, freshScreen, snapshot} from './rig.js';

/** Resolves with what the writer wrote next, once it wrote something. */
function nextWrite(output: FakeOutput): Promise<string> {
	return new Promise(resolve => {
		const write = output.write.bind(output);
		output.write = (chunk: string) => {
			output.write = write;
			const result = write(chunk);
			resolve(output.take());
			return result;
		};
	});
}

function Article({offset, rows}: {offset: number; rows: number}) {
	const lines = Array.from({length: rows - 1}, (_, index) => `line ${offset + index} of the article, long enough to fill a row`);
	return (
		<Box flexDirection='column' height={rows}>
			{lines.map(line => (
				<Text key={line}>{line}</Text>
			))}
			<Text>{` line ${offset} `}</Text>
		</Box>
	);
}

function mount(output: FakeOutput) {
	const writer = createFrameWriter(output);
	writer.start();
	const stdin = new PassThrough() as unknown as NodeJS.ReadStream;
	const ink = render(<Article offset={0} rows={output.rows} />, {
		stdout: writer.inkStream as unknown as NodeJS.WriteStream,
		stdin,
		exitOnCtrlC: false,
		patchConsole: false,
	});
	return {writer, ink};
}

// Under CI, Ink writes no frames until it unmounts (is-in-ci), so there is nothing to check.
const {env} = process;
const inCi = env['CI'] !== '0' && env['CI'] !== 'false' && ('CI' in env || 'CONTINUOUS_INTEGRATION' in env || Object.keys(env).some(key => key.startsWith('CI_')));

describe.skipIf(inCi)('Ink rendering through the writer', () => {
	test('a full-height Ink app updates without clearing the screen, and shows what Ink drew', async () => {
		const output = new FakeOutput(60, 10);
		const terminal = emulator(60, 10);
		const {writer, ink} = mount(output);
		const started = output.take();
		const drawn = nextWrite(output);
		await feed(terminal, started);
		await feed(terminal, await drawn);

		for (const offset of [1, 2, 5]) {
			const update = nextWrite(output);
			ink.rerender(<Article offset={offset} rows={10} />);
			const bytes = await update;
			expect(bytes).not.toMatch(/\u001B\[[23]J/);
			await feed(terminal, bytes);
		}

		const screen = snapshot(terminal);
		expect(screen.join('\n')).toContain('line 5 of the article');
		const expected = Array.from({length: 9}, (_, index) => `line ${5 + index} of the article, long enough to fill a row`);
		expected.push(' line 5');
		expect(screen).toEqual(await freshScreen(60, 10, expected));

		ink.unmount();
		writer.stop();
		expect(output.take()).toContain('\u001B[?1049l');
	});

	test('scrolling a full-height Ink app by one line costs little', async () => {
		const output = new FakeOutput(80, 24);
		const {writer, ink} = mount(output);
		output.take();
		await nextWrite(output);
		const update = nextWrite(output);
		ink.rerender(<Article offset={1} rows={24} />);
		expect(Buffer.byteLength(await update)).toBeLessThan(120);
		ink.unmount();
		writer.stop();
	});
});
