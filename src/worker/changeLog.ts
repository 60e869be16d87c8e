/**
 * The run's change log as the session reports it: every change that took effect, whether the
 * user made it now or the trainer replayed it from the log the run carries. The page words
 * them (the worker sends only the changes themselves).
 */
import type { LiveChange, RunConfig } from '../config/types';
import type { Trainer } from '../engine';

export type ReportChanges = (changes: LiveChange[], fromLog: boolean) => void;

export class ChangeLogReporter {
  /** Logged changes already reported to the page. */
  private reported = 0;

  constructor(private readonly report: ReportChanges) {}

  reset(): void {
    this.reported = 0;
  }

  /** Reports the logged changes the trainer replayed since the last look, one group per step. */
  reportReplayed(trainer: Trainer | null, config: RunConfig | null): void {
    if (!trainer || !config) return;
    while (this.reported < trainer.changesApplied) {
      const first = config.changes[this.reported];
      const group: LiveChange[] = [];
      while (
        this.reported < trainer.changesApplied &&
        config.changes[this.reported].step === first.step
      ) {
        group.push(config.changes[this.reported++]);
      }
      this.report(group, true);
    }
  }
}
