import type { HistoryPoint } from '../core/runInfo';
import { DecimatingHistory } from './decimatingHistory';

/** Most points a history holds; past this it keeps every other point. */
export const HISTORY_CAPACITY = 2000;

/**
 * The loss-curve history of one run. A point for a step already passed is a late figure and
 * is ignored; the same step re-evaluated (after a pause) keeps the newest figures.
 */
export class LossHistory extends DecimatingHistory<HistoryPoint> {
  constructor(capacity = HISTORY_CAPACITY) {
    super(capacity, 'ignore');
  }

  add(point: HistoryPoint): void {
    this.record(point.step, () => point);
  }
}
