import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';

/**
 * A check of the machine, not of the lab: the same short loop timed on each CPU in turn.
 *
 * On the 2-core machines this project is measured on, the two CPUs are not always alike: at
 * times one of them runs typed-array loads about 1.6× slower than the other (measured with
 * `taskset`: 191 against 300 ms for the loop below, later the other way round, later equal),
 * and a training loop pinned to the slower one took 2.6 s where the faster one took 1.7 s. A
 * browser's worker lands on either, so a figure can come out fast or slow from one run to the
 * next. The benchmarks print this check at their start and end so that a reader can tell.
 */

/** Typed-array loads and multiply-adds: bound by throughput, as the engine's kernels are. */
const LOOP =
  '(() => {' +
  'const a = new Float64Array(64), b = new Float64Array(64);' +
  'for (let i = 0; i < 64; i++) { a[i] = i * 0.01; b[i] = 1 - i * 0.001; }' +
  'let x = 0; const s = performance.now();' +
  'for (let i = 0; i < 2e8; i++) x += b[i & 63] * a[(i + 5) & 63];' +
  'process.stdout.write(String(performance.now() - s) + (x > 0 ? "" : " "));' +
  '})()';

export interface CpuSpeed {
  cpu: number;
  ms: number;
}

/** LOOP's time pinned to each CPU in turn; null off Linux or without taskset. */
export function cpuSpeeds(count = cpus().length): CpuSpeed[] | null {
  if (process.platform !== 'linux') return null;
  const speeds: CpuSpeed[] = [];
  for (let cpu = 0; cpu < count; cpu++) {
    try {
      const text = execFileSync('taskset', ['-c', String(cpu), process.execPath, '-e', LOOP], {
        encoding: 'utf8',
        timeout: 30_000,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      const ms = Number(text);
      if (!(ms > 0)) return null;
      speeds.push({ cpu, ms });
    } catch {
      return null;
    }
  }
  return speeds;
}

/** One line saying how far apart the CPUs ran, for the report. */
export function cpuSpeedLine(when: string, speeds: CpuSpeed[] | null): string {
  if (speeds === null || speeds.length === 0) {
    return `CPU check ${when}: skipped (it needs Linux and taskset).`;
  }
  const times = speeds.map((s) => `CPU ${s.cpu} ${s.ms.toFixed(0)} ms`).join(', ');
  const fastest = Math.min(...speeds.map((s) => s.ms));
  const slowest = Math.max(...speeds.map((s) => s.ms));
  const apart = slowest / fastest;
  const verdict =
    apart < 1.1
      ? 'alike'
      : `${apart.toFixed(2)}× apart: a thread on the slower CPU runs up to that much slower`;
  return `CPU check ${when} (one loop of typed-array loads pinned to each CPU): ${times}; ${verdict}.`;
}
