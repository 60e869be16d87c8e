import { useEffect, useId, useRef, type RefObject } from 'react';
import { NEW_LAYER } from '../../../config/fields';
import { LIMITS } from '../../../config/limits';
import type { LayerConfig } from '../../../config/types';
import { LayerRow } from './LayerRow';
import { useT } from '../../shared/useT';

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
  const t = useT();

  const setLayer = (index: number, layer: LayerConfig): void =>
    onChange(layers.map((l, i) => (i === index ? layer : l)));
  const box = useRef<HTMLDivElement>(null);
  const removedRef = useFocusAfterRemove(box, layers.length);
  const remove = (index: number): void => {
    removedRef.current = index;
    onChange(layers.filter((_, i) => i !== index));
  };
  // A new layer repeats the last one, the usual way to deepen a network.
  const add = (): void => onChange([...layers, { ...(layers[layers.length - 1] ?? NEW_LAYER) }]);

  return (
    <div className="hidden-layers" ref={box}>
      {layers.length > 0 ? (
        <table className="layers-table">
          <caption className="sr-only">{t('controls.layers.caption')}</caption>
          <LayersHead headers={headers} />
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
        <p className="field-hint">{t('controls.layers.none')}</p>
      )}
      <div className="layers-actions">
        <button type="button" onClick={add} disabled={full}>
          <span aria-hidden="true">+ </span>
          {t('controls.layers.add')}
        </button>
        {full && (
          <span className="field-hint">
            {t('controls.layers.atMost', { count: LIMITS.hiddenLayers })}
          </span>
        )}
      </div>
    </div>
  );
}

/** The table's column headers; their ids name each row's controls. */
function LayersHead({ headers }: { headers: Record<string, string> }) {
  const t = useT();
  return (
    <thead>
      <tr>
        <th scope="col" className="layer-index">
          <span aria-hidden="true">#</span>
          <span className="sr-only">{t('controls.layers.layer')}</span>
        </th>
        <th scope="col" id={headers.width}>
          {t('controls.layers.width')}
        </th>
        <th scope="col" id={headers.activation}>
          {t('controls.layers.activation')}
        </th>
        <th scope="col" id={headers.bias}>
          {t('controls.layers.bias')}
        </th>
        <th scope="col" id={headers.norm}>
          <abbr title={t('controls.layers.normTitle')}>BN</abbr>
          <span className="sr-only"> {t('controls.layers.norm')}</span>
        </th>
        <th scope="col" id={headers.dropout}>
          {t('controls.layers.dropout')}
        </th>
        <th scope="col">
          <span className="sr-only">{t('controls.layers.remove')}</span>
        </th>
      </tr>
    </thead>
  );
}

/**
 * The last row's ✕ leaves the page with its row: the focus goes to the ✕ now in its place
 * (the new last row's), or to "Add hidden layer" when no layer is left, not to <body>. The
 * caller sets the returned ref to the removed row's index.
 */
function useFocusAfterRemove(box: RefObject<HTMLDivElement | null>, count: number) {
  const removed = useRef<number | null>(null);
  useEffect(() => {
    const index = removed.current;
    removed.current = null;
    const active = document.activeElement;
    if (index === null || (active !== null && active !== document.body && active.isConnected))
      return;
    const buttons = box.current?.querySelectorAll<HTMLButtonElement>('.remove-layer') ?? [];
    const next = buttons[Math.min(index, buttons.length - 1)];
    (next ?? box.current?.querySelector<HTMLButtonElement>('.layers-actions button'))?.focus();
  }, [box, count]);
  return removed;
}
