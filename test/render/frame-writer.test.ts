import {describe, expect, test} from 'vitest';
import {articleScreen, articleText, nextFrame, randomFrame, seeded} from './frames.js';
import type {Flavour} from './frames.js';
import {Rig, freshScreen} from './rig.js';

const flavours: Array<[string, Flavour]> = [
	['plain text', {}],
	['SGR colours', {styled: true}],
	['wide characters', {wide: true, styled: true}],
	['emoji', {emoji: true, wide: true, styled: true}],
	['side-by-side panes', {panes: true, styled: true, wide: true}],
];

describe('the screen equals a fresh drawing of the last frame', () => {
	for (const [name, flavour] of flavours) {
		for (const [columns, rows] of [[80, 24], [40, 12], [13, 5]] as const) {
			test(`${name}, ${columns}x${rows}, after a random series of frames`, async () => {
				for (let seed = 1; seed <= 6; seed++) {
					const random = seeded(seed * 7919 + columns);
					const rig = new Rig(columns, rows);
					await rig.start();
					let frame = randomFrame(random, columns, rows, flavour);
					await rig.frame(frame);
					for (let step = 0; step < 40; step++) {
						frame = nextFrame(random, frame, columns, rows, flavour);
						await rig.frame(frame);
						if (step % 8 === 7) {
							expect(rig.screen(), `seed ${seed} step ${step}`).toEqual(await freshScreen(columns, rows, frame));
						}
					}

					expect(rig.screen(), `seed ${seed}`).toEqual(await freshScreen(columns, rows, frame));
				}
			});
		}
	}

	test('after scrolling a full-screen article by various distances', async () => {
		const random = seeded(42);
		const text = articleText(random, 80, 120);
		const rig = new Rig(80, 24);
		await rig.start();
		let offset = 0;
		for (const step of [1, 1, 1, 3, 5, -1, -2, 22, -22, 23, 7, -9, 0, 1]) {
			offset = Math.max(0, Math.min(text.length - 23, offset + step));
			const frame = articleScreen(text, offset, 24, `\u001B[7m line ${offset} \u001B[27m`);
			await rig.frame(frame);
			expect(rig.screen(), `offset ${offset}`).toEqual(await freshScreen(80, 24, frame));
		}
	});

	test('after frames taller than the terminal', async () => {
		const random = seeded(3);
		const rig = new Rig(30, 6);
		await rig.start();
		const frame = articleText(random, 30, 10);
		await rig.frame(frame);
		expect(rig.screen()).toEqual(await freshScreen(30, 6, frame.slice(0, 6)));
		expect(rig.screen().join('\n')).toContain(frame[0]!.slice(0, 10));
	});

	test('after quick resizes, 40x12 to 300x100 to 80x24', async () => {
		const random = seeded(11);
		const flavour = {styled: true, wide: true, emoji: true};
		const rig = new Rig(40, 12);
		await rig.start();
		let frame = randomFrame(random, 40, 12, flavour);
		await rig.frame(frame);
		for (const [columns, rows] of [[300, 100], [80, 24]] as const) {
			await rig.resize(columns, rows);
			// Ink answers a resize with a frame laid out for the new size.
			frame = randomFrame(random, columns, rows, flavour);
			await rig.frame(frame);
		}

		expect(rig.screen()).toEqual(await freshScreen(80, 24, frame));
	});

	test('after resizes with no new frame in between, and then one', async () => {
		const random = seeded(12);
		const rig = new Rig(40, 12);
		await rig.start();
		const frame = randomFrame(random, 40, 12, {styled: true});
		await rig.frame(frame);
		await rig.resize(300, 100);
		await rig.resize(20, 6);
		await rig.resize(80, 24);
		const bytes = rig.flush();
		await rig.frame([]);
		expect(bytes).not.toBe('');
		const next = randomFrame(random, 80, 24, {styled: true});
		await rig.frame(next);
		expect(rig.screen()).toEqual(await freshScreen(80, 24, next));
	});
});

