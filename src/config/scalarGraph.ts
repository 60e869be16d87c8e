/**
 * The computational-graph view's part of a run's description: its expression, its variables'
 * values and the position of its backward walk. Kept in one place so that the field table,
 * the link keys and the validator each add them with one line.
 */
import { expressionFacts, GRAPH_LIMITS, parseValueList } from '../core/scalarGraph';
import { msg } from '../core/i18n/message';
import { problem as makeProblem, type Problem } from './problems';
import type { OpenAt } from './types';

export const GRAPH_DEFAULTS: Pick<OpenAt, 'graphExpression' | 'graphValues' | 'graphStep'> = {
  graphExpression: '(x + y) * z',
  graphValues: '-2,5,-4',
  graphStep: 0,
};

/** The longest value list: every node a variable, each value at most 24 characters. */
export const GRAPH_VALUES_CHARS = GRAPH_LIMITS.nodes * 25;

function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * An expression that cannot be read falls back to the default one, with a message naming the
 * position ("unexpected ')' at 7"); values that do not fit its variables become 0 where
 * missing or unreadable, with a message naming the entry.
 */
export function checkGraphOpen(open: OpenAt, problems: Problem[]): void {
  const facts = expressionFacts(open.graphExpression);
  if (!facts.ok) {
    const text = msg('problem.graph.badExpression', {
      expression: excerpt(open.graphExpression),
      why: facts.problem.text,
      using: GRAPH_DEFAULTS.graphExpression,
    });
    problems.push(makeProblem('open.graphExpression', text));
    open.graphExpression = GRAPH_DEFAULTS.graphExpression;
    open.graphValues = GRAPH_DEFAULTS.graphValues;
    open.graphStep = 0;
    return;
  }
  const count = facts.variables.length;
  const { values, problem } = parseValueList(open.graphValues, count);
  if (problem === null) return;
  const filled = facts.variables.map((_, k) => values[k] ?? 0);
  const shown = facts.variables.map((v, k) => `${v} = ${filled[k]}`).join(', ');
  const text = msg('problem.graph.badValues', {
    values: excerpt(open.graphValues),
    why: problem,
    using: shown,
  });
  problems.push(makeProblem('open.graphValues', text));
  open.graphValues = filled.join(',');
}
