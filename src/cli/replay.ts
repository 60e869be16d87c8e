/**
 * Replays a run headless in Node and prints its numbers as JSON:
 *
 *   npm run replay -- '<link | #hash | config.json>' [--steps N]
 *   npm run replay -- --file link.txt [--steps N]     (a link or config JSON in a file)
 *   … | npm run replay -- - [--steps N]               (the same from standard input)
 *
 * A valid link may have 400 000 characters, but Linux passes at most 128 KiB in one argument,
 * so a long link (CSV data, explicit weights) goes in a file or through standard input.
 * The same link gives bit-identical numbers here and in the browser (same engine, same seeded
 * streams, same V8 maths). Without --steps it trains to the step the link opens at.
 */
import { existsSync, readFileSync } from 'node:fs';
import { decodeLink } from '../config/link';
import { boundProblems, problem, type Problem } from '../config/problems';
import { msg } from '../core/i18n/message';
import type { RunConfig } from '../config/types';
import { validateConfig } from '../config/validate';
import { needsAssets } from '../data';
import { loadDigitsFromDisk } from '../data/digitsNode';
import type { DatasetAssets } from '../data/types';
import { Evaluator } from '../engine';
import { exportParameters, prepareRun } from '../run/prepare';

const USAGE =
  `usage: npm run replay -- '<link | #hash | config.json>' [--steps N]\n` +
  `       npm run replay -- --file PATH [--steps N]   (PATH holds a link or config JSON; - is stdin)`;

interface Args {
  source: string;
  /** Whether `source` is a file to read (PATH, or '-' for standard input). */
  fromFile: boolean;
  steps: number | null;
}

function parseArgs(argv: string[]): Args | string {
  let source: string | null = null;
  let fromFile = false;
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
    } else if (arg === '--file' && source === null) {
      if (argv[k + 1] === undefined)
        return `--file needs a path (or - for standard input)\n${USAGE}`;
      source = argv[++k];
      fromFile = true;
    } else if (arg === '-' && source === null) {
      source = '-';
      fromFile = true;
    } else if (source === null) {
      source = arg;
    } else {
      return `unexpected argument '${arg}'\n${USAGE}`;
    }
  }
  return source === null ? USAGE : { source, fromFile, steps };
}

/**
 * A config from JSON (a .json argument, or a file or stdin that starts with '{'), or from a
 * link in any of its forms.
 */
function readConfig(args: Args): { config: RunConfig; problems: Problem[] } | string {
  const name = args.source === '-' ? 'standard input' : args.source;
  let text = args.source;
  let json = false;
  try {
    if (args.fromFile) {
      text = readFileSync(args.source === '-' ? 0 : args.source, 'utf8').trim();
      json = text.startsWith('{');
    } else if (args.source.endsWith('.json') && existsSync(args.source)) {
      text = readFileSync(args.source, 'utf8');
      json = true;
    }
  } catch (error) {
    return `cannot read ${name}: ${String(error)}`;
  }
  if (!json) return decodeLink(text);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return {
      ...validateConfig({}),
      problems: [problem('', msg('problem.config.notJson', { name, error: String(error) }))],
    };
  }
  const validated = validateConfig(parsed);
  return { config: validated.config, problems: boundProblems(validated.problems) };
}

function main(argv: string[]): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(args);
    return 2;
  }
  const read = readConfig(args);
  if (typeof read === 'string') {
    console.error(read);
    return 2;
  }
  const { config, problems } = read;
  const assets: DatasetAssets =
    needsAssets(config) === 'digits' ? { digits: loadDigitsFromDisk() } : {};
  const run = prepareRun(config, assets);
  if (!run.ok) {
    console.error(`the run could not start: ${run.error}`);
    // The problems often explain it (e.g. CSV text that was not base64url, so no data).
    for (const problem of problems) console.error(`  - ${problem.message}`);
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
