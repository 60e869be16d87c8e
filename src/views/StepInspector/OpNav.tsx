import type { ReactNode } from 'react';
import { finishInspection, nextOp, previousOp } from '../../state/inspector';
import { useT } from '../shared/useT';
import { handOver, takeOver } from './focusHandover';

interface OpNavProps {
  index: number;
  count: number;
  /** More buttons at the end of the row. */
  children?: ReactNode;
}

/** Previous / next operation, where we are, and Finish step. */
export function OpNav({ index, count, children }: OpNavProps) {
  const t = useT();
  return (
    <div className="si-nav" role="group" aria-label={t('inspector.nav.label')}>
      <button
        type="button"
        aria-label={t('inspector.nav.previous')}
        title={t('inspector.nav.previousTitle')}
        disabled={index === 0}
        onClick={previousOp}
      >
        {t('inspector.nav.previousButton')}
      </button>
      <span className="si-position" aria-live="polite">
        {t('inspector.nav.position', { index: index + 1, count })}
      </span>
      <button
        type="button"
        ref={takeOver}
        aria-label={t('inspector.nav.next')}
        title={t('inspector.nav.nextTitle')}
        disabled={index >= count - 1}
        onClick={nextOp}
      >
        {t('inspector.nav.nextButton')}
      </button>
      <button
        type="button"
        className="si-finish"
        title={t('inspector.nav.finishTitle')}
        onClick={() => {
          handOver();
          finishInspection();
        }}
      >
        {t('inspector.nav.finish')}
      </button>
      {children}
    </div>
  );
}
