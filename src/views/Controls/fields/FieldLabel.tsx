import type { ReactNode } from 'react';
import { useChangeMode } from '../context';
import { CHANGE_MODE_TEXT } from '../liveness';
import { useT } from '../../shared/useT';

interface FieldLabelProps {
  htmlFor: string;
  /** The setting's label in the page's language: the control's accessible name. */
  label: string;
  /** The course's symbol for the setting (η, μ, λ …); decoration, not part of the name. */
  symbol?: ReactNode;
  /** Config path, for the "applies live" / "restarts the run" mark. */
  path: string;
}

/**
 * The field's label — exactly the setting's label, so the accessible name is the visible text —
 * followed by decoration outside the <label>: the symbol and the live/restart mark.
 */
export function FieldLabel({ htmlFor, label, symbol, path }: FieldLabelProps) {
  return (
    <div className="field-label">
      <label htmlFor={htmlFor}>{label}</label>
      {symbol !== undefined && (
        <span className="field-symbol" aria-hidden="true">
          {symbol}
        </span>
      )}
      <ModeMark path={path} />
    </div>
  );
}

/** A small glyph where a field applies differently from the rest of its section. */
export function ModeMark({ path }: { path: string }) {
  const { mode, marked } = useChangeMode(path);
  const t = useT();
  if (!marked) return null;
  const text = CHANGE_MODE_TEXT[mode];
  return (
    <span className={`mode-mark ${mode}`} aria-hidden="true" title={t(text.long)}>
      {text.mark}
    </span>
  );
}

/** A muted line under a field (what it does, the current split, a formula). */
export function FieldHint({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <p id={id} className="field-hint">
      {children}
    </p>
  );
}
