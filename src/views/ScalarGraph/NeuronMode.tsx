import { useMemo, useRef, useState } from 'react';
import { neuronGraph } from '../../core/scalarGraph';
import { headerValue } from '../../core/snapshotReader';
import { live } from '../../state/live';
import { useAppStore, type AppState } from '../../state/store';
import { useLiveFrame } from '../shared/useLiveFrame';
import { formatValue } from '../shared/format';
import { usePanelStore } from './graphActions';
import { GraphView } from './GraphView';
import { neuronFactsFromSnapshot, neuronFactsFromTrace } from './neuronFacts';
import { useRichT } from '../shared/richText';
import { useT } from '../shared/useT';

const selectTrace = (s: AppState) => s.trace;
const selectConfig = (s: AppState) => s.config;
const selectOp = (s: AppState) => s.inspectOp;

/** Which sample of an open trace the inspector is on (its current operation's, else the first). */
function inspectedSample(trace: NonNullable<AppState['trace']>, op: number): number {
  const current = trace.ops[op];
  return current && 'sample' in current ? current.sample : 0;
}

/**
 * A neuron of the network as its own scalar graph, for the sample being inspected (when the
 * step inspector has a step open) or for the focus sample. While training runs the focus
 * numbers are read twice a second, not every frame.
 */
export function NeuronMode() {
  const t = useT();
  const rich = useRichT();
  const neuron = usePanelStore((s) => s.neuron);
  const trace = useAppStore(selectTrace);
  const config = useAppStore(selectConfig);
  const op = useAppStore(selectOp);
  const [position, setPosition] = useState(0);
  const [version, setVersion] = useState(0);
  const lastRead = useRef(0);
  useLiveFrame((run) => {
    if (trace || !run.snapshot) return;
    const now = performance.now();
    if (now - lastRead.current < 500) return;
    lastRead.current = now;
    setVersion((v) => v + 1);
  });
  const opened = useMemo(() => {
    if (!neuron) return null;
    if (trace) {
      const s = inspectedSample(trace, op);
      if (neuron.layer >= trace.sizes.length || neuron.index >= trace.sizes[neuron.layer])
        return null;
      const facts = neuronFactsFromTrace(trace, s, neuron.layer, neuron.index, config);
      const index = trace.samples[s].index;
      return {
        ...neuronGraph(facts),
        source:
          index < 0
            ? t('scalar.source.typedIn', { step: trace.step + 1 })
            : t('scalar.source.inspected', { sample: index, step: trace.step + 1 }),
      };
    }
    const snap = live.snapshot;
    const lay = live.layout;
    if (
      !snap ||
      !lay ||
      neuron.layer >= lay.sizes.length ||
      neuron.index >= lay.sizes[neuron.layer]
    )
      return null;
    const facts = neuronFactsFromSnapshot(
      snap,
      lay,
      neuron.layer,
      neuron.index,
      config,
      headerValue(snap, 'focusLoss'),
    );
    return {
      ...neuronGraph(facts),
      source: t('scalar.source.focus', {
        sample: headerValue(snap, 'focusSample'),
        steps: headerValue(snap, 'step'),
      }),
    };
    // `version` re-reads the live snapshot.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [neuron, trace, op, config, version, t]);
  if (!neuron) {
    return (
      <p className="sg-hint">
        {rich('scalar.pickNeuron', { button: <strong>{t('scalar.openNeuron')}</strong> })}
      </p>
    );
  }
  if (!opened) return <p className="sg-hint">{t('scalar.notInNetwork')}</p>;
  return (
    <div className="sg-neuron">
      <NeuronSummary neuron={neuron} opened={opened} />
      <GraphView graph={opened.graph} position={position} onMove={setPosition} />
    </div>
  );
}

/** Which neuron, on which sample, and its a, z, δ (and C): the engine's own numbers. */
function NeuronSummary({
  neuron,
  opened,
}: {
  neuron: { layer: number; index: number };
  opened: ReturnType<typeof neuronGraph> & { source: string };
}) {
  const rich = useRichT();
  const output = opened.graph.nodes[opened.graph.output].op === 'loss';
  const { a, z, delta, cost } = opened.numbers;
  return (
    <p>
      {rich(output ? 'scalar.neuronOutput' : 'scalar.neuron', {
        index: neuron.index + 1,
        layer: neuron.layer,
        source: opened.source,
        numbers: (
          <>
            a = {formatValue(a)}, z = {formatValue(z)}, δ = ∂C/∂a ={' '}
            <span data-testid="sg-neuron-delta">{formatValue(delta)}</span>
            {cost !== null && <>, C = {formatValue(cost)}</>}
          </>
        ),
      })}
    </p>
  );
}
