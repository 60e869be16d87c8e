import { useMemo, useState } from 'react';
import { computeGraph, expressionFacts, PRESETS, variableGradients } from '../../core/scalarGraph';
import { useAppStore, type AppState } from '../../state/store';
import { formatValue } from '../shared/format';
import { setGraphOpen, switchExpression, valuesByName } from './graphActions';
import { GraphView } from './GraphView';
import type { PlainTextKey } from '../shared/richText';
import { useT } from '../shared/useT';

/** Preset titles in words (the others are formulas and read the same in every language). */
const PRESET_TITLES: Readonly<Record<string, PlainTextKey>> = {
  'sigmoid-neuron': 'scalar.preset.sigmoidNeuron',
  'neuron-loss': 'scalar.preset.neuronLoss',
};

const selectOpen = (s: AppState) => s.config.open;

/** Type an expression, set its values, walk its graph backward. */
export function ExpressionMode() {
  const t = useT();
  const open = useAppStore(selectOpen);
  const [draft, setDraft] = useState<string | null>(null);
  const [collapse, setCollapse] = useState(false);
  const text = draft ?? open.graphExpression;
  const facts = useMemo(() => expressionFacts(text), [text]);
  const values = useMemo(() => valuesByName(open.graphExpression, open.graphValues), [open]);
  const result = useMemo(
    () => computeGraph(open.graphExpression, values, { collapseSigmoid: collapse }),
    [open.graphExpression, values, collapse],
  );
  const edit = (next: string): void => {
    setDraft(next);
    if (expressionFacts(next).ok) switchExpression(next, values);
  };
  const problem = facts.ok ? (result.ok ? null : result.problem) : facts.problem;
  return (
    <div className="sg-expression">
      <div className="sg-presets" role="group" aria-label={t('scalar.presets')}>
        {PRESETS.map((p) => (
          <button
            key={p.id}
            type="button"
            onClick={() => {
              setDraft(null);
              setGraphOpen({
                graphExpression: p.expression,
                graphValues: Object.values(p.values).join(','),
                graphStep: 0,
              });
            }}
          >
            {p.id in PRESET_TITLES ? t(PRESET_TITLES[p.id]) : p.title}
          </button>
        ))}
      </div>
      <label className="sg-input">
        <span>f =</span>
        <input
          type="text"
          value={text}
          spellCheck={false}
          aria-label={t('scalar.expression')}
          aria-invalid={problem !== null}
          onChange={(e) => edit(e.target.value)}
          onBlur={() => facts.ok && setDraft(null)}
        />
      </label>
      {problem && (
        <p className="sg-problem" role="alert">
          {problem.message}
          {problem.at > 0 && <Caret text={text} at={problem.at} />}
        </p>
      )}
      {facts.ok && <ValueInputs variables={facts.variables} values={values} />}
      <SigmoidToggle
        expression={open.graphExpression}
        values={values}
        collapse={collapse}
        onChange={setCollapse}
      />
      {result.ok && (
        <GraphView
          graph={result.graph}
          position={open.graphStep}
          onMove={(graphStep) => setGraphOpen({ graphStep })}
        />
      )}
    </div>
  );
}

/** The expression with a mark under the position a message names. */
function Caret({ text, at }: { text: string; at: number }) {
  const chars = Array.from(text);
  return (
    <code className="sg-caret" aria-hidden="true">
      {chars.slice(0, at - 1).join('')}
      <mark>{chars[at - 1] ?? ' '}</mark>
      {chars.slice(at).join('')}
    </code>
  );
}

function ValueInputs({
  variables,
  values,
}: {
  variables: string[];
  values: Record<string, number>;
}) {
  const t = useT();
  const open = useAppStore(selectOpen);
  const set = (name: string, raw: string): void => {
    const x = Number(raw.replace('\u2212', '-'));
    if (raw.trim() === '' || !Number.isFinite(x)) return;
    const list = variables.map((v) => (v === name ? x : values[v]));
    setGraphOpen({ graphValues: list.join(','), graphStep: open.graphStep });
  };
  return (
    <div className="sg-values">
      {variables.map((v) => (
        <label key={`${open.graphExpression}:${v}`}>
          <span>{v} =</span>
          <input
            type="text"
            inputMode="decimal"
            defaultValue={String(values[v])}
            aria-label={t('scalar.valueOf', { name: v })}
            onChange={(e) => set(v, e.target.value)}
          />
        </label>
      ))}
    </div>
  );
}

interface SigmoidToggleProps {
  expression: string;
  values: Record<string, number>;
  collapse: boolean;
  onChange: (collapse: boolean) => void;
}

/** Collapses 1/(1+exp(−u)) into one σ gate and shows that both graphs give the same gradients. */
function SigmoidToggle({ expression, values, collapse, onChange }: SigmoidToggleProps) {
  const t = useT();
  const facts = expressionFacts(expression);
  if (!facts.ok || !facts.expandedSigmoid) return null;
  const full = computeGraph(expression, values);
  const one = computeGraph(expression, values, { collapseSigmoid: true });
  if (!full.ok || !one.ok) return null;
  const a = variableGradients(full.graph);
  const b = variableGradients(one.graph);
  const worst = Math.max(...Object.keys(a).map((v) => Math.abs(a[v] - b[v])));
  return (
    <div className="sg-sigmoid">
      <label>
        <input type="checkbox" checked={collapse} onChange={(e) => onChange(e.target.checked)} />{' '}
        {t('scalar.collapse')}
      </label>
      <p className="sg-muted">
        {t('scalar.collapseSame', {
          full: full.graph.nodes.length,
          one: one.graph.nodes.length,
          gradients: Object.keys(a)
            .map((v) => `∂f/∂${v} = ${formatValue(b[v])}`)
            .join(', '),
          worst: worst === 0 ? '0' : worst.toExponential(1),
        })}
      </p>
    </div>
  );
}
