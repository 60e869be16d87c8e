/**
 * Races optimizers on a 2-D test surface headless and prints their paths as JSON:
 *
 *   npm run race -- --surface rosenbrock --from=-1.5,2 --steps 200 \
 *     --opt adam:lr=0.01 --opt momentum:lr=0.001,mom=0.9
 *
 * The updates are the optimizer registry's own (the engine's), and the settings use the
 * network's link keys with the same defaults and ranges.
 */
import { OPTIMIZER_DESCRIPTORS, OPTIMIZER_HYPERS } from '../core/choices/optimizers';
import { advanceRace, createRace } from '../core/race/race';
import { optimizerUpdate } from '../core/race/update';
import { SURFACES, SURFACE_NAMES, isSurfaceName } from '../core/surfaces';
import {
  RACE_LIMITS,
  defaultRun,
  isOptimizerName,
  isRaceSettingKey,
  ruleFor,
  ruleProblemText,
  setRunValue,
} from '../config/race';
import type { OptimizerSettings } from '../core/choices/optimizers';
import { english } from '../core/i18n/message';

const USAGE =
  'usage: npm run race -- --surface NAME --from=X,Y --steps N --opt NAME[:key=value,…] [--opt …]\n' +
  `  surfaces: ${SURFACE_NAMES.join(', ')}\n` +
  `  optimizers: ${Object.keys(OPTIMIZER_DESCRIPTORS).join(', ')}\n` +
  '  settings: lr, mom, rho, beta1, beta2, eps, wd (defaults and ranges as for the network)';

interface RaceArgs {
  surface: string;
  from: [number, number] | null;
  steps: number;
  runs: OptimizerSettings[];
}

function parseOpt(text: string): OptimizerSettings | string {
  const colon = text.indexOf(':');
  const kind = colon === -1 ? text : text.slice(0, colon);
  if (!isOptimizerName(kind)) return `unknown optimizer '${kind}'`;
  const run = defaultRun(kind, 0.01);
  if (colon === -1) return run;
  for (const pair of text.slice(colon + 1).split(',')) {
    const eq = pair.indexOf('=');
    const key = pair.slice(0, eq);
    const value = Number(pair.slice(eq + 1));
    if (eq === -1 || !isRaceSettingKey(key)) return `unknown setting '${pair}' for ${kind}`;
    const problem = ruleProblemText(`${kind}: ${key} '${pair.slice(eq + 1)}'`, value, ruleFor(key));
    if (problem !== null) return english(problem);
    setRunValue(run, key, value);
  }
  return run;
}

/** Reads `--name value` and `--name=value` forms. */
function parseArgs(argv: readonly string[]): RaceArgs | string {
  const args: RaceArgs = { surface: '', from: null, steps: 100, runs: [] };
  for (let k = 0; k < argv.length; k++) {
    const [flag, inline] =
      argv[k].startsWith('--') && argv[k].includes('=')
        ? [argv[k].slice(0, argv[k].indexOf('=')), argv[k].slice(argv[k].indexOf('=') + 1)]
        : [argv[k], undefined];
    const value = (): string => inline ?? argv[++k] ?? '';
    if (flag === '--surface') args.surface = value();
    else if (flag === '--from') {
      const xy = value().split(',').map(Number);
      if (
        xy.length !== 2 ||
        !xy.every((v) => Number.isFinite(v) && Math.abs(v) <= RACE_LIMITS.coordinate)
      )
        return `--from needs two numbers in [-${RACE_LIMITS.coordinate}, ${RACE_LIMITS.coordinate}] like --from=-1.5,2`;
      args.from = [xy[0], xy[1]];
    } else if (flag === '--steps') {
      const text = value();
      if (!/^\d+$/.test(text) || Number(text) > RACE_LIMITS.steps)
        return `--steps needs a whole number from 0 to ${RACE_LIMITS.steps}, not '${text}'`;
      args.steps = Number(text);
    } else if (flag === '--opt') {
      const run = parseOpt(value());
      if (typeof run === 'string') return run;
      args.runs.push(run);
    } else if (flag === '--help' || flag === '-h') return USAGE;
    else return `unexpected argument '${argv[k]}'`;
  }
  if (!isSurfaceName(args.surface))
    return `unknown surface '${args.surface}'; one of ${SURFACE_NAMES.join(', ')}`;
  if (args.runs.length === 0) return 'give at least one --opt';
  if (args.runs.length > RACE_LIMITS.runs) return `at most ${RACE_LIMITS.runs} runs`;
  return args;
}

/** A run's settings as the link keys of what its optimizer reads. */
function settingsByKey(run: OptimizerSettings): Record<string, number> {
  const out: Record<string, number> = { lr: run.learningRate };
  for (const hyper of OPTIMIZER_DESCRIPTORS[run.kind].hypers)
    out[OPTIMIZER_HYPERS[hyper].linkKey] = run[hyper];
  return out;
}

export function raceMain(argv: readonly string[]): { code: number; out: string } {
  const args = parseArgs(argv);
  if (typeof args === 'string') return { code: args === USAGE ? 0 : 1, out: args };
  if (!isSurfaceName(args.surface)) return { code: 1, out: 'unknown surface' };
  const start = SURFACES[args.surface].start;
  const race = createRace(args.surface, args.from ?? [start[0], start[1]], args.runs);
  advanceRace(race, args.steps, [], optimizerUpdate);
  const result = {
    surface: race.surface,
    from: race.from,
    runs: race.runs.map((run) => ({
      optimizer: run.settings.kind,
      settings: settingsByKey(run.settings),
      path: Array.from({ length: run.path.length / 2 }, (_, i) => [
        run.path[2 * i],
        run.path[2 * i + 1],
      ]),
      f: run.f,
      ...(run.divergedAt === null ? {} : { divergedAt: run.divergedAt }),
    })),
  };
  return { code: 0, out: JSON.stringify(result) };
}

if (process.argv[1]?.endsWith('race.ts')) {
  const { code, out } = raceMain(process.argv.slice(2));
  if (code === 0) console.log(out);
  else console.error(out);
  process.exitCode = code;
}
