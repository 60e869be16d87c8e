import {
  OPTIMIZERS,
  OPTIMIZER_DESCRIPTORS,
  OPTIMIZER_HYPERS,
  type OptimizerName,
} from '../../core/choices/optimizers';
import type { RaceRunState } from '../../core/race/race';
import {
  RACE_LIMITS,
  fieldProblem,
  ruleFor,
  runValue,
  type RaceSettingKey,
} from '../../config/race';
import { raceActions } from '../../state/race';
import { runColor } from './palette';
import type { Translate } from '../../core/i18n';
import { renderMessage } from '../../core/i18n/message';
import type { PlainTextKey } from '../shared/richText';
import { useT } from '../shared/useT';
import { OPTIMIZER_LABELS, labelText } from '../Controls/choiceLabels';

/** The settings a run's optimizer reads, by link key, learning rate first. */
function runKeys(kind: OptimizerName): RaceSettingKey[] {
  return ['lr', ...OPTIMIZER_DESCRIPTORS[kind].hypers.map((h) => OPTIMIZER_HYPERS[h].linkKey)];
}

function keySymbol(key: RaceSettingKey): string {
  if (key === 'lr') return 'η';
  const hyper = Object.values(OPTIMIZER_HYPERS).find((h) => h.linkKey === key);
  return hyper?.symbol ?? key;
}

const SETTING_KEYS: Readonly<Record<string, PlainTextKey>> = {
  lr: 'race.setting.lr',
  mom: 'race.setting.mom',
  rho: 'race.setting.rho',
  beta1: 'race.setting.beta1',
  beta2: 'race.setting.beta2',
  eps: 'race.setting.eps',
  wd: 'race.setting.wd',
};

function keyLabel(t: Translate, key: RaceSettingKey): string {
  const text = SETTING_KEYS[key];
  if (text) return t(text);
  return Object.values(OPTIMIZER_HYPERS).find((h) => h.linkKey === key)?.label ?? key;
}

/** Why a typed value is refused, in the page's language (null: it is fine). */
export function valueProblem(t: Translate, value: number, key: RaceSettingKey): string | null {
  const problem = fieldProblem(keyLabel(t, key), value, ruleFor(key));
  return problem === null ? null : renderMessage(problem, t);
}

function RunRow({ run, index, count }: { run: RaceRunState; index: number; count: number }) {
  const t = useT();
  const kind = run.settings.kind;
  const runNumber = index + 1;
  return (
    <li className="race-run-row">
      <span className="race-swatch" style={{ background: runColor(index) }} aria-hidden="true" />
      <select
        aria-label={t('race.optimizerOf', { run: runNumber })}
        value={kind}
        onChange={(e) => raceActions.setOptimizer(index, e.target.value as OptimizerName)}
      >
        {OPTIMIZERS.map((o) => (
          <option key={o} value={o}>
            {labelText(OPTIMIZER_LABELS[o], t)}
          </option>
        ))}
      </select>
      {runKeys(kind).map((key) => (
        <label key={key} className="race-setting" title={keyLabel(t, key)}>
          <span>{keySymbol(key)}</span>
          <input
            type="number"
            step="any"
            aria-label={t('race.settingOf', { setting: keyLabel(t, key), run: runNumber })}
            defaultValue={runValue(run.settings, key)}
            key={`${kind}-${runValue(run.settings, key)}`}
            onChange={(e) => {
              const value = e.target.valueAsNumber;
              const bad = valueProblem(t, value, key);
              e.target.setCustomValidity(bad ?? '');
              if (bad === null) raceActions.setValue(index, key, value);
            }}
          />
        </label>
      ))}
      {run.divergedAt !== null && (
        <span className="race-stopped">{t('race.diverged', { step: run.divergedAt })}</span>
      )}
      <button
        type="button"
        aria-label={t('race.removeRun', { run: runNumber })}
        disabled={count <= 1}
        onClick={() => raceActions.removeRun(index)}
      >
        {t('race.remove')}
      </button>
    </li>
  );
}

/** One row per run (its optimizer and settings, editable live) and a menu to add a run. */
export function RaceRuns({ runs }: { runs: readonly RaceRunState[] }) {
  const t = useT();
  return (
    <div className="race-runs">
      <ol>
        {runs.map((run, i) => (
          <RunRow key={i} run={run} index={i} count={runs.length} />
        ))}
      </ol>
      <label className="race-add">
        {t('race.addRun')}{' '}
        <select
          aria-label={t('race.addRun')}
          value=""
          disabled={runs.length >= RACE_LIMITS.runs}
          onChange={(e) => {
            if (e.target.value !== '') raceActions.addRun(e.target.value as OptimizerName);
          }}
        >
          <option value="">{t('race.chooseOptimizer')}</option>
          {OPTIMIZERS.map((o) => (
            <option key={o} value={o}>
              {labelText(OPTIMIZER_LABELS[o], t)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
