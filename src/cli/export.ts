/**
 * Exports a run as a program of its own:
 *
 *   npm run export -- '<link | #hash | config.json>' --format numpy > run.py
 *   python3 run.py --steps N      # the numbers `npm run replay -- '<link>' --steps N` prints
 */
import { existsSync, readFileSync } from 'node:fs';
import { decodeLink } from '../config/link';
import type { Problem } from '../config/problems';
import type { RunConfig } from '../config/types';
import { validateConfig } from '../config/validate';
import { needsAssets } from '../data';
import { loadDigitsFromDisk } from '../data/digitsNode';
import { numpyScript } from '../export/numpy';

const USAGE = `usage: npm run export -- '<link | #hash | config.json>' --format numpy > run.py`;
const FORMATS = ['numpy'] as const;

function parseArgs(argv: string[]): { source: string; format: 'numpy' } | string {
  let source: string | null = null;
  let format: string | null = null;
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k];
    if (arg === '--format') format = argv[++k] ?? '';
    else if (arg === '--help' || arg === '-h') return USAGE;
    else if (source === null) source = arg;
    else return `unexpected argument '${arg}'\n${USAGE}`;
  }
  if (source === null || format === null) return USAGE;
  if (format !== 'numpy')
    return `unknown format '${format}': the formats are ${FORMATS.join(', ')}`;
  return { source, format };
}

/** A config from a JSON file, or from a link in any of its forms (as `npm run replay` reads). */
function readConfig(source: string): { config: RunConfig; problems: Problem[] } | string {
  if (source.endsWith('.json') && existsSync(source)) {
    try {
      return validateConfig(JSON.parse(readFileSync(source, 'utf8')));
    } catch (error) {
      return `${source} is not valid JSON (${String(error)})`;
    }
  }
  return decodeLink(source);
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(args);
    return 2;
  }
  const read = readConfig(args.source);
  if (typeof read === 'string') {
    console.error(read);
    return 1;
  }
  const { config, problems } = read;
  const assets = needsAssets(config) === 'digits' ? { digits: loadDigitsFromDisk() } : {};
  const exported = await numpyScript(config, {
    assets,
    problems: problems.map((p) => p.message),
  });
  if (!exported.ok) {
    console.error(`the run could not start: ${exported.error}`);
    return 1;
  }
  process.stdout.write(exported.script);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
