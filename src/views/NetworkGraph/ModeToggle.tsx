import { useAppStore, type AppState } from '../../state/store';

const selectMode = (s: AppState) => s.graphMode;

/** Forward (activations and weights) or backward (deltas and gradients). */
export function ModeToggle() {
  const mode = useAppStore(selectMode);
  const set = (graphMode: 'forward' | 'backward'): void => useAppStore.setState({ graphMode });
  return (
    <div className="ng-mode" role="group" aria-label="What the graph shows">
      <button
        type="button"
        aria-pressed={mode === 'forward'}
        title="Forward pass: activations z on the nodes, weights w on the edges"
        onClick={() => set('forward')}
      >
        Forward
      </button>
      <button
        type="button"
        aria-pressed={mode === 'backward'}
        title="Backward pass: deltas δ on the nodes, gradients ∂C/∂w on the edges"
        onClick={() => set('backward')}
      >
        Backward
      </button>
    </div>
  );
}
