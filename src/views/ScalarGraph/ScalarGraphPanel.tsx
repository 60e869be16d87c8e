import { useEffect, useRef } from 'react';
import { useAppStore } from '../../state/store';
import { useLessonState } from '../../state/lessonState';
import { useOpenViewScroll } from '../shared/useOpenViewScroll';
import { ExpressionMode } from './ExpressionMode';
import { openNeuron, usePanelStore } from './graphActions';
import { NeuronMode } from './NeuronMode';
import { WhyBackprop } from './WhyBackprop';
import './ScalarGraph.css';

/**
 * The computational graph of single numbers: an expression typed in, or one neuron of the
 * network opened from the network graph. Closed until asked for (or a link opens on it).
 */
export function ScalarGraphPanel() {
  const box = useRef<HTMLElement>(null);
  const { open, mode } = usePanelStore();
  const linkView = useAppStore((s) => s.view);
  useEffect(() => {
    if (linkView === 'graph') usePanelStore.setState({ open: true });
  }, [linkView]);
  useOpenViewScroll(box, 'graph');
  useLessonNeuron();
  // A neuron opened from the network graph brings the panel into sight.
  const neuron = usePanelStore((s) => s.neuron);
  useEffect(() => {
    if (neuron && usePanelStore.getState().mode === 'neuron')
      box.current?.scrollIntoView?.({ block: 'start' });
  }, [neuron]);
  return (
    <section ref={box} className="panel wide-panel scalar-graph" aria-label="Computational graph">
      <div className="sg-header">
        <h2>Computational graph</h2>
        <p className="sg-muted">
          Backprop on single numbers: one node per operation, the gradient walked back node by node.
        </p>
        <button
          type="button"
          aria-expanded={open}
          onClick={() => usePanelStore.setState({ open: !open })}
        >
          {open ? 'Hide' : 'Show'}
        </button>
      </div>
      {open && (
        <>
          <div className="sg-tabs" role="tablist" aria-label="What to draw">
            <button
              type="button"
              role="tab"
              aria-selected={mode === 'expression'}
              onClick={() => usePanelStore.setState({ mode: 'expression' })}
            >
              Expression
            </button>
            <button
              type="button"
              role="tab"
              aria-selected={mode === 'neuron'}
              onClick={() => usePanelStore.setState({ mode: 'neuron' })}
            >
              Neuron of the network
            </button>
          </div>
          {mode === 'expression' ? <ExpressionMode /> : <NeuronMode />}
          <WhyBackprop />
        </>
      )}
    </section>
  );
}

/** The graph lesson's last variant opens the output neuron of its trained network. */
function useLessonNeuron(): void {
  const active = useLessonState((s) => s.active);
  const depth = useAppStore((s) => (s.info ? s.info.sizes.length - 1 : 0));
  useEffect(() => {
    if (active?.lesson.id !== 'computational-graph' || depth === 0) return;
    if (active.variant.id === 'real-neuron') openNeuron(depth, 0);
    else usePanelStore.setState({ open: true, mode: 'expression' });
  }, [active, depth]);
}
