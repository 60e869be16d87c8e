import { Suspense } from 'react';
import type { RunInfo } from '../../core/runInfo';
import { selectInfo } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { formatCount } from '../shared/format';
import { lazyView } from '../shared/lazyView';
import { useT } from '../shared/useT';
import './Digits.css';

// The pictures are a chunk of their own: the default run trains on points, not on digits.
const grid = lazyView(() => import('./DigitsGrid').then((m) => m.DigitsGrid));

/** Whether a run trains on images with a hidden or output layer to picture (the digits). */
function isDigitsRun(info: RunInfo | null): info is RunInfo {
  return info !== null && info.data.rawKind === 'image' && info.sizes.length >= 2;
}

/**
 * The digits at full scale: the first layer's weights as images, the confusion matrix and a
 * pad to draw one's own digit. Shown only while the run trains on the digits.
 */
export function DigitsPanel() {
  const t = useT();
  const info = useAppStore(selectInfo);
  if (!isDigitsRun(info)) return null;
  return (
    <section className="panel wide-panel digits-panel" aria-label={t('digits.panel')}>
      <header className="digits-header">
        <h2>{t('digits.heading')}</h2>
        <p className="digits-caption">
          {t('digits.parameters', {
            sizes: info.sizes.join('-'),
            count: formatCount(info.parameterCount),
          })}
        </p>
      </header>
      <div className="digits-grid" key={info.runId}>
        <Suspense fallback={<p className="digits-caption">{t('app.viewLoading')}</p>}>
          <grid.View info={info} />
        </Suspense>
      </div>
    </section>
  );
}
