import { useId } from 'react';
import { HIDDEN_ACTIVATIONS, type HiddenActivation, type LayerConfig } from '../../../config/types';
import { ACTIVATION_LABELS } from '../choiceLabels';
import { describedBy, useChangeMode } from '../context';
import { Stepper } from '../fields/Stepper';
import { useNumberDraft } from '../fields/useNumberDraft';
import { layerNumberSpec } from '../specs';

const WIDTH = layerNumberSpec('size');
const DROPOUT = layerNumberSpec('dropout');

interface LayerRowProps {
  index: number;
  layer: LayerConfig;
  /** Ids of the column headers, which name the row's controls together with the row header. */
  headers: Record<'width' | 'activation' | 'bias' | 'dropout' | 'norm', string>;
  onChange: (layer: LayerConfig) => void;
  onRemove: () => void;
}

export function LayerRow({ index, layer, headers, onChange, onRemove }: LayerRowProps) {
  const id = useId();
  const rowId = `${id}-row`;
  const errorId = `${id}-error`;
  const name = `Hidden layer ${index + 1}`;
  const { noteId } = useChangeMode(`network.hidden.${index}`);
  const width = useNumberDraft(WIDTH, layer.size, WIDTH, (size) => onChange({ ...layer, size }));
  const dropout = useNumberDraft(DROPOUT, layer.dropout, DROPOUT, (v) =>
    onChange({ ...layer, dropout: v }),
  );
  const labelled = (column: keyof LayerRowProps['headers']): string =>
    `${rowId} ${headers[column]}`;
  const normed = layer.batchNorm === true;
  const normNoteId = `${id}-norm-note`;
  const errors = [
    width.error && `Width: ${width.error}`,
    dropout.error && `Dropout: ${dropout.error}`,
  ].filter(Boolean);

  return (
    <>
      <tr>
        <th scope="row" id={rowId} className="layer-index">
          <span className="sr-only">Hidden layer </span>
          {index + 1}
        </th>
        <td>
          <Stepper name={`${name} width`} value={layer.size} range={WIDTH} onStep={width.stepBy}>
            <input
              className="number-input"
              {...width.inputProps}
              aria-labelledby={labelled('width')}
              aria-describedby={describedBy(width.error && errorId, noteId)}
            />
          </Stepper>
        </td>
        <td>
          <select
            value={layer.activation}
            aria-labelledby={labelled('activation')}
            aria-describedby={noteId}
            onChange={(event) =>
              onChange({ ...layer, activation: event.target.value as HiddenActivation })
            }
          >
            {HIDDEN_ACTIVATIONS.map((activation) => (
              <option key={activation} value={activation}>
                {ACTIVATION_LABELS[activation]}
              </option>
            ))}
          </select>
        </td>
        <td className="layer-bias">
          <input
            type="checkbox"
            checked={layer.bias && !normed}
            disabled={normed}
            title={normed ? 'Off while batch norm is on: β takes the bias’s role' : undefined}
            aria-labelledby={labelled('bias')}
            aria-describedby={describedBy(normed && normNoteId, noteId)}
            onChange={(event) => onChange({ ...layer, bias: event.target.checked })}
          />
          {normed && (
            <span id={normNoteId} className="sr-only">
              Off while batch normalization is on: β takes the bias’s role.
            </span>
          )}
        </td>
        <td>
          <input
            className="number-input"
            {...dropout.inputProps}
            aria-labelledby={labelled('dropout')}
            aria-describedby={describedBy(dropout.error && errorId, noteId)}
          />
        </td>
        <td className="layer-bias">
          {/* Batch norm: written `_n` in the link; refused at a batch size of 1. */}
          <input
            type="checkbox"
            checked={normed}
            aria-labelledby={labelled('norm')}
            aria-describedby={noteId}
            onChange={(event) => {
              const { batchNorm: _off, ...rest } = layer;
              onChange(event.target.checked ? { ...rest, batchNorm: true } : rest);
            }}
          />
        </td>
        <td>
          <button
            type="button"
            className="remove-layer"
            aria-label={`Remove hidden layer ${index + 1}`}
            title={`Remove hidden layer ${index + 1}`}
            onClick={onRemove}
          >
            ✕
          </button>
        </td>
      </tr>
      {errors.length > 0 && (
        <tr className="layer-error-row">
          <td />
          <td colSpan={6} id={errorId} className="field-error">
            {errors.join(' ')}
          </td>
        </tr>
      )}
    </>
  );
}
