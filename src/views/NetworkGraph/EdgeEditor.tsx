import { useId, useState } from 'react';
import { live } from '../../state/live';
import { useT } from '../shared/useT';
import { exactValue } from './describe';
import type { GraphLayout } from './layout';
import { neuronSymbol, weightName } from './notation';
import { parseTypedNumber } from './parseNumber';
import { anchorOf } from './targets';
import { biasAt, weightAt } from './values';

/** A weight w⁽ˡ⁾ⱼᵢ or a bias b⁽ˡ⁾ⱼ being edited (0-based j = to, i = from). */
export type EditTarget =
  | { kind: 'weight'; layer: number; to: number; from: number }
  | { kind: 'bias'; layer: number; to: number };

interface EditorProps {
  layout: GraphLayout;
  target: EditTarget;
  onApply(value: number): void;
  /** Closes the editor; `returnFocus` when the keyboard closed it (Escape, Cancel). */
  onClose(returnFocus: boolean): void;
}

function currentValue(t: EditTarget): number {
  const s = live.snapshot;
  const lay = live.layout;
  if (!s || !lay) return Number.NaN;
  return t.kind === 'weight'
    ? weightAt(s, lay, t.layer, t.to, t.from)
    : biasAt(s, lay, t.layer, t.to);
}

export function editName(t: EditTarget): string {
  return t.kind === 'weight'
    ? `Weight ${weightName(t.layer, t.to, t.from)}`
    : `Bias ${neuronSymbol('b', t.layer, t.to)}`;
}

/**
 * A small inline form next to the edited edge or bias: Enter applies, Escape (or leaving it)
 * cancels; text that is not a number gets a message and sends nothing.
 */
export function EdgeEditor({ layout, target, onApply, onClose }: EditorProps) {
  const t = useT();
  const [text, setText] = useState(() => {
    const v = currentValue(target);
    return Number.isFinite(v) ? exactValue(v) : '';
  });
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const name = editName(target);
  const symbol = name.slice(name.indexOf(' ') + 1);

  const apply = (): void => {
    const parsed = parseTypedNumber(t, text);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    onApply(parsed.value);
  };

  const anchor =
    target.kind === 'weight'
      ? anchorOf(layout, { kind: 'edge', layer: target.layer, to: target.to, from: target.from })
      : anchorOf(layout, { kind: 'node', layer: target.layer, index: target.to });
  const width = 210;
  const left = Math.max(0, Math.min(layout.width - width, anchor.x - width / 2));
  const top = Math.max(0, Math.min(layout.height - 70, anchor.y + 10));

  return (
    <form
      className="ng-editor"
      style={{ left, top, width }}
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
      onBlur={(e) => {
        // Clicking or tabbing elsewhere cancels, like Escape.
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onClose(false);
      }}
    >
      <label>
        <span className="ng-editor-symbol">{symbol} =</span>
        <input
          type="text"
          inputMode="decimal"
          aria-label={name}
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          value={text}
          autoFocus
          onFocus={(e) => e.currentTarget.select()}
          onChange={(e) => {
            setText(e.target.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              onClose(true);
            }
          }}
        />
      </label>
      <div className="ng-editor-actions">
        <button type="submit">{t('network.edit.set')}</button>
        <button type="button" onClick={() => onClose(true)}>
          {t('network.edit.cancel')}
        </button>
      </div>
      {error && (
        <p className="ng-editor-error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
