import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';

/**
 * CPU time (not wall time) of the browser's threads, read from /proc (Linux). On a shared
 * machine the wall-clock figures depend on what else runs; CPU time per frame and steps per
 * CPU-second do not, so they say what the page itself costs.
 */
export interface CpuTimes {
  /** Renderer main threads (all renderers; idle ones add nothing). */
  main: number;
  /** Dedicated worker threads (the training worker, or the headless engine). */
  worker: number;
  /** Renderer processes in all, main and workers included. */
  renderer: number;
  /** The GPU process (display compositing and software raster of the page). */
  gpu: number;
}

let ticksPerMs: number | null = null;

function clockTicksPerMs(): number {
  if (ticksPerMs === null) {
    try {
      ticksPerMs = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) / 1000;
    } catch {
      ticksPerMs = 0.1; // USER_HZ is 100 on Linux
    }
    if (!(ticksPerMs > 0)) ticksPerMs = 0.1;
  }
  return ticksPerMs;
}

/** utime + stime of a /proc stat line, in clock ticks (the fields after the command name). */
export function statTicks(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

function threads(pid: number): { comm: string; ms: number; main: boolean }[] {
  const dir = `/proc/${pid}/task`;
  const perMs = clockTicksPerMs();
  const out: { comm: string; ms: number; main: boolean }[] = [];
  for (const tid of readdirSync(dir)) {
    try {
      const comm = readFileSync(`${dir}/${tid}/comm`, 'utf8').trim();
      const ms = statTicks(readFileSync(`${dir}/${tid}/stat`, 'utf8')) / perMs;
      out.push({ comm, ms, main: Number(tid) === pid });
    } catch {
      // the thread ended meanwhile
    }
  }
  return out;
}

/** The CPU times so far of the browser behind `browserSession`, or null off Linux. */
export async function cpuTimes(browserSession: CDPSession): Promise<CpuTimes | null> {
  if (!existsSync('/proc/self/task')) return null;
  const { processInfo } = await browserSession.send('SystemInfo.getProcessInfo');
  const times: CpuTimes = { main: 0, worker: 0, renderer: 0, gpu: 0 };
  for (const p of processInfo) {
    if (p.type === 'GPU') times.gpu += p.cpuTime * 1000;
    if (p.type !== 'renderer') continue;
    try {
      for (const t of threads(p.id)) {
        times.renderer += t.ms;
        if (t.main) times.main += t.ms;
        else if (t.comm.startsWith('DedicatedWorker')) times.worker += t.ms;
      }
    } catch {
      // the process ended meanwhile
    }
  }
  return times;
}

export function cpuDelta(before: CpuTimes | null, after: CpuTimes | null): CpuTimes | null {
  if (!before || !after) return null;
  return {
    main: after.main - before.main,
    worker: after.worker - before.worker,
    renderer: after.renderer - before.renderer,
    gpu: after.gpu - before.gpu,
  };
}
