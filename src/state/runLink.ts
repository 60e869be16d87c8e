/**
 * What the address bar holds for the current run: its settings at step 0, the live changes
 * made since (its change log) and the step it has reached. Kept in step with what the worker
 * applied, and written to the address bar with `history.replaceState`.
 */
import { applySetting } from '../config/applySetting';
import { defaultConfig } from '../config/defaults';
import { encodeLink } from '../config/link';
import type { LiveChange, RunConfig, TrainingConfig } from '../config/types';

export class RunLink {
  /** Step of the newest snapshot (for the link and the step counter). */
  step = 0;
  /** The training settings at step 0 and the live changes since: what the link holds. */
  private baseline: TrainingConfig = defaultConfig().training;
  private changes: LiveChange[] = [];
  private readonly write: (link: string) => void;

  constructor(write?: (link: string) => void) {
    this.write =
      write ??
      ((link) => {
        if (typeof history !== 'undefined') history.replaceState(null, '', link);
      });
  }

  /** A new run from `config`. */
  start(config: RunConfig): void {
    this.baseline = structuredClone(config.training);
    this.changes = [...config.changes];
    this.step = config.open.step;
  }

  /**
   * Records changes the worker applied. One made before the first step simply becomes part of
   * the starting settings; logged ones (replayed from the link) are already in the log.
   */
  record(changes: readonly LiveChange[], fromLog: boolean): void {
    if (fromLog) return;
    for (const c of changes) {
      if (c.step === 0 && c.kind === 'setting') {
        applySetting(this.baseline, c.path, c.value);
        continue;
      }
      // Keep the log in step order (a link may carry later changes not yet reached).
      let at = this.changes.length;
      while (at > 0 && this.changes[at - 1].step > c.step) at--;
      this.changes.splice(at, 0, c);
    }
  }

  /**
   * The link of the run with the page's current `config`, opening at the current step. The
   * version doubles as an end marker: a link that arrived cut off must not gain one silently,
   * or a shared copy would lose the warning that it may open a different run.
   */
  link(config: RunConfig, cutOff = false, extra: readonly [string, string][] = []): string {
    const link = encodeLink(this.runConfig(config), extra);
    return '#' + (cutOff ? link.replace(/&?v=\d+$/, '') : link);
  }

  /**
   * The run the link describes, with the page's current `config` for everything the log does
   * not hold: the settings at step 0, the change log, opening at the current step. Starting
   * this config trains the same run again up to the same step (a restart after a crash).
   */
  runConfig(config: RunConfig): RunConfig {
    return {
      ...config,
      training: structuredClone(this.baseline),
      changes: [...this.changes],
      // An inspected step's link opens before it (inspectedLink.ts), at the step it says.
      open: { ...config.open, step: config.open.inspectOp > 0 ? config.open.step : this.step },
    };
  }

  sync(config: RunConfig, cutOff = false, extra: readonly [string, string][] = []): void {
    this.write(this.link(config, cutOff, extra));
  }
}
