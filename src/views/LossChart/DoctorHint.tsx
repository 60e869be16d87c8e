import { useEffect, useRef, useState } from 'react';
import { LossDoctor, type Diagnosis, type DoctorContext } from '../../core/doctor';
import type { LiveRun } from '../../state/live';
import { useLiveFrame } from '../shared/useLiveFrame';
import { useT } from '../shared/useT';
import { renderMessage, type Message } from '../../core/i18n/message';

/** Fresh numbers for a diagnosis already shown at most this often, so the hint reads calmly. */
const REFRESH_MS = 1500;

/** A softmax with cross-entropy over C classes is expected to start near ln C. */
export function doctorContext(info: LiveRun['info']): DoctorContext {
  if (!info) return { softmaxClasses: null };
  const output = info.activations[info.activations.length - 1];
  const softmax = output === 'softmax' && info.loss === 'cce';
  return { softmaxClasses: softmax ? info.sizes[info.sizes.length - 1] : null };
}

interface HintState {
  diagnoses: Diagnosis[];
  at: number;
}

/**
 * The loss-curve doctor's hint beside the chart: the most urgent pattern the curve shows, its
 * evidence in numbers and one suggestion, and the names of any others. A healthy curve shows
 * nothing. The status region is always in the page so screen readers announce changes.
 */
export function DoctorHint() {
  const t = useT();
  const [hint, setHint] = useState<HintState>({ diagnoses: [], at: 0 });
  const shown = useRef<HintState>(hint);
  const show = (next: HintState): void => {
    shown.current = next;
    setHint(next);
  };
  const doctor = useRef<{ info: LiveRun['info']; doctor: LossDoctor } | null>(null);
  const seenVersion = useRef(-1);
  const trailing = useRef<number | null>(null);

  useLiveFrame((run) => {
    if (doctor.current?.info !== run.info) {
      doctor.current = { info: run.info, doctor: new LossDoctor(doctorContext(run.info)) };
      seenVersion.current = -1;
    }
    if (run.history.version === seenVersion.current) return;
    seenVersion.current = run.history.version;
    const diagnoses = doctor.current.doctor.update(run.history.all());
    const old = shown.current;
    const now = performance.now();
    const sameKinds = kindsOf(old.diagnoses) === kindsOf(diagnoses);
    window.clearTimeout(trailing.current ?? undefined);
    trailing.current = null;
    if (sameKinds && sameText(old.diagnoses, diagnoses)) return;
    if (sameKinds && now - old.at < REFRESH_MS) {
      // Fresh numbers wait for the end of the interval, but are shown then: the last ones
      // before a pause or a divergence must not stay unsaid.
      const wait = REFRESH_MS - (now - old.at);
      trailing.current = window.setTimeout(() => show({ diagnoses, at: performance.now() }), wait);
      return;
    }
    show({ diagnoses, at: now });
  });
  useEffect(() => () => window.clearTimeout(trailing.current ?? undefined), []);

  const [main, ...others] = hint.diagnoses;
  // The doctor's words are messages, said in the page's language (its English fields are for tools).
  const say = (message: Message): string => renderMessage(message, t);
  return (
    <div
      className={`doctor-hint${main ? ` doctor-${main.kind}` : ''}`}
      role="status"
      aria-live="polite"
      aria-label={t('loss.doctor')}
    >
      {main && (
        <>
          <strong className="doctor-title">{say(main.text.title)}</strong>{' '}
          <span>{say(main.text.evidence)}</span>
          {main.text.suggestion && (
            <span className="doctor-suggestion"> {say(main.text.suggestion)}</span>
          )}
          {others.length > 0 && (
            <span className="doctor-also">
              {' '}
              {t('loss.doctor.also', { titles: others.map((d) => say(d.text.title)).join('; ') })}
            </span>
          )}
        </>
      )}
    </div>
  );
}

function kindsOf(diagnoses: readonly Diagnosis[]): string {
  return diagnoses.map((d) => d.kind).join(',');
}

function sameText(a: readonly Diagnosis[], b: readonly Diagnosis[]): boolean {
  return a.length === b.length && a.every((d, i) => d.evidence === b[i].evidence);
}
