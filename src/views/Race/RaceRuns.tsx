import {
  OPTIMIZERS,
  OPTIMIZER_DESCRIPTORS,
  OPTIMIZER_HYPERS,
  type OptimizerName,
} from '../../core/choices/optimizers';
import type { RaceRunState } from '../../core/race/race';
import {
  RACE_LIMITS,
  ruleFor,
  ruleProblem,
  runValue,
  type RaceSettingKey,
} from '../../config/race';
import { raceActions } from '../../state/race';
import { runColor } from './palette';

/** The settings a run's optimizer reads, by link key, learning rate first. */
function runKeys(kind: OptimizerName): RaceSettingKey[] {
  return ['lr', ...OPTIMIZER_DESCRIPTORS[kind].hypers.map((h) => OPTIMIZER_HYPERS[h].linkKey)];
}

function keySymbol(key: RaceSettingKey): string {
  if (key === 'lr') return 'η';
  const hyper = Object.values(OPTIMIZER_HYPERS).find((h) => h.linkKey === key);
  return hyper?.symbol ?? key;
}

function keyLabel(key: RaceSettingKey): string {
  if (key === 'lr') return 'learning rate';
  return Object.values(OPTIMIZER_HYPERS).find((h) => h.linkKey === key)?.label ?? key;
}

function RunRow({ run, index, count }: { run: RaceRunState; index: number; count: number }) {
  const kind = run.settings.kind;
  const name = `run ${index + 1}`;
  return (
    <li className="race-run-row">
      <span className="race-swatch" style={{ background: runColor(index) }} aria-hidden="true" />
      <select
        aria-label={`Optimizer of ${name}`}
        value={kind}
        onChange={(e) => raceActions.setOptimizer(index, e.target.value as OptimizerName)}
      >
        {OPTIMIZERS.map((o) => (
          <option key={o} value={o}>
            {OPTIMIZER_DESCRIPTORS[o].label}
          </option>
        ))}
      </select>
      {runKeys(kind).map((key) => (
        <label key={key} className="race-setting" title={keyLabel(key)}>
          <span>{keySymbol(key)}</span>
          <input
            type="number"
            step="any"
            aria-label={`${keyLabel(key)} of ${name}`}
            defaultValue={runValue(run.settings, key)}
            key={`${kind}-${runValue(run.settings, key)}`}
            onChange={(e) => {
              const value = e.target.valueAsNumber;
              const bad = ruleProblem(value, ruleFor(key));
              e.target.setCustomValidity(bad === null ? '' : `${keyLabel(key)} ${bad}`);
              if (bad === null) raceActions.setValue(index, key, value);
            }}
          />
        </label>
      ))}
      {run.divergedAt !== null && (
        <span className="race-stopped">diverged at step {run.divergedAt}</span>
      )}
      <button
        type="button"
        aria-label={`Remove ${name}`}
        disabled={count <= 1}
        onClick={() => raceActions.removeRun(index)}
      >
        Remove
      </button>
    </li>
  );
}

/** One row per run (its optimizer and settings, editable live) and a menu to add a run. */
export function RaceRuns({ runs }: { runs: readonly RaceRunState[] }) {
  return (
    <div className="race-runs">
      <ol>
        {runs.map((run, i) => (
          <RunRow key={i} run={run} index={i} count={runs.length} />
        ))}
      </ol>
      <label className="race-add">
        Add a run{' '}
        <select
          aria-label="Add a run"
          value=""
          disabled={runs.length >= RACE_LIMITS.runs}
          onChange={(e) => {
            if (e.target.value !== '') raceActions.addRun(e.target.value as OptimizerName);
          }}
        >
          <option value="">choose an optimizer…</option>
          {OPTIMIZERS.map((o) => (
            <option key={o} value={o}>
              {OPTIMIZER_DESCRIPTORS[o].label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
