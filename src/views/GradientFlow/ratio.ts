/**
 * The one number that makes vanishing and exploding gradients obvious: the last layer's mean
 * |∂C/∂W| over the first layer's. In a deep sigmoid network it is in the thousands.
 */
import { headerValue, layerStat } from '../../core/snapshotReader';
import type { SnapshotLayout } from '../../core/snapshot';
import { sci } from './sci';
import type { Translate } from '../../core/i18n';

/** Above this, the first layer learns 100× slower than the last: vanishing gradients. */
export const VANISHING_RATIO = 100;
/** Below this, the first layer's gradients are 100× the last's: exploding gradients. */
export const EXPLODING_RATIO = 0.01;

/**
 * Below this mean |∂C/∂W| in the first and the last layer alike, no layer learns: a step of
 * η = 1 would move a weight by less than 10⁻⁸. Their ratio then says nothing (σ = 0.01
 * initialization: 1.9e−17 against 1.7e−16 reads as a healthy 9×).
 */
export const NEGLIGIBLE_GRADIENT = 1e-8;

export type RatioVerdict = 'vanishing' | 'exploding' | 'balanced' | 'negligible' | 'unknown';

export interface GradientRatio {
  /** Number of weight layers L. */
  depth: number;
  /** mean |∂C/∂W⁽¹⁾| and mean |∂C/∂W⁽ᴸ⁾|. */
  first: number;
  last: number;
  /** last / first (∞ when no gradient reaches layer 1, NaN when there is none at all). */
  ratio: number;
  verdict: RatioVerdict;
  /** Steps done when the gradients were taken (0: none yet). */
  step: number;
}

export function gradientRatio(snapshot: Float64Array, layout: SnapshotLayout): GradientRatio {
  const depth = layout.sizes.length - 1;
  const first = layerStat(layout, snapshot, 1, 'meanAbsGrad');
  const last = layerStat(layout, snapshot, depth, 'meanAbsGrad');
  const finite = Number.isFinite(first + last);
  const ratio =
    finite && last > 0 ? (first > 0 ? last / first : Number.POSITIVE_INFINITY) : Number.NaN;
  return {
    depth,
    first,
    last,
    ratio,
    verdict: verdictOf(ratio, depth, Math.max(first, last)),
    step: headerValue(snapshot, 'step'),
  };
}

function verdictOf(ratio: number, depth: number, largest: number): RatioVerdict {
  if (depth < 2 || Number.isNaN(ratio)) return 'unknown';
  if (largest < NEGLIGIBLE_GRADIENT) return 'negligible';
  if (ratio > VANISHING_RATIO) return 'vanishing';
  if (ratio < EXPLODING_RATIO) return 'exploding';
  return 'balanced';
}

/** 3.2e3, 0.52, 12.3, 4.1e−4: three significant digits in the middle, scientific far out. */
export function formatRatio(r: number): string {
  if (!Number.isFinite(r)) return '—';
  if (r >= 0.1 && r < 1000) return String(Number(r.toPrecision(3)));
  return sci(r);
}

/** What the ratio means, in words, for the caption beside the number. */
export function ratioMessage(t: Translate, g: GradientRatio): string {
  switch (g.verdict) {
    case 'vanishing':
      if (g.ratio === Number.POSITIVE_INFINITY) {
        return t('flow.ratio.cutOff');
      }
      return t('flow.ratio.vanishing', { ratio: formatRatio(g.ratio), last: g.depth });
    case 'exploding':
      return t('flow.ratio.exploding', { ratio: formatRatio(1 / g.ratio), last: g.depth });
    case 'balanced':
      return t('flow.ratio.balanced');
    case 'negligible':
      return t('flow.ratio.negligible', { first: sci(g.first), last: sci(g.last) });
    case 'unknown':
      if (g.depth < 2) return t('flow.ratio.oneLayer');
      return g.step > 0 ? t('flow.ratio.flat') : t('flow.ratio.notYet');
  }
}
