import { describe, expect, it } from 'vitest';
import { decodeLink } from '../../../src/config/link';
import { settingsAt } from '../../../src/config/changes';

describe('live changes follow the rules that compare fields', () => {
  it('refuses a lowest cyclic rate above the learning rate, as the key would be clamped', () => {
    const key = decodeLink('sched=cyclic&lr=0.01&lrlow=50&v=1');
    expect(key.config.training.schedule.cycleLow).toBe(0.01);
    const live = decodeLink('sched=cyclic&lr=0.01&ch=0_lrlow_50&v=1');
    expect(live.config.changes).toEqual([]);
    expect(live.problems.map((p) => p.message)).toEqual([
      'live change 1 (step 0): lowest learning rate (cyclic) 50 is above the learning rate 0.01; dropped it',
    ]);
    // The settings in force never reach a rate of 50.
    const training = settingsAt(live.config.training, live.config.changes, 10);
    expect(training.schedule.cycleLow).toBe(0.001);
  });

  it('checks against the settings in force at the change, earlier changes included', () => {
    const { config, problems } = decodeLink(
      'sched=cyclic&lr=0.01&ch=5_lr_1,6_lrlow_0.5,7_lr_0.1,8_lrlow_0.05&v=1',
    );
    // 5: lr 1; 6: low 0.5 ≤ 1, kept; 7: lr 0.1 would put low 0.5 above it, refused;
    // 8: low 0.05 ≤ 1, kept.
    expect(config.changes.map((c) => c.step)).toEqual([5, 6, 8]);
    expect(problems.map((p) => p.message)).toEqual([
      'live change 3 (step 7): with it the lowest cyclic rate 0.5 would be above the learning rate 0.1; dropped it',
    ]);
  });

  it('lets the learning rate go below an unused lowest rate when the schedule is not cyclic', () => {
    const { config, problems } = decodeLink('lr=0.01&ch=3_lr_0.0001&v=1');
    expect(problems).toEqual([]);
    expect(config.changes).toHaveLength(1);
    const refused = decodeLink('lr=0.01&ch=3_lr_0.0001,4_sched_cyclic&v=1');
    expect(refused.config.changes.map((c) => c.step)).toEqual([3]);
    expect(refused.problems[0].message).toBe(
      'live change 2 (step 4): with it the lowest cyclic rate 0.001 would be above the learning rate 0.0001; dropped it',
    );
  });
});
