import { useAppStore, type AppState } from '../../state/store';
import { openNeuron } from './graphActions';

const selectNode = (s: AppState) => s.selectedNode;

/** On the network graph: opens the selected neuron as its own scalar graph. */
export function OpenNeuronButton() {
  const node = useAppStore(selectNode);
  if (!node || node.layer < 1) return null;
  return (
    <button
      type="button"
      className="sg-open-neuron"
      onClick={() => openNeuron(node.layer, node.index)}
    >
      Open neuron as scalar graph
    </button>
  );
}
