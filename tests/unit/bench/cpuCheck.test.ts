import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cpuSpeedLine, cpuSpeeds } from '../../../bench/cpuCheck';

describe('cpuSpeedLine', () => {
  it('says how far apart the CPUs ran', () => {
    const line = cpuSpeedLine('at the start', [
      { cpu: 0, ms: 191.4 },
      { cpu: 1, ms: 300.2 },
    ]);
    expect(line).toBe(
      'CPU check at the start (one loop of typed-array loads pinned to each CPU): CPU 0 191 ms, ' +
        'CPU 1 300 ms; 1.57× apart: a thread on the slower CPU runs up to that much slower.',
    );
  });

  it('calls CPUs within 10% of each other alike, and says when it could not check', () => {
    expect(
      cpuSpeedLine('at the end', [
        { cpu: 0, ms: 200 },
        { cpu: 1, ms: 215 },
      ]),
    ).toMatch(/CPU 0 200 ms, CPU 1 215 ms; alike\.$/);
    expect(cpuSpeedLine('at the end', null)).toBe(
      'CPU check at the end: skipped (it needs Linux and taskset).',
    );
  });
});

describe('cpuSpeeds', () => {
  const hasTaskset = ((): boolean => {
    try {
      execFileSync('taskset', ['-c', '0', 'true'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  it('times the loop on the first CPU, or says it cannot', () => {
    const speeds = cpuSpeeds(1);
    if (process.platform === 'linux' && hasTaskset) {
      expect(speeds).toHaveLength(1);
      expect(speeds![0].cpu).toBe(0);
      expect(speeds![0].ms).toBeGreaterThan(0);
    } else {
      expect(speeds).toBeNull();
    }
  });
});
