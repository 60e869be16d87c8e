/**
 * Computes a scalar expression's computational graph headless and prints it as JSON:
 *
 *   npm run graph -- '<expression>' x=-2 y=5 z=-4 [--sigmoid]
 *
 * prints { "value", "gradients": { variable: ∂f/∂variable }, "nodes": [{ id, op, inputs,
 * value, grad }] }. A bad expression, a missing or unreadable value, or arithmetic without an
 * answer prints one clear line on stderr and exits 1. --sigmoid reads 1/(1+exp(−u)) as one σ.
 */
import { computeGraph, expressionFacts, graphJson } from '../core/scalarGraph';

const USAGE = `usage: npm run graph -- '<expression>' name=value … [--sigmoid]`;

interface Args {
  expression: string;
  values: Record<string, number>;
  collapseSigmoid: boolean;
}

export function parseGraphArgs(argv: readonly string[]): Args | string {
  let expression: string | null = null;
  const values: Record<string, number> = Object.create(null) as Record<string, number>;
  let collapseSigmoid = false;
  for (const arg of argv) {
    if (arg === '--help' || arg === '-h') return USAGE;
    if (arg === '--sigmoid') {
      collapseSigmoid = true;
      continue;
    }
    const eq = arg.indexOf('=');
    if (expression !== null && eq > 0) {
      const name = arg.slice(0, eq).trim();
      const text = arg.slice(eq + 1).trim();
      const value = text === '' ? Number.NaN : Number(text.replace('\u2212', '-'));
      if (!Number.isFinite(value))
        return `value of ${name} '${text.slice(0, 40)}' is not a finite number`;
      values[name] = value;
    } else if (expression === null) {
      expression = arg;
    } else {
      return `unexpected argument '${arg.slice(0, 40)}' (values are written name=value)\n${USAGE}`;
    }
  }
  if (expression === null) return USAGE;
  return { expression, values, collapseSigmoid };
}

/** Runs the command; returns the exit code and what to print where. */
export function runGraph(argv: readonly string[]): { code: number; out: string; err: string } {
  const args = parseGraphArgs(argv);
  if (typeof args === 'string') return { code: 1, out: '', err: args };
  const facts = expressionFacts(args.expression);
  if (!facts.ok) return { code: 1, out: '', err: `bad expression: ${facts.problem.message}` };
  const missing = facts.variables.filter((v) => !(v in args.values));
  if (missing.length > 0) {
    const list = missing.map((v) => `${v}=…`).join(' ');
    return { code: 1, out: '', err: `missing value${missing.length > 1 ? 's' : ''}: give ${list}` };
  }
  const unknown = Object.keys(args.values).filter((v) => !facts.variables.includes(v));
  if (unknown.length > 0) {
    return {
      code: 1,
      out: '',
      err: `the expression has no variable ${unknown.map((v) => `'${v}'`).join(', ')}`,
    };
  }
  const result = computeGraph(args.expression, args.values, {
    collapseSigmoid: args.collapseSigmoid,
  });
  if (!result.ok) return { code: 1, out: '', err: result.problem.message };
  return { code: 0, out: JSON.stringify(graphJson(result.graph), null, 2), err: '' };
}

function main(): void {
  let result: { code: number; out: string; err: string };
  try {
    result = runGraph(process.argv.slice(2));
  } catch (error) {
    result = {
      code: 1,
      out: '',
      err: `graph failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  if (result.out) process.stdout.write(result.out + '\n');
  if (result.err) process.stderr.write(result.err + '\n');
  process.exitCode = result.code;
}

// Run only as the command, not when a test imports runGraph.
if (process.argv[1]?.replace(/\\/g, '/').endsWith('cli/graph.ts')) main();
