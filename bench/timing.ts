/**
 * Wall-clock throughput of a training loop: run whole steps in chunks of about two
 * milliseconds, reading the clock between chunks, until the window is over.
 */

/** One contender on one network: a training step that returns the samples it trained on. */
export interface Contender {
  step(): number;
  /**
   * `count` steps at once, returning the samples trained on, where the contender has a faster
   * way than `count` calls of step() (the engine's run(), as the app's worker trains).
   */
  steps?(count: number): number;
  /** Called (and awaited) before each measurement window, e.g. to switch the tfjs backend. */
  activate?(): Promise<void> | void;
}

export interface Throughput {
  samplesPerSecond: number;
  steps: number;
  /** CPU time this process got over the window's wall-clock time (below 1: the machine was busy). */
  cpuShare: number;
}

/** Runs steps for `seconds` (at least one chunk) and returns the throughput over that window. */
export function measure(contender: Contender, seconds: number, chunk: number): Throughput {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const end = start + seconds * 1000;
  let samples = 0;
  let steps = 0;
  let now: number;
  do {
    if (contender.steps) samples += contender.steps(chunk);
    else for (let k = 0; k < chunk; k++) samples += contender.step();
    steps += chunk;
    now = performance.now();
  } while (now < end);
  const cpu = process.cpuUsage(cpuStart);
  const wallMs = now - start;
  return {
    samplesPerSecond: (samples * 1000) / wallMs,
    steps,
    cpuShare: (cpu.user + cpu.system) / 1000 / wallMs,
  };
}

/**
 * Runs the contender for `seconds` to let the JIT settle and returns how many steps make a
 * chunk of about `chunkMs` milliseconds.
 */
export function warmUp(contender: Contender, seconds: number, chunkMs = 2): number {
  const start = performance.now();
  let steps = 0;
  let now: number;
  do {
    contender.step();
    steps++;
    now = performance.now();
  } while (now - start < seconds * 1000);
  const perStepMs = (now - start) / steps;
  return Math.max(1, Math.round(chunkMs / perStepMs));
}

export function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
