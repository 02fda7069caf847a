import {describe, expect, test} from 'vitest';
import InkOutput from '../../node_modules/ink/build/output.js';
import Output from '../../source/render/row-memo-output.js';

type Transformer = (line: string, index: number) => string;
type Clip = {x1: number | undefined; x2: number | undefined; y1: number | undefined; y2: number | undefined};
type Step = {write: [number, number, string, Transformer[]]} | {clip: Clip} | 'unclip';

// A small fixed generator, so a failure can be replayed.
function generator(seed: number) {
	let state = seed;
	const next = () => {
		state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
		return state / 2_147_483_648;
	};

	return {
		below: (limit: number) => Math.floor(next() * limit),
		pick: <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!,
	};
}

const fragments = [
	'Putin warned Friday',
	'“legitimate” target for Moscow’s',
	'\u001B[1mbold\u001B[22m and plain',
	'\u001B[36mcyan \u001B[7minverse\u001B[27m\u001B[39m',
	'東京 and 한국어',
	'e\u0301cole 👍🏽',
	'\u001B[4munderlined that runs on',
	' │ ',
	'\u001B[38;5;208mamber\u001B[39m \u001B[48;2;10;20;30mdeep\u001B[49m',
	'\u001B[1m\u001B[2mbold dim\u001B[22m after\u001B[0m reset \u001B[mplain',
	'\u001B[3;4;9mthree at once\u001B[23;24;29m',
	'',
	'x',
];
const transformers: Transformer[] = [line => `\u001B[2m${line}\u001B[22m`, (line, index) => (index === 0 ? line.toUpperCase() : `> ${line}`)];

function randomText(random: ReturnType<typeof generator>): string {
	const lines = Array.from({length: 1 + random.below(3)}, () =>
		Array.from({length: 1 + random.below(3)}, () => random.pick(fragments)).join(''),
	);
	return lines.join('\n');
}

function randomFrame(random: ReturnType<typeof generator>): Step[] {
	const steps: Step[] = [];
	let open = 0;
	for (let count = random.below(12); count > 0; count--) {
		const roll = random.below(10);
		if (roll === 0) {
			const x1 = random.pick([undefined, random.below(20)]);
			const y1 = random.pick([undefined, random.below(8)]);
			steps.push({clip: {x1, x2: x1 === undefined ? undefined : x1 + random.below(30), y1, y2: y1 === undefined ? undefined : y1 + random.below(8)}});
			open++;
		} else if (roll === 1 && open > 0) {
			steps.push('unclip');
			open--;
		} else {
			const chosen = transformers.filter(() => random.below(4) === 0);
			steps.push({write: [random.below(50) - 5, random.below(14) - 2, randomText(random), chosen]});
		}
	}

	return steps;
}

function draw(output: {write: InkOutput['write']; clip: InkOutput['clip']; unclip: InkOutput['unclip']; get: InkOutput['get']}, steps: Step[]) {
	for (const step of steps) {
		if (step === 'unclip') output.unclip();
		else if ('clip' in step) output.clip(step.clip);
		else output.write(step.write[0], step.write[1], step.write[2], {transformers: step.write[3]});
	}

	return output.get();
}

describe('Ink output with rows remembered', () => {
	test('draws every frame exactly as Ink does, first time and remembered', () => {
		const random = generator(7);
		for (let frame = 0; frame < 600; frame++) {
			const size = {width: 20 + random.below(40), height: 4 + random.below(10)};
			const steps = randomFrame(random);
			const expected = draw(new InkOutput(size), steps);
			expect(draw(new Output(size), steps), `frame ${frame}`).toEqual(expected);
			expect(draw(new Output(size), steps), `frame ${frame} again`).toEqual(expected);
		}
	});

	test('a row remembered at one width is drawn again at another', () => {
		// Ink closes the gap between the frame's edge and a write placed beyond it.
		const steps: Step[] = [{write: [12, 0, 'abc', []]}];
		expect(draw(new Output({width: 40, height: 1}), steps).output).toBe(`${' '.repeat(12)}abc`);
		expect(draw(new Output({width: 10, height: 1}), steps)).toEqual(draw(new InkOutput({width: 10, height: 1}), steps));
	});
});
