import { useEffect, useMemo, useRef, useState } from 'react';
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
/** While training runs, the focus numbers are read at most this often. */
const READ_INTERVAL_MS = 500;

/** Which sample of an open trace the inspector is on (its current operation's, else the first). */
function inspectedSample(trace: NonNullable<AppState['trace']>, op: number): number {
  const current = trace.ops[op];
  return current && 'sample' in current ? current.sample : 0;
}

/** Whether the configured network has neuron `index` of layer `layer` (1-based; the last is the output). */
function inNetwork(
  hidden: readonly { size: number }[],
  { layer, index }: { layer: number; index: number },
): boolean {
  if (layer < 1 || layer > hidden.length + 1 || index < 0) return false;
  // The output layer's width comes with the data, known only once the run is built.
  return layer > hidden.length || index < hidden[layer - 1].size;
}

/**
 * A count that goes up when the live snapshot should be read again: at most every
 * READ_INTERVAL_MS while training runs, and never while a traced step is shown. A snapshot
 * within the interval is read at its end: the last one before a pause (a new run's first,
 * when a lesson opens over a running network) must not be skipped for good.
 */
function useLiveReads(tracing: boolean): number {
  const [version, setVersion] = useState(0);
  const lastRead = useRef(0);
  const trailing = useRef<number | null>(null);
  useLiveFrame((run) => {
    if (tracing || !run.snapshot) return;
    const read = (): void => {
      lastRead.current = performance.now();
      setVersion((v) => v + 1);
    };
    const wait = READ_INTERVAL_MS - (performance.now() - lastRead.current);
    if (wait <= 0) return read();
    trailing.current ??= window.setTimeout(() => {
      trailing.current = null;
      read();
    }, wait);
  });
  useEffect(() => () => window.clearTimeout(trailing.current ?? undefined), []);
  return version;
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
  const version = useLiveReads(trace !== null);
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
  if (!opened) {
    // Between a new run's settings and its first snapshot the neuron may be missing from the
    // numbers while the network has it: that is a wait, not a mistake.
    const waiting = inNetwork(config.network.hidden, neuron);
    return <p className="sg-hint">{t(waiting ? 'scalar.waiting' : 'scalar.notInNetwork')}</p>;
  }
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
