import { useState, type FormEvent } from 'react';
import { startInspection } from '../../state/inspector';
import { useAppStore } from '../../state/store';
import type { RunInfo } from '../../core/runInfo';
import type { Translate } from '../../core/i18n';
import { useController } from '../shared/controllerContext';
import { useT } from '../shared/useT';
import { selectFocusSample } from '../../state/selectors';

/** Names of the raw values a person types: the plane's x₁, x₂, a line's x, a table's columns. */
function rawNames(data: RunInfo['data'], t: Translate): string[] {
  if (data.rawKind === 'plane') return ['x₁', 'x₂'];
  if (data.inputNames.length === data.rawSize) return data.inputNames;
  return Array.from({ length: data.rawSize }, (_, k) =>
    t('inspector.own.inputN', { index: k + 1 }),
  );
}

/** A value to start typing from: 4 decimals are plenty (the exact sample is "Inspect one sample"). */
const short = (x: number | undefined): string => String(Number((x ?? 0).toFixed(4)));

/** The focus sample's raw values and target, as a starting point for typing. */
function startingValues(data: RunInfo['data'], focus: number): { raw: string[]; target: string[] } {
  const set = data.train;
  const s = Math.min(Math.max(0, focus), Math.max(0, set.count - 1));
  const raw = Array.from({ length: data.rawSize }, (_, k) => short(set.raw[s * data.rawSize + k]));
  if (data.task === 'regression') {
    const n = data.outputSize;
    return {
      raw,
      target: Array.from({ length: n }, (_, k) => short(set.rawTargets[s * n + k])),
    };
  }
  return { raw, target: [String(set.labels[s] ?? 0)] };
}

/**
 * "Your own values": a sample that is not in the training set — a point typed in, with its
 * class or target — stepped through like any other (the epoch's order is not advanced).
 */
export function CustomSampleForm({ data, disabled }: { data: RunInfo['data']; disabled: boolean }) {
  const t = useT();
  const controller = useController();
  const focus = useAppStore(selectFocusSample);
  const [values, setValues] = useState(() => startingValues(data, focus));
  const names = rawNames(data, t);
  const raw = values.raw.map(Number);
  const target = values.target.map(Number);
  const valid =
    values.raw.every((v) => v.trim() !== '') &&
    raw.every(Number.isFinite) &&
    values.target.every((v) => v.trim() !== '') &&
    target.every(Number.isFinite);
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    if (valid && !disabled) startInspection(controller, null, { raw, target });
  };
  const setRaw = (k: number, v: string): void =>
    setValues((old) => ({ ...old, raw: old.raw.map((x, n) => (n === k ? v : x)) }));
  const setTarget = (k: number, v: string): void =>
    setValues((old) => ({ ...old, target: old.target.map((x, n) => (n === k ? v : x)) }));

  return (
    <form className="si-custom" onSubmit={submit} aria-label={t('inspector.own.form')}>
      {names.map((name, k) => (
        <label key={k}>
          <span>{name}</span>
          <input
            type="number"
            step="any"
            value={values.raw[k]}
            aria-label={t('inspector.own.input', { name })}
            onChange={(e) => setRaw(k, e.target.value)}
          />
        </label>
      ))}
      {data.task === 'regression' ? (
        values.target.map((v, k) => (
          <label key={`t${k}`}>
            <span>
              {values.target.length > 1
                ? t('inspector.own.targetN', { index: k + 1 })
                : t('inspector.own.target')}
            </span>
            <input
              type="number"
              step="any"
              value={v}
              aria-label={
                values.target.length > 1
                  ? t('inspector.own.targetLabelN', { index: k + 1 })
                  : t('inspector.own.targetLabel')
              }
              onChange={(e) => setTarget(k, e.target.value)}
            />
          </label>
        ))
      ) : (
        <label>
          <span>{t('inspector.own.class')}</span>
          <select
            value={values.target[0]}
            aria-label={t('inspector.own.classLabel')}
            onChange={(e) => setTarget(0, e.target.value)}
          >
            {Array.from({ length: data.classes }, (_, c) => (
              <option key={c} value={c}>
                {data.classNames[c] ?? t('inspector.own.className', { index: c })}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="submit" disabled={disabled || !valid}>
        {t('inspector.own.submit')}
      </button>
    </form>
  );
}
