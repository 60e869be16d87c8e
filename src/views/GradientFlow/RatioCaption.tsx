import { headerValue } from '../../core/snapshotReader';
import { useRef } from 'react';

import { setText } from './histogramDraw';
import { formatRatio, gradientRatio, ratioMessage, type GradientRatio } from './ratio';
import { useViewFrame } from '../shared/useViewFrame';
import { useT } from '../shared/useT';

function noRatio(depth: number): GradientRatio {
  return { depth, first: NaN, last: NaN, ratio: NaN, verdict: 'unknown', step: 0 };
}

/**
 * "last/first layer gradient ratio: 4.3e4 ×", highlighted when the gradients vanish (> 100×)
 * or explode (< 0.01×) on the way down; written into the DOM once a frame.
 */
export function RatioCaption({ depth }: { depth: number }) {
  const t = useT();
  const box = useRef<HTMLParagraphElement>(null);
  const value = useRef<HTMLOutputElement>(null);
  const message = useRef<HTMLSpanElement>(null);
  useViewFrame(box, ({ snapshot, layout }) => {
    if (!box.current || !value.current || !message.current) return;
    const ratio =
      snapshot && layout && headerValue(snapshot, 'step') > 0
        ? gradientRatio(snapshot, layout)
        : noRatio(depth);
    if (box.current.dataset.verdict !== ratio.verdict) box.current.dataset.verdict = ratio.verdict;
    setText(
      value.current,
      ratio.ratio === Infinity
        ? '∞ ×'
        : Number.isFinite(ratio.ratio)
          ? `${formatRatio(ratio.ratio)} ×`
          : '—',
    );
    setText(message.current, ratioMessage(t, ratio));
  });
  return (
    <p className="flow-ratio" ref={box} data-verdict="unknown" data-testid="gradient-ratio">
      <span className="flow-ratio-label">{t('flow.ratio.label', { last: depth })}</span>{' '}
      <output ref={value} aria-live="off">
        —
      </output>{' '}
      <span ref={message}>{ratioMessage(t, noRatio(depth))}</span>
    </p>
  );
}
