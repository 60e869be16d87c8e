import { useAppStore } from '../../state/store';
import { useController } from '../shared/controllerContext';
import { formatCount } from '../shared/format';
import { selectFocusSample } from '../../state/selectors';
import { useRichT } from '../shared/richText';
import { useT } from '../shared/useT';

/** Previous / next / random training sample as the focus (wrapping around the set). */
export function SampleNav({ count }: { count: number }) {
  const controller = useController();
  const t = useT();
  const rich = useRichT();
  const focus = useAppStore(selectFocusSample);
  const go = (index: number): void => controller.focus(((index % count) + count) % count);
  return (
    <div className="sample-nav" role="group" aria-label={t('output.focus')}>
      <span className="sample-index" title={t('output.focusTitle')}>
        {rich('output.sampleOf', {
          index: <b>#{formatCount(focus)}</b>,
          count: <span className="muted">{formatCount(count)}</span>,
        })}
      </span>
      <button
        type="button"
        aria-label={t('output.previousLabel')}
        disabled={count === 0}
        onClick={() => go(focus - 1)}
      >
        {t('output.previous')}
      </button>
      <button
        type="button"
        aria-label={t('output.nextLabel')}
        disabled={count === 0}
        onClick={() => go(focus + 1)}
      >
        {t('output.next')}
      </button>
      <button
        type="button"
        aria-label={t('output.randomLabel')}
        disabled={count === 0}
        onClick={() => go(Math.floor(Math.random() * count))}
      >
        {t('output.random')}
      </button>
    </div>
  );
}
