import { describe, expect, it } from 'vitest';
import {
  checkChanges,
  diffSettings,
  readChanges,
  settingsAt,
  writeChanges,
} from '../../../src/config/changes';
import { describeChanges } from '../../../src/config/changeWords';
import { english, messageIn } from '../../../src/core/i18n/message';
import { defaultConfig } from '../../../src/config/defaults';
import { decodeLink, encodeLink } from '../../../src/config/link';
import type { Problem } from '../../../src/config/problems';
import type { LiveChange } from '../../../src/config/types';

const lr = (step: number, value: number): LiveChange => ({
  step,
  kind: 'setting',
  path: 'training.optimizer.learningRate',
  value,
});

describe('the live-change log', () => {
  it('round-trips through a link, settings and parameter edits alike', () => {
    const config = defaultConfig();
    config.changes = [
      lr(0, 0.5),
      { step: 500, kind: 'setting', path: 'training.regularization.kind', value: 'l2' },
      { step: 500, kind: 'setting', path: 'training.optimizer.beta1', value: 0.8 },
      { step: 900, kind: 'weight', layer: 2, to: 1, from: 3, value: -0.25 },
      { step: 901, kind: 'bias', layer: 3, to: 0, value: 1e-300 },
    ];
    const link = encodeLink(config);
    expect(link).toContain('ch=0_lr_0.5,500_reg_l2,500_beta1_0.8,900_w2.1.3_-0.25,901_b3.0_1e-300');
    const decoded = decodeLink(link);
    expect(decoded.problems).toEqual([]);
    expect(decoded.config.changes).toEqual(config.changes);
  });

  it('drops bad entries with a message naming each, and sorts the rest by step', () => {
    const problems: Problem[] = [];
    const kept = checkChanges(
      [
        lr(30, 0.1),
        lr(10, Number.NaN),
        { step: -1, kind: 'setting', path: 'training.optimizer.learningRate', value: 1 },
        { step: 5, kind: 'setting', path: 'network.loss', value: 'mse' },
        { step: 5, kind: 'weight', layer: 0, to: 0, from: 0, value: 1 },
        { step: 5, kind: 'setting', path: 'training.optimizer.kind', value: 'lbfgs' },
        lr(20, 0.2),
        'junk',
      ],
      problems,
    );
    expect(kept).toEqual([lr(20, 0.2), lr(30, 0.1)]);
    expect(problems.map((p) => p.message)).toEqual([
      "live change 2 (step 10): learning rate 'NaN' is not a number; dropped it",
      "live change 3: step '-1' is not a whole number from 0 to 1000000; dropped it",
      "live change 4 (step 5): 'network.loss' cannot change while training; dropped it",
      'live change 5 (step 5): the weight is outside any network; dropped it',
      "live change 6 (step 5): optimizer 'lbfgs' is not a choice; dropped it",
      "live change 8: 'junk' is not a change; dropped it",
    ]);
  });

  it('reads at most the limit of entries from a hostile link', () => {
    const problems: Problem[] = [];
    const text = Array.from({ length: 50_000 }, (_, k) => `${k}_lr_0.1`).join(',');
    const checked = checkChanges(readChanges(text, problems), problems);
    expect(checked).toHaveLength(1000);
    expect(problems.map((p) => p.message)).toEqual([
      'the link has 50000 live changes, above the limit 1000; reading the first 1000',
    ]);
    const garbage: Problem[] = [];
    expect(checkChanges(readChanges('1_lr,2__,x_y_z,3_w1.2_4,4_zz_1', garbage), garbage)).toEqual(
      [],
    );
    expect(garbage.map((p) => p.message)).toEqual([
      "live change 1: '1_lr' is unreadable; dropped it",
      "live change 2: '2__' is unreadable; dropped it",
      "live change 3: 'x_y_z' is unreadable; dropped it",
      "live change 4: '3_w1.2_4' is unreadable; dropped it",
      "live change 5: '4_zz_1' is unreadable; dropped it",
    ]);
  });

  it('reads at most the limit of entries however many are unreadable', () => {
    const problems: Problem[] = [];
    const entries = readChanges(','.repeat(399_000), problems);
    expect(entries).toHaveLength(1000);
    expect(problems.map((p) => p.message)).toEqual([
      'the link has 399001 live changes, above the limit 1000; reading the first 1000',
    ]);
  });

  it('gives the settings in force at a step', () => {
    const start = defaultConfig().training;
    const changes = [lr(10, 0.1), lr(20, 0.2)];
    expect(settingsAt(start, changes, 0).optimizer.learningRate).toBe(0.03);
    expect(settingsAt(start, changes, 10).optimizer.learningRate).toBe(0.1);
    expect(settingsAt(start, changes, 25).optimizer.learningRate).toBe(0.2);
    expect(start.optimizer.learningRate).toBe(0.03);
  });

  it('turns a settings edit into log entries and words', () => {
    const before = defaultConfig().training;
    const after = structuredClone(before);
    after.optimizer.learningRate = 0.3;
    after.optimizer.momentum = 0.5;
    after.regularization.kind = 'l1';
    const changes = diffSettings(before, after, 42);
    expect(changes).toEqual([
      lr(42, 0.3),
      { step: 42, kind: 'setting', path: 'training.optimizer.momentum', value: 0.5 },
      { step: 42, kind: 'setting', path: 'training.regularization.kind', value: 'l1' },
    ]);
    expect(english(describeChanges(changes))).toBe('η=0.3, μ=0.5, regularization=l1');
    expect(messageIn('ko', describeChanges(changes))).toBe('η=0.3, μ=0.5, 정규화=l1');
    expect(writeChanges(changes)).toBe('42_lr_0.3,42_mom_0.5,42_reg_l1');
  });
});

