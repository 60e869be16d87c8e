import { Suspense, useRef } from 'react';
import './StepInspector.css';
import { useAppStore } from '../../state/store';
import { lazyView } from '../shared/lazyView';
import { useOpenViewScroll } from '../shared/useOpenViewScroll';
import { useStepPlayback } from './playStep';
import { StartControls } from './StartControls';
import { selectTrace } from '../../state/selectors';
import { useRichT } from '../shared/richText';
import { useT } from '../shared/useT';

// The formulas, tables and typesetting of an inspected step are a chunk of their own: the page
// opens without a step to inspect (preloaded when idle, see lazyView).
const inspection = lazyView(() => import('./Inspection').then((m) => m.Inspection));
const summary = lazyView(() => import('./Inspection').then((m) => m.StepSummary));

/**
 * The step inspector: one training step, operation by operation — each layer forward, the loss,
 * the output delta, each layer backward, the gradients, the update — with the formula of the
 * current operation typeset and its numbers substituted. The worker has already applied the
 * step; walking it only changes what the page shows (see useInspectionSync).
 */
export function StepInspector() {
  useStepPlayback();
  const trace = useAppStore(selectTrace);
  const box = useRef<HTMLDivElement>(null);
  const t = useT();
  const rich = useRichT();
  useOpenViewScroll(box, 'inspector'); // a link with view=inspector opens here
  return (
    <div ref={box} className="step-inspector">
      <div className="si-head">
        <h2>{t('inspector.heading')}</h2>
        {trace ? (
          <Suspense fallback={null}>
            <summary.View />
          </Suspense>
        ) : (
          <StartControls />
        )}
      </div>
      {trace ? (
        <Suspense fallback={<p className="si-intro">{t('app.viewLoading')}</p>}>
          <inspection.View />
        </Suspense>
      ) : (
        <p className="si-intro">
          {t('inspector.intro')}{' '}
          {rich('inspector.introKeys', {
            dot: <kbd>.</kbd>,
            shift: <kbd>Shift</kbd>,
            right: <kbd>→</kbd>,
          })}
        </p>
      )}
    </div>
  );
}
