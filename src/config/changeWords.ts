/**
 * How a group of live changes reads on the loss curve ("η=0.3, μ=0.5", "w2[1,3]=0.5"): kept as
 * a message, not as words, so the chart says it in the page's language when it draws it and a
 * language switch re-words the markers already on the curve. Greek symbols, indices and numbers
 * read the same in every language; the settings whose symbol is a word have a catalogue key.
 */
import { msg, type Message } from '../core/i18n/message';
import type { TextKey } from '../core/i18n';
import type { RegularizerName } from '../core/choices/regularizers';
import type { ScheduleName } from '../core/choices/schedules';
import { LIVE_SETTINGS, settingRow } from './fields';
import { formatNumber } from './numbers';
import type { LiveChange, LiveSetting } from './types';

/** The course's symbol of each live setting (η, μ, λ …), as the field table has it. */
const SYMBOLS = Object.fromEntries(
  LIVE_SETTINGS.map((path) => [path, settingRow(path)?.symbol ?? path]),
) as Readonly<Record<LiveSetting, string>>;

/** The settings whose marker names them with a word rather than a symbol. */
const WORD_SYMBOLS: Partial<Record<LiveSetting, TextKey>> = {
  'training.optimizer.kind': 'loss.change.symbol.opt',
  'training.schedule.kind': 'loss.change.symbol.sched',
  'training.schedule.decay': 'loss.change.symbol.decay',
  'training.schedule.every': 'loss.change.symbol.every',
  'training.schedule.cycleLow': 'loss.change.symbol.lrlow',
  'training.schedule.cycleSteps': 'loss.change.symbol.cycle',
  'training.regularization.kind': 'loss.change.symbol.reg',
  'training.regularization.l1Ratio': 'loss.change.symbol.l1ratio',
};

/** Choice values that are words (optimizer names and l1/l2 are names and read as written). */
const SCHEDULE_WORDS: Readonly<Record<ScheduleName, TextKey>> = {
  constant: 'loss.change.schedule.constant',
  'inverse-time': 'loss.change.schedule.inverseTime',
  compound: 'loss.change.schedule.compound',
  step: 'loss.change.schedule.step',
  exponential: 'loss.change.schedule.exponential',
  cyclic: 'loss.change.schedule.cyclic',
};
const REGULARIZER_WORDS: Partial<Readonly<Record<RegularizerName, TextKey>>> = {
  none: 'loss.change.reg.none',
  elastic: 'loss.change.reg.elastic',
};

function symbolOf(path: LiveSetting): string | Message {
  const key = WORD_SYMBOLS[path];
  return key === undefined ? SYMBOLS[path] : { key };
}

function valueOf(path: LiveSetting, value: number | string): string | Message {
  if (typeof value === 'number') return formatNumber(value);
  const words: Readonly<Record<string, TextKey | undefined>> =
    path === 'training.schedule.kind'
      ? SCHEDULE_WORDS
      : path === 'training.regularization.kind'
        ? REGULARIZER_WORDS
        : {};
  const key = words[value];
  return key === undefined ? value : { key };
}

/** One change as it reads on a marker. */
export function changeMessage(change: LiveChange): Message {
  switch (change.kind) {
    case 'setting':
      return msg('loss.change.setting', {
        symbol: symbolOf(change.path),
        value: valueOf(change.path, change.value),
      });
    case 'weight':
      return msg('loss.change.weight', {
        layer: change.layer,
        to: change.to,
        from: change.from,
        value: formatNumber(change.value),
      });
    case 'bias':
      return msg('loss.change.bias', {
        layer: change.layer,
        to: change.to,
        value: formatNumber(change.value),
      });
    case 'samples':
      return change.samples.length === 1
        ? msg('loss.change.sample', { sample: change.samples[0] })
        : msg('loss.change.samples', { count: change.samples.length });
    case 'custom':
      return msg('loss.change.custom');
  }
}

/** A group of changes made together, e.g. "η=0.3, μ=0.5" or "w2[1,3]=0.5". */
export function describeChanges(changes: readonly LiveChange[]): Message {
  return msg('loss.change.list', { changes: changes.map(changeMessage) });
}
