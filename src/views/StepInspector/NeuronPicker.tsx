import type { TraceOp } from '../../core/trace';
import type { OpFocus } from './focus';
import { selectEdge, selectNeuron } from '../../state/actions';
import { useT } from '../shared/useT';

/**
 * Which neuron (and, for gradients and updates, which incoming edge) the formula shows. Picking
 * one selects it on the graph too, and clicking a node of the graph picks it here.
 */
export function NeuronPicker({
  op,
  focus,
  sizes,
}: {
  op: TraceOp;
  focus: OpFocus;
  sizes: readonly number[];
}) {
  const t = useT();
  if (op.kind === 'loss') return null;
  const l = focus.layer;
  const edge = op.kind === 'gradients' || op.kind === 'update';
  const options = (n: number) =>
    Array.from({ length: n }, (_, k) => (
      <option key={k} value={k}>
        {k + 1}
      </option>
    ));
  return (
    <div className="si-picker">
      <label>
        <span>
          {l === sizes.length - 1
            ? t('inspector.picker.output')
            : t('inspector.picker.neuron', { layer: l })}
        </span>
        <select
          value={focus.neuron}
          onChange={(e) => {
            selectNeuron({ layer: l, index: Number(e.target.value) });
          }}
        >
          {options(sizes[l])}
        </select>
      </label>
      {edge && (
        <label>
          <span>
            {l === 1
              ? t('inspector.picker.fromInput')
              : t('inspector.picker.from', { layer: l - 1 })}
          </span>
          <select
            value={focus.input}
            onChange={(e) =>
              selectEdge({ layer: l, to: focus.neuron, from: Number(e.target.value) })
            }
          >
            {options(sizes[l - 1])}
          </select>
        </label>
      )}
    </div>
  );
}
