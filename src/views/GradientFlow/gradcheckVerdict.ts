/** How a gradient check's relative error reads: agreement, a near miss, or a mismatch. */
import { sci } from './sci';
import type { Translate } from '../../core/i18n';

/** Below this, backprop and finite differences agree to rounding: the gradients are right. */
export const AGREES_BELOW = 1e-6;
/** Below this, a near miss: a difference straddling a ReLU kink, or rounding on tiny gradients. */
export const CLOSE_BELOW = 1e-3;
/** The finite-difference step of the engine's check (engine/gradcheck.ts). */
export const CHECK_STEP = 1e-5;

export interface Verdict {
  symbol: '✓' | '~' | '✗';
  /** The verdict's name (a class name too); its words are the catalogue's `flow.check.<label>`. */
  label: 'agrees' | 'close' | 'disagrees';
  /** A hint shown beside near misses. */
  note: string | null;
}

/** What the layer looked like when it was checked, to explain a near miss. */
export interface CheckContext {
  /** Whether the network has an activation with a kink (ReLU, Leaky ReLU, ELU). */
  kinked: boolean;
  /** The layer's mean |∂C/∂w| and the cost, when known. */
  meanAbsGrad?: number;
  cost?: number;
}

/**
 * The relative precision a central difference can reach for a gradient of size g: C(w ± h) are
 * each rounded by about ε·|C|, so (C(w+h) − C(w−h))/2h is off by about ε·|C|/h. Vanishing
 * gradients are so small that this limit, not backprop, sets the error.
 */
export function roundingLimit(cost: number, gradient: number, h = CHECK_STEP): number {
  return (Number.EPSILON * Math.abs(cost)) / (h * Math.abs(gradient));
}

export function verdictFor(t: Translate, relativeError: number, context: CheckContext): Verdict {
  if (relativeError < AGREES_BELOW) return { symbol: '✓', label: 'agrees', note: null };
  if (!(relativeError < CLOSE_BELOW)) return { symbol: '✗', label: 'disagrees', note: null };
  const { meanAbsGrad: g, cost } = context;
  if (g !== undefined && cost !== undefined && g > 0) {
    const limit = roundingLimit(cost, g);
    // The error is the worst of up to 128 parameters, whose gradients spread a couple of
    // decades around the layer's mean: rounding explains up to ~100× the mean's limit.
    if (relativeError < 100 * limit) {
      return {
        symbol: '~',
        label: 'close',
        note: t('flow.check.rounding', { gradient: sci(g), limit: sci(limit) }),
      };
    }
  }
  return {
    symbol: '~',
    label: 'close',
    note: context.kinked ? t('flow.check.kink') : null,
  };
}
