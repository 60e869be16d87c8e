import type { ReactNode } from 'react';
import { SectionMode } from './context';
import { CHANGE_MODE_TEXT, type ChangeMode } from './liveness';
import { useT } from '../shared/useT';

interface SectionProps {
  title: string;
  /** How most of the section's settings apply; the exceptions carry their own mark. */
  mode: ChangeMode;
  children: ReactNode;
}

/** A collapsible group of settings with its heading and how its changes apply. */
export function Section({ title, mode, children }: SectionProps) {
  const text = CHANGE_MODE_TEXT[mode];
  const t = useT();
  return (
    <details className="controls-section" open>
      <summary>
        <h2>{title}</h2>
        <span className={`mode-badge ${mode}`} title={t(text.long)}>
          <span aria-hidden="true">{text.mark}</span> {t(text.short)}
        </span>
      </summary>
      <SectionMode value={mode}>
        <div className="section-body">{children}</div>
      </SectionMode>
    </details>
  );
}

/** What a change adjusted beyond what was asked, announced politely. */
export function ChangeNotes({ notes }: { notes: readonly string[] }) {
  return (
    <div className="change-notes" role="status">
      {notes.map((note) => (
        <p key={note}>{note}</p>
      ))}
    </div>
  );
}

/** Two columns of fields; a field with `wide` spans both. */
export function FieldGrid({ children }: { children: ReactNode }) {
  return <div className="field-grid">{children}</div>;
}
