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
        source: `the inspected sample (${index < 0 ? 'typed in' : `#${index}`}) of step ${trace.step + 1}`,
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
      source: `the focus sample (#${headerValue(snap, 'focusSample')}) after ${headerValue(snap, 'step')} steps`,
    };
    // `version` re-reads the live snapshot.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [neuron, trace, op, config, version]);
  if (!neuron) {
    return (
      <p className="sg-hint">
        Select a neuron in the network graph (click it), then press{' '}
        <strong>Open as scalar graph</strong>.
      </p>
    );
  }
  if (!opened) return <p className="sg-hint">This neuron is not in the current network.</p>;
  const L = opened.graph.nodes[opened.graph.output].op === 'loss';
  return (
    <div className="sg-neuron">
      <p>
        Neuron {neuron.index + 1} of layer {neuron.layer}
        {L ? ' (output)' : ''} on {opened.source}: a = {formatValue(opened.numbers.a)}, z ={' '}
        {formatValue(opened.numbers.z)}, δ = ∂C/∂a ={' '}
        <span data-testid="sg-neuron-delta">{formatValue(opened.numbers.delta)}</span>
        {opened.numbers.cost !== null && <>, C = {formatValue(opened.numbers.cost)}</>}. The numbers
        are the engine’s own for this step.
      </p>
      <GraphView graph={opened.graph} position={position} onMove={setPosition} />
    </div>
  );
}