describe('bytes written', () => {
	const status = (offset: number) => `\u001B[7m zoomed · line ${offset} of 120 \u001B[27m`;

	test('scrolling a 24-row full-width article by one line writes under 200 bytes', async () => {
		const text = articleText(seeded(5), 80, 120);
		const rig = new Rig(80, 24);
		await rig.start();
		await rig.frame(articleScreen(text, 10, 24, status(10)));
		const down = await rig.frame(articleScreen(text, 11, 24, status(11)));
		const up = await rig.frame(articleScreen(text, 10, 24, status(10)));
		expect(Buffer.byteLength(down)).toBeLessThan(200);
		expect(Buffer.byteLength(up)).toBeLessThan(200);
		expect(rig.screen()).toEqual(await freshScreen(80, 24, articleScreen(text, 10, 24, status(10))));
	});

	test('paging a full-width article costs about one screen of text, not more', async () => {
		const text = articleText(seeded(6), 80, 120);
		const rig = new Rig(80, 24);
		await rig.start();
		await rig.frame(articleScreen(text, 0, 24, status(0)));
		const page = await rig.frame(articleScreen(text, 22, 24, status(22)));
		const textBytes = text.slice(23, 45).reduce((sum, line) => sum + Buffer.byteLength(line), 0);
		expect(Buffer.byteLength(page)).toBeLessThan(textBytes + 400);
	});

	test('an unchanged frame writes nothing', async () => {
		const rig = new Rig(80, 24);
		await rig.start();
		const frame = randomFrame(seeded(8), 80, 24, {styled: true});
		await rig.frame(frame);
		expect(await rig.frame(frame)).toBe('');
	});

	test('changing one word writes only around that word', async () => {
		const rig = new Rig(80, 24);
		await rig.start();
		const frame = ['left pane │ the minister said talks would resume', 'status'];
		await rig.frame(frame);
		const bytes = await rig.frame(['left pane │ the minister said talks could resume', 'status']);
		expect(Buffer.byteLength(bytes)).toBeLessThan(16);
		expect(rig.screen()).toEqual(await freshScreen(80, 24, ['left pane │ the minister said talks could resume', 'status']));
	});

	test('moving a highlight in a list rewrites only the two rows it left and reached', async () => {
		const items = Array.from({length: 20}, (_, index) => `item number ${index}`);
		const list = (selected: number) => items.map((item, index) => (index === selected ? `\u001B[7m${item}\u001B[27m` : item));
		const rig = new Rig(80, 24);
		await rig.start();
		await rig.frame(list(3));
		const bytes = await rig.frame(list(4));
		expect(Buffer.byteLength(bytes)).toBeLessThan(60);
	});

	test('a burst of frames is drawn once, as the last of them', async () => {
		const text = articleText(seeded(9), 80, 200);
		const rig = new Rig(80, 24);
		await rig.start();
		await rig.frame(articleScreen(text, 0, 24, status(0)));
		for (let offset = 1; offset <= 50; offset++) rig.write(articleScreen(text, offset, 24, status(offset)));
		const burst = rig.flush();
		const alone = new Rig(80, 24);
		await alone.start();
		await alone.frame(articleScreen(text, 0, 24, status(0)));
		expect(Buffer.byteLength(burst)).toBe(Buffer.byteLength(await alone.frame(articleScreen(text, 50, 24, status(50)))));
	});

	test('while the output is congested nothing is drawn; after it drains, only the latest frame', async () => {
		const text = articleText(seeded(10), 80, 100);
		const rig = new Rig(80, 24);
		await rig.start();
		await rig.frame(articleScreen(text, 0, 24, status(0)));
		const write = rig.output.write.bind(rig.output);
		rig.output.write = (chunk: string) => {
			write(chunk);
			return false;
		};

		await rig.frame(articleScreen(text, 1, 24, status(1)));
		rig.output.write = write;
		for (let offset = 2; offset <= 30; offset++) rig.write(articleScreen(text, offset, 24, status(offset)));
		expect(rig.flush()).toBe('');
		rig.output.emit('drain');
		const caughtUp = await rig.draw();
		expect(caughtUp).not.toBe('');
		expect(rig.screen()).toEqual(await freshScreen(80, 24, articleScreen(text, 30, 24, status(30))));
	});

	test('a frame that shrinks clears the rows below it once', async () => {
		const rig = new Rig(40, 12);
		await rig.start();
		await rig.frame(Array.from({length: 12}, (_, index) => `row ${index}`));
		const bytes = await rig.frame(['row 0', 'row 1']);
		expect(bytes).toMatch(/^\u001B\[\d*[HEF]\u001B\[J$/);
		expect(await rig.frame(['row 0', 'row 1'])).toBe('');
	});
});

describe('the terminal around the frames', () => {
	test('start enters the alternate screen and hides the cursor; stop undoes both once', async () => {
		const rig = new Rig(80, 24);
		const started = await rig.start();
		expect(started).toContain('\u001B[?1049h');
		expect(started).toContain('\u001B[?25l');
		rig.writer.stop();
		rig.writer.stop();
		const stopped = rig.output.take();
		expect(stopped.match(/\u001B\[\?1049l/g)).toHaveLength(1);
		expect(stopped).toContain('\u001B[?25h');
	});

	test('starting again after a stop (suspend and resume) repaints the last frame', async () => {
		const rig = new Rig(40, 10);
		await rig.start();
		const frame = randomFrame(seeded(14), 40, 10, {styled: true});
		await rig.frame(frame);
		rig.writer.stop();
		await rig.draw();
		await rig.start();
		expect(rig.screen()).toEqual(await freshScreen(40, 10, frame));
	});

	test('a resize while stopped reaches Ink, and starting again paints at the new size', async () => {
		const rig = new Rig(40, 10);
		await rig.start();
		await rig.frame(randomFrame(seeded(15), 40, 10, {styled: true}));
		rig.writer.stop();
		await rig.draw();
		let resized = 0;
		rig.writer.inkStream.on('resize', () => resized++);
		await rig.resize(60, 20);
		expect(resized).toBe(1);
		const frame = randomFrame(seeded(16), 60, 20, {styled: true});
		rig.write(frame);
		await rig.start();
		expect(rig.screen()).toEqual(await freshScreen(60, 20, frame));
	});

	test('frames after stop are not drawn', async () => {
		const rig = new Rig(80, 24);
		await rig.start();
		rig.writer.stop();
		rig.output.take();
		expect(await rig.frame(['late'])).toBe('');
	});

	test('redraw repaints the whole screen', async () => {
		const rig = new Rig(40, 10);
		await rig.start();
		const frame = randomFrame(seeded(4), 40, 10, {styled: true});
		await rig.frame(frame);
		rig.writer.redraw();
		const bytes = rig.flush();
		expect(bytes).toContain('\u001B[2J');
		expect(rig.screen()).toEqual(await freshScreen(40, 10, frame));
	});

	test('escapes that are not drawing, such as mode switches, reach the terminal', async () => {
		const rig = new Rig(80, 24);
		await rig.start();
		rig.writer.inkStream.write('\u001B[>1u');
		expect(rig.output.take()).toBe('\u001B[>1u');
	});

	test('the stand-in reports the real size and passes on resizes', async () => {
		const rig = new Rig(80, 24);
		await rig.start();
		let resized = 0;
		rig.writer.inkStream.on('resize', () => resized++);
		await rig.resize(100, 30);
		expect(rig.writer.inkStream.columns).toBe(100);
		expect(rig.writer.inkStream.rows).toBe(30);
		expect(rig.writer.inkStream.isTTY).toBe(true);
		expect(resized).toBe(1);
	});

	test('the cursor is shown where Ink puts it and hidden again when Ink hides it', async () => {
		const rig = new Rig(40, 10);
		await rig.start();
		const stream = rig.writer.inkStream;
		// Frame with a trailing newline, then "up 2, column 6, show": row 1, column 5.
		stream.write('first\nsearch: abc\nstatus\n\u001B[2A\u001B[6G\u001B[?25h');
		await rig.draw();
		expect(rig.terminal.buffer.active.cursorY).toBe(1);
		expect(rig.terminal.buffer.active.cursorX).toBe(5);
		stream.write('\u001B[?25l');
		const bytes = rig.flush();
		expect(bytes).toBe('\u001B[?25l');
	});
});