describe('logged steps on picked samples', () => {
  it('round-trip through a link and are checked like any change', () => {
    const config = defaultConfig();
    config.changes = [
      { step: 3, kind: 'samples', samples: [5, 17] },
      { step: 9, kind: 'custom', inputs: [0.5, -1.25e-7], targets: [-1] },
    ];
    const link = encodeLink(config);
    expect(link).toContain('ch=3_s_5.17,9_x_0.5;-1.25e-7;;-1');
    const decoded = decodeLink(link);
    expect(decoded.problems).toEqual([]);
    expect(decoded.config.changes).toEqual(config.changes);
    const problems: Problem[] = [];
    expect(
      checkChanges(
        [
          { step: 1, kind: 'samples', samples: [] },
          { step: 1, kind: 'samples', samples: [1.5] },
          { step: 1, kind: 'custom', inputs: [Number.NaN], targets: [1] },
        ],
        problems,
      ),
    ).toEqual([]);
    expect(problems).toHaveLength(3);
    expect(english(describeChanges(config.changes))).toBe(
      'step on 2 picked samples, step on a typed-in sample',
    );
    expect(messageIn('ko', describeChanges(config.changes))).toBe(
      '고른 샘플 2개로 한 단계, 직접 입력한 샘플로 한 단계',
    );
  });
});

describe('the loss-curve words of a change', () => {
  it('name every kind of change in English and in Korean, symbols and numbers as written', () => {
    const changes: LiveChange[] = [
      { step: 7, kind: 'setting', path: 'training.schedule.kind', value: 'exponential' },
      { step: 7, kind: 'setting', path: 'training.schedule.every', value: 3 },
      { step: 7, kind: 'setting', path: 'training.optimizer.kind', value: 'adam' },
      { step: 7, kind: 'setting', path: 'training.regularization.rate', value: 0.001 },
      { step: 7, kind: 'weight', layer: 2, to: 1, from: 3, value: -0.5 },
      { step: 7, kind: 'bias', layer: 1, to: 0, value: 2 },
      { step: 7, kind: 'samples', samples: [12] },
    ];
    expect(english(describeChanges(changes))).toBe(
      'schedule=exponential, every=3, optimizer=adam, λ=0.001, w2[1,3]=-0.5, b1[0]=2, ' +
        'step on sample #12',
    );
    expect(messageIn('ko', describeChanges(changes))).toBe(
      '스케줄=지수 감쇠, 감소 간격=3, 옵티마이저=adam, λ=0.001, w2[1,3]=-0.5, b1[0]=2, ' +
        '샘플 #12로 한 단계',
    );
  });
});
