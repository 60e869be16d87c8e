import { useId } from 'react';
import { NEW_LAYER } from '../../../config/fields';
import { LIMITS } from '../../../config/limits';
import type { LayerConfig } from '../../../config/types';
import { LayerRow } from './LayerRow';

interface HiddenLayersProps {
  layers: readonly LayerConfig[];
  onChange: (layers: LayerConfig[]) => void;
}

/**
 * The hidden layers as a small table, one row per layer from input to output, so the whole
 * architecture reads at a glance. Each control is named by its row and column headers
 * ("Hidden layer 2 Width").
 */
export function HiddenLayers({ layers, onChange }: HiddenLayersProps) {
  const id = useId();
  const headers = {
    width: `${id}-width`,
    activation: `${id}-activation`,
    bias: `${id}-bias`,
    dropout: `${id}-dropout`,
    norm: `${id}-norm`,
  };
  const full = layers.length >= LIMITS.hiddenLayers;

  const setLayer = (index: number, layer: LayerConfig): void =>
    onChange(layers.map((l, i) => (i === index ? layer : l)));
  const remove = (index: number): void => onChange(layers.filter((_, i) => i !== index));
  // A new layer repeats the last one, the usual way to deepen a network.
  const add = (): void => onChange([...layers, { ...(layers[layers.length - 1] ?? NEW_LAYER) }]);

  return (
    <div className="hidden-layers">
      {layers.length > 0 ? (
        <table className="layers-table">
          <caption className="sr-only">Hidden layers, from input to output</caption>
          <thead>
            <tr>
              <th scope="col" className="layer-index">
                <span aria-hidden="true">#</span>
                <span className="sr-only">Layer</span>
              </th>
              <th scope="col" id={headers.width}>
                Width
              </th>
              <th scope="col" id={headers.activation}>
                Activation
              </th>
              <th scope="col" id={headers.bias}>
                Bias
              </th>
              <th scope="col" id={headers.dropout}>
                Dropout
              </th>
              <th scope="col" id={headers.norm}>
                <abbr title="Batch normalization of the pre-activation: â = (a − μ_B)/√(σ²_B + ε), y = γ·â + β. The bias is off while it is on (β takes its role).">
                  BN
                </abbr>
                <span className="sr-only"> batch normalization</span>
              </th>
              <th scope="col">
                <span className="sr-only">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {layers.map((layer, index) => (
              <LayerRow
                key={index}
                index={index}
                layer={layer}
                headers={headers}
                onChange={(next) => setLayer(index, next)}
                onRemove={() => remove(index)}
              />
            ))}
          </tbody>
        </table>
      ) : (
        <p className="field-hint">No hidden layer: the inputs connect straight to the output.</p>
      )}
      <div className="layers-actions">
        <button type="button" onClick={add} disabled={full}>
          <span aria-hidden="true">+ </span>Add hidden layer
        </button>
        {full && <span className="field-hint">{LIMITS.hiddenLayers} at most</span>}
      </div>
    </div>
  );
}
