import { useAppStore } from '../../state/store';
import { setGraphMode } from '../../state/actions';
import { selectGraphMode, selectInspecting } from '../../state/selectors';

/** Forward (activations and weights) or backward (deltas and gradients). */
export function ModeToggle() {
  const mode = useAppStore(selectGraphMode);
  const inspecting = useAppStore(selectInspecting);
  const set = setGraphMode;
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
      {inspecting && (
        <button
          type="button"
          aria-pressed={mode === 'delta-w'}
          title="The inspected step's update: the change Δw of each weight on the edges"
          onClick={() => set('delta-w')}
        >
          Δw
        </button>
      )}
    </div>
  );
}
