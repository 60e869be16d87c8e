import type { HistoryPoint } from '../../core/runInfo';
import { formatCount, formatValue } from '../shared/format';
import type { TooltipField } from './LossTooltip';

/** An accuracy as a percentage with one decimal, or a dash when not measured. */
export function formatAccuracy(a: number): string {
  return Number.isFinite(a) ? `${(a * 100).toFixed(1)}%` : '—';
}

/** The text of every hover field for one history point. */
export function readout(p: HistoryPoint): Record<TooltipField, string> {
  return {
    step: formatCount(p.step),
    epoch: formatCount(p.epoch),
    trainLoss: formatValue(p.trainLoss),
    testLoss: formatValue(p.testLoss),
    trainAccuracy: formatAccuracy(p.trainAccuracy),
    testAccuracy: formatAccuracy(p.testAccuracy),
    learningRate: formatValue(p.learningRate),
  };
}
