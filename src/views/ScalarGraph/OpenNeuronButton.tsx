import { useAppStore, type AppState } from '../../state/store';
import { openNeuron } from './graphActions';
import { useT } from '../shared/useT';

const selectNode = (s: AppState) => s.selectedNode;

/** On the network graph: opens the selected neuron as its own scalar graph. */
export function OpenNeuronButton() {
  const node = useAppStore(selectNode);
  const t = useT();
  if (!node || node.layer < 1) return null;
  return (
    <button
      type="button"
      className="sg-open-neuron"
      onClick={() => openNeuron(node.layer, node.index)}
    >
      {t('scalar.openNeuron')}
    </button>
  );
}
