import { PerformanceObserver, constants } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import { Trainer } from '../src/engine/trainer';
import type { BenchNetwork } from './networks';
import { benchConfig, benchDataset, syntheticData } from './networks';

/**
 * Memory over a long run: the heap after a full collection at regular checkpoints (it must not
 * grow), and how many collections ran while training (what the step leaves as garbage).
 */

/** The collector, from `node --expose-gc` or, failing that, enabled at run time. */
function collector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

const MiB = 1024 * 1024;

export async function memoryCheck(
  net: BenchNetwork,
  steps: number,
  checkpoints: number,
): Promise<string[]> {
  const gc = collector();
  const trainer = new Trainer(benchConfig(net), benchDataset(net, syntheticData(net)));
  // Warm up until the step's code is optimized: the fused step (src/engine/fusedStep.ts) is one
  // large function that V8 compiles in the background for tens of milliseconds, and until then
  // the interpreter boxes every number it computes. Those collections are not the loop's.
  const warm = performance.now();
  while (performance.now() - warm < 500) {
    trainer.run(1000);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  gc();
  const heap = [process.memoryUsage().heapUsed];
  let minor = 0;
  let major = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MINOR) minor++;
      else major++;
    }
  });
  const per = Math.ceil(steps / checkpoints);
  const start = performance.now();
  let done = 0;
  for (let c = 0; c < checkpoints; c++) {
    observer.observe({ entryTypes: ['gc'] });
    const divergence = trainer.run(per);
    if (divergence) throw new Error(`memory check: diverged at step ${divergence.step}`);
    done += per;
    // Let the observer deliver, then stop counting before our own full collection.
    await new Promise((resolve) => setTimeout(resolve, 0));
    observer.disconnect();
    gc();
    heap.push(process.memoryUsage().heapUsed);
  }
  const seconds = (performance.now() - start) / 1000;
  const growth = heap[heap.length - 1] - heap[0];
  const lines = [
    `${net.id}: ${done.toLocaleString('en-US')} engine steps in ${seconds.toFixed(1)} s; ` +
      `heap used after a full GC: ${heap.map((h) => (h / MiB).toFixed(2)).join(' → ')} MiB ` +
      `(growth ${(growth / 1024).toFixed(1)} KiB)`,
    `${net.id}: collections while training: ${minor} young-generation (scavenge), ` +
      `${major} other — ${growth <= 64 * 1024 ? 'flat: PASS' : 'GROWS: MISS'}`,
  ];
  return lines;
}
