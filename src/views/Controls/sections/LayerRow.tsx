import { useId } from 'react';
import { HIDDEN_ACTIVATIONS, type HiddenActivation, type LayerConfig } from '../../../config/types';
import { useT } from '../../shared/useT';
import { ACTIVATION_LABELS, labelText } from '../choiceLabels';
import { describedBy, useChangeMode } from '../context';
import { Stepper } from '../fields/Stepper';
import { useNumberDraft } from '../fields/useNumberDraft';
import { layerNumberSpec } from '../specs';

const WIDTH = layerNumberSpec('size');
const DROPOUT = layerNumberSpec('dropout');

type Column = 'width' | 'activation' | 'bias' | 'dropout' | 'norm';

interface LayerRowProps {
  index: number;
  layer: LayerConfig;
  /** Ids of the column headers, which name the row's controls together with the row header. */
  headers: Record<Column, string>;
  onChange: (layer: LayerConfig) => void;
  onRemove: () => void;
}

/** One hidden layer: width, activation, bias, batch norm, dropout, and its remove button. */
export function LayerRow({ index, layer, headers, onChange, onRemove }: LayerRowProps) {
  const id = useId();
  const t = useT();
  const rowId = `${id}-row`;
  const errorId = `${id}-error`;
  const { noteId } = useChangeMode(`network.hidden.${index}`);
  const width = useNumberDraft(WIDTH, layer.size, WIDTH, (size) => onChange({ ...layer, size }));
  const dropout = useNumberDraft(DROPOUT, layer.dropout, DROPOUT, (v) =>
    onChange({ ...layer, dropout: v }),
  );
  const labelled = (column: Column): string => `${rowId} ${headers[column]}`;
  const errors = [
    width.error && t('controls.layers.widthError', { error: width.error }),
    dropout.error && t('controls.layers.dropoutError', { error: dropout.error }),
  ].filter(Boolean);
  const number = index + 1;

  return (
    <>
      <tr>
        <th scope="row" id={rowId} className="layer-index">
          <span className="sr-only">{t('controls.layers.rowHeader', { number })}</span>
          <span aria-hidden="true">{number}</span>
        </th>
        <td>
          <Stepper
            name={t('controls.layers.widthName', { number })}
            value={layer.size}
            range={WIDTH}
            onStep={width.stepBy}
          >
            <input
              className="number-input"
              {...width.inputProps}
              aria-labelledby={labelled('width')}
              aria-describedby={describedBy(width.error && errorId, noteId)}
            />
          </Stepper>
        </td>
        <ActivationCell
          value={layer.activation}
          labelledBy={labelled('activation')}
          noteId={noteId}
          onChange={(activation) => onChange({ ...layer, activation })}
        />
        <NormCells layer={layer} labelled={labelled} noteId={noteId} onChange={onChange} />
        <td>
          <input
            className="number-input"
            {...dropout.inputProps}
            aria-labelledby={labelled('dropout')}
            aria-describedby={describedBy(dropout.error && errorId, noteId)}
          />
        </td>
        <td>
          <button
            type="button"
            className="remove-layer"
            aria-label={t('controls.layers.removeOne', { number })}
            title={t('controls.layers.removeOne', { number })}
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

interface ActivationCellProps {
  value: HiddenActivation;
  labelledBy: string;
  noteId: string | undefined;
  onChange: (activation: HiddenActivation) => void;
}

function ActivationCell({ value, labelledBy, noteId, onChange }: ActivationCellProps) {
  const t = useT();
  return (
    <td>
      <select
        value={value}
        // The narrow panel may cut a long name short (Leaky ReLU): the title gives it whole.
        title={labelText(ACTIVATION_LABELS[value], t)}
        aria-labelledby={labelledBy}
        aria-describedby={noteId}
        onChange={(event) => onChange(event.target.value as HiddenActivation)}
      >
        {HIDDEN_ACTIVATIONS.map((activation) => (
          <option key={activation} value={activation}>
            {labelText(ACTIVATION_LABELS[activation], t)}
          </option>
        ))}
      </select>
    </td>
  );
}

interface NormCellsProps {
  layer: LayerConfig;
  labelled: (column: Column) => string;
  noteId: string | undefined;
  onChange: (layer: LayerConfig) => void;
}

/** The bias and batch-norm cells, side by side: batch norm turns the bias off. */
function NormCells({ layer, labelled, noteId, onChange }: NormCellsProps) {
  const id = useId();
  const t = useT();
  const normed = layer.batchNorm === true;
  const normNoteId = `${id}-norm-note`;
  return (
    <>
      <td className="layer-bias">
        <input
          type="checkbox"
          checked={layer.bias && !normed}
          disabled={normed}
          title={normed ? t('controls.layers.biasOffTitle') : undefined}
          aria-labelledby={labelled('bias')}
          aria-describedby={describedBy(normed && normNoteId, noteId)}
          onChange={(event) => onChange({ ...layer, bias: event.target.checked })}
        />
        {normed && (
          <span id={normNoteId} className="sr-only">
            {t('controls.layers.biasOff')}
          </span>
        )}
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
    </>
  );
}
