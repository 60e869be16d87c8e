/**
 * Explicit initial parameters in a link: `w=0.1,-0.2;0.3,0.4&b=0;0` — the numbers of a layer
 * separated by ',', layers by ';'. Reading never builds more entries than PARAMS_LIMITS allow.
 */
import { msg } from '../core/i18n/message';
import { PARAMS_LIMITS } from './fields';
import type { LinkReport } from './linkKeys';
import { nextIndex, splitCapped } from './linkText';
import { formatNumber, parseNumberText } from './numbers';

/**
 * Each number is written by formatNumber, i.e. String(x): the shortest decimal (at most 17
 * significant digits) that reads back as the identical double, so explicit weights survive a
 * link bit for bit while hand-picked values like 0.15 stay as short as they were typed.
 */
export function writeParamLists(lists: readonly (readonly number[])[]): string {
  return lists.map((list) => list.map(formatNumber).join(',')).join(';');
}

/** Entries still allowed across weights and biases; reading stops once it runs out. */
export interface ParamBudget {
  remaining: number;
}

export function newParamBudget(): ParamBudget {
  return { remaining: PARAMS_LIMITS.total };
}

/**
 * Reads one of w/b into lists of numbers (unreadable entries stay text, for the validator to
 * name). Returns null, after reporting, if the text asks for more than the limits allow —
 * without ever building more than the limits' worth of entries.
 */
export function readParamLists(
  text: string,
  field: string,
  budget: ParamBudget,
  report: LinkReport,
): (number | string)[][] | null {
  const layers = splitCapped(text, ';', PARAMS_LIMITS.layers);
  if (layers.count > PARAMS_LIMITS.layers) {
    const counts = { count: layers.count, limit: PARAMS_LIMITS.layers };
    report(field, msg('problem.link.paramLayers', counts));
    return null;
  }
  const lists: (number | string)[][] = [];
  for (const layerText of layers.pieces) {
    const list: (number | string)[] = [];
    let start = 0;
    for (;;) {
      if (list.length === PARAMS_LIMITS.perLayer || budget.remaining === 0) {
        const limits = { perLayer: PARAMS_LIMITS.perLayer, total: PARAMS_LIMITS.total };
        report(field, msg('problem.link.paramCount', limits));
        return null;
      }
      const end = nextIndex(layerText, ',', start);
      list.push(parseNumberText(layerText.slice(start, end)));
      budget.remaining--;
      if (end === layerText.length) break;
      start = end + 1;
    }
    lists.push(list);
  }
  return lists;
}

/** Both lists, or neither: weights without biases are not a run anyone shared. */
export function pairParams(
  weights: (number | string)[][] | null | undefined,
  biases: (number | string)[][] | null | undefined,
  report: LinkReport,
): { weights: unknown[]; biases: unknown[] } | undefined {
  if (weights === null || biases === null) return undefined; // already reported
  if (weights === undefined && biases === undefined) return undefined;
  if (weights === undefined || biases === undefined) {
    const key =
      weights === undefined ? 'problem.link.paramsNoWeights' : 'problem.link.paramsNoBiases';
    report('initialParams', msg(key));
    return undefined;
  }
  return { weights, biases };
}
