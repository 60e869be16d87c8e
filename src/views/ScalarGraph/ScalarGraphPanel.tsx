import { useEffect, useRef } from 'react';
import { useAppStore } from '../../state/store';
import { useOpenViewScroll } from '../shared/useOpenViewScroll';
import { ExpressionMode } from './ExpressionMode';
import { usePanelStore } from './graphActions';
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
