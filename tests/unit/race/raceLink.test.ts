import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { english } from '../../../src/core/i18n/message';
import { RACE_LIMITS, defaultRace, defaultRun } from '../../../src/config/race';
import { readRaceParams, writeRaceParams } from '../../../src/config/raceLink';

const reader = (pairs: Record<string, string>) => (key: string) =>
  Object.prototype.hasOwnProperty.call(pairs, key) ? pairs[key] : undefined;

describe('race link keys', () => {
  it('a link without `race` holds no race', () => {
    expect(readRaceParams(reader({}))).toEqual({ race: null, problems: [] });
  });

  it('round-trips surface, start, runs with their settings, step and change log', () => {
    const race = defaultRace();
    race.surface = 'rosenbrock';
    race.from = [-1.5, 2];
    race.runs = [defaultRun('adam', 0.01), { ...defaultRun('momentum', 0.001), momentum: 0.95 }];
    race.runs[0].epsilon = 1e-6;
    race.step = 200;
    race.changes = [{ step: 50, run: 1, key: 'lr', value: 0.002 }];
    const pairs = Object.fromEntries(writeRaceParams(race));
    expect(pairs).toEqual({
      race: 'rosenbrock',
      rfrom: '-1.5,2',
      rr: 'adam,lr_0.01,eps_0.000001;momentum,lr_0.001,mom_0.95',
      rstep: '200',
      rch: '50_1_lr_0.002',
    });
    // Only URL-safe characters, as every link key.
    expect(Object.values(pairs).join('')).toMatch(/^[A-Za-z0-9\-_.,;]*$/);
    expect(readRaceParams(reader(pairs))).toEqual({ race, problems: [] });
  });

  it('names each bad part and keeps the rest', () => {
    const { race, problems } = readRaceParams(
      reader({
        race: 'everest',
        rfrom: '1e400,2',
        rr: 'adam,lr_500;lion,lr_1;sgd,lr_0.1,mom_2,zz_1',
        rstep: '12.5',
        rch: '5_9_lr_0.1,abc,3_0_beta1_1',
      }),
    );
    expect(race!.surface).toBe('rotated-bowl');
    expect(race!.runs.map((r) => r.kind)).toEqual(['adam', 'sgd']);
    expect(race!.runs[0].learningRate).toBe(0.01);
    expect(race!.runs[1].momentum).toBe(0.9);
    expect(race!.step).toBe(0);
    expect(race!.changes).toEqual([]);
    expect(problems.map(english)).toEqual([
      "race surface 'everest' is unknown; using rotated-bowl",
      "race start '1e400,2' is not two numbers in [−100, 100]; using -2.5, -1.5",
      "race run 1: lr '500' is outside [0, 100]; using 0.01",
      "race run 2: unknown optimizer 'lion'; the run is left out",
      "race run 3: mom '2' is outside [0, 1); using 0.9",
      "race run 3: unknown setting 'zz_1'; ignored",
      "race step '12.5' is not a whole number from 0 to 20000; using 0",
      "race change '5_9_lr_0.1' addresses no run or setting of this race; ignored",
      "race change 'abc' is unreadable; ignored",
      "race change '3_0_beta1_1': beta1 is outside [0, 1); ignored",
    ]);
  });

  it('bounds the work however long the lists are, and escapes what it quotes', () => {
    const { race, problems } = readRaceParams(
      reader({ race: 'bowl', rr: 'sgd;'.repeat(100_000), rch: ','.repeat(300_000) }),
    );
    expect(race!.runs.length).toBe(RACE_LIMITS.runs);
    expect(problems.length).toBeLessThan(RACE_LIMITS.changes + 5);
    const { problems: quoted } = readRaceParams(reader({ race: 'bo\u202ewl\u001b[31m' }));
    expect(english(quoted[0])).toContain('\\u202e');
    expect(english(quoted[0])).toContain('\\u001b');
  });

  it('never throws on random text', () => {
    fc.assert(
      fc.property(
        fc.record({
          race: fc.string(),
          rfrom: fc.string(),
          rr: fc.string(),
          rstep: fc.string(),
          rch: fc.string(),
        }),
        (pairs) => {
          const { race } = readRaceParams(reader(pairs));
          expect(race!.runs.length).toBeGreaterThan(0);
          expect(race!.runs.length).toBeLessThanOrEqual(RACE_LIMITS.runs);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
