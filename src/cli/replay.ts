/**
 * Replays a run headless in Node and prints its numbers as JSON:
 *
 *   npm run replay -- '<link | #hash | config.json>' [--steps N]
 *
 * The same link gives bit-identical numbers here and in the browser (same engine, same seeded
 * streams, same V8 maths). Without --steps it trains to the step the link opens at.
 */
import { existsSync, readFileSync } from 'node:fs';
import { decodeLink } from '../config/link';
import type { Problem } from '../config/problems';
import type { RunConfig } from '../config/types';
import { validateConfig } from '../config/validate';
import { needsAssets } from '../data';
import { loadDigitsFromDisk } from '../data/digitsNode';
import type { DatasetAssets } from '../data/types';
import { Evaluator } from '../engine';
import { exportParameters, prepareRun } from '../run/prepare';

const USAGE = `usage: npm run replay -- '<link | #hash | config.json>' [--steps N]`;

interface Args {
  source: string;
  steps: number | null;
}

function parseArgs(argv: string[]): Args | string {
  let source: string | null = null;
  let steps: number | null = null;
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k];
    if (arg === '--steps') {
      const value = Number(argv[++k]);
      if (!Number.isInteger(value) || value < 0 || value > 100_000_000) {
        return `--steps needs a whole number from 0 to 100000000, not '${argv[k] ?? ''}'`;
      }
      steps = value;
    } else if (arg === '--help' || arg === '-h') {
      return USAGE;
    } else if (source === null) {
      source = arg;
    } else {
      return `unexpected argument '${arg}'\n${USAGE}`;
    }
  }
  return source === null ? USAGE : { source, steps };
}

/** A config from a JSON file, or from a link in any of its forms. */
function readConfig(source: string): { config: RunConfig; problems: Problem[] } {
  if (source.endsWith('.json') && existsSync(source)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(source, 'utf8'));
    } catch (error) {
      return {
        ...validateConfig({}),
        problems: [
          {
            field: '',
            message: `${source} is not valid JSON (${String(error)}); using the defaults`,
          },
        ],
      };
    }
    return validateConfig(parsed);
  }
  return decodeLink(source);
}

function main(argv: string[]): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(args);
    return 2;
  }
  const { config, problems } = readConfig(args.source);
  const assets: DatasetAssets =
    needsAssets(config) === 'digits' ? { digits: loadDigitsFromDisk() } : {};
  const run = prepareRun(config, assets);
  if (!run.ok) {
    console.error(`the run could not start: ${run.error}`);
    return 1;
  }
  const { trainer, dataset } = run;
  const steps = args.steps ?? config.open.step;
  const divergence = trainer.run(steps);
  const evaluator = new Evaluator(trainer.network);
  const train = evaluator.evaluate(dataset.train, dataset);
  const test = evaluator.evaluate(dataset.test, dataset);
  const outputs: number[][] = [];
  evaluator.forwardInputs(dataset.train.inputs, dataset.train.count, (_start, rows) => {
    const width = trainer.network.outputSize;
    const z = evaluator.ws.z[trainer.network.depth];
    for (let r = 0; r < rows; r++) outputs.push(Array.from(z.subarray(r * width, (r + 1) * width)));
  });
  const result = {
    steps: trainer.stepsDone,
    epoch: trainer.epoch,
    diverged: divergence,
    trainLoss: train.loss,
    testLoss: test.loss,
    trainAccuracy: train.accuracy,
    testAccuracy: test.accuracy,
    sizes: trainer.network.sizes,
    problems: [...problems.map((p) => p.message), ...run.warnings],
    ...exportParameters(trainer),
    outputs,
  };
  // JSON prints every double in its shortest exact form; NaN (no test set) becomes null.
  console.log(JSON.stringify(result, null, 1));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
