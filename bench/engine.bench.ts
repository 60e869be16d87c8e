/**
 * `npm run bench`: training throughput of the engine next to the reference limit beside the
 * repository (../shared/bench/limit.cjs, skipped where absent), a hand-written Float64Array loop
 * with the engine's own maths, TensorFlow.js on its CPU and WASM backends, and an object-per-neuron
 * engine in the style of the best-known browser playground — the same networks, data, initial
 * weights and batch order, measured side by side and interleaved in one run.
 */
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import { Trainer } from '../src/engine/trainer';
import { cpuSpeedLine, cpuSpeeds } from './cpuCheck';
import { HandLoop } from './handLoop';
import { createLimitLoop, findLimit, limitSummary, LIMIT_PATH } from './limit';
import { memoryCheck } from './memory';
import { NativeHandLoop } from './nativeHandLoop';
import {
  NETWORKS,
  benchConfig,
  benchDataset,
  describe,
  syntheticData,
  type BenchNetwork,
} from './networks';
import { ObjectNet } from './objectNet';
import { printTable, type Row } from './report';
import { TfjsNet } from './tfjsNet';
import { initTfjs } from './tfjsSetup';
import { measure, median, warmUp, type Contender } from './timing';
import { checkTrajectories, initialParameters } from './verify';

/** Seconds of each timed window, windows per contender, warm-up seconds. */
/**
 * Many short windows rather than a few long ones: on a machine other jobs also use, load comes
 * and goes within seconds, and finely interleaved windows see the same load on average.
 */
const WINDOW = 0.6;
const ROUNDS = 7;
const WARM_UP = 0.5;
/** The memory check: engine steps on network A and heap checkpoints. */
const MEMORY_STEPS = 1_000_000;
const MEMORY_CHECKPOINTS = 5;

const NOTES = [
  'engine: Trainer.run() with its own batch shuffling and divergence checks (update statistics',
  '  on the last step of each run, as the worker trains).',
  'hand loop (the yardstick): bench/handLoop.ts — 2×4 register tiles, first layer read from the',
  "  dataset (no gather), SGD update fused into the last block, no allocation; the engine's",
  '  deterministic exp/log/tanh, so it computes the same numbers as the engine.',
  "hand, Math.*: the same loop with V8's Math functions (not bit-identical across browsers, so",
  '  not what the product may ship); shown for scale, no bar.',
  'tfjs: tfjs-core + backend, float32, fused matMul+bias(+ReLU) as tfjs-layers builds them,',
  '  tf.train.sgd minimize, data uploaded once and gathered once per epoch in the same order.',
  `limit: ../${LIMIT_PATH} (blocked mode), the reference written only for speed: its own`,
  "  initial weights, data in order, V8's Math.*, no statistics; bar engine/limit ≥ 0.8×.",
  'object/neuron: bench/objectNet.ts — Neuron and Link objects, forward/backward per example,',
  '  accumulated derivatives averaged at the update, Math functions (playground style).',
];

type ContenderName =
  'engine' | 'limit' | 'hand' | 'hand-native' | 'tfjs-cpu' | 'tfjs-wasm' | 'object';

/** The reference limit beside the repository, or null in an ordinary clone. */
const LIMIT = findLimit(resolve(dirname(fileURLToPath(import.meta.url)), '..'));

interface Entry {
  net: BenchNetwork;
  name: ContenderName;
  contender: Contender;
  chunk: number;
  rates: number[];
  /** Samples per second of this process's CPU time, per window (less hurt by other load). */
  cpuRates: number[];
}

async function contendersFor(net: BenchNetwork): Promise<Entry[]> {
  const data = syntheticData(net);
  const trainer = new Trainer(benchConfig(net), benchDataset(net, data));
  const params = initialParameters(trainer);
  const entry = (name: ContenderName, contender: Contender): Entry => ({
    net,
    name,
    contender,
    chunk: 1,
    rates: [],
    cpuRates: [],
  });
  const perEpoch = trainer.stepsPerEpoch;
  const lastRows = data.count - (perEpoch - 1) * net.batchSize;
  const entries = [
    entry('engine', {
      step: () => {
        const outcome = trainer.step();
        if (!outcome.ok) throw new Error(`engine diverged on ${net.id}`);
        return trainer.batch.rows;
      },
      // As the app's worker trains: run(), whose steps skip the update statistics no one reads.
      steps: (count) => {
        const from = trainer.stepsDone;
        if (trainer.run(count) !== null) throw new Error(`engine diverged on ${net.id}`);
        // Samples trained: whole batches, but the last batch of an epoch holds the rest.
        const epochEnds = Math.floor((from + count) / perEpoch) - Math.floor(from / perEpoch);
        return count * net.batchSize - epochEnds * (net.batchSize - lastRows);
      },
    }),
  ];
  if (LIMIT !== null) {
    const limit = createLimitLoop(LIMIT, net, data);
    entries.push(
      entry('limit', {
        step: () => {
          limit.step();
          return limit.samplesPerStep;
        },
      }),
    );
  }
  const hand = new HandLoop(net, data, params);
  entries.push(entry('hand', { step: () => hand.step() }));
  const handNative = new NativeHandLoop(net, data, params);
  entries.push(entry('hand-native', { step: () => handNative.step() }));
  for (const backend of ['cpu', 'wasm'] as const) {
    await tf.setBackend(backend);
    const model = new TfjsNet(net, data, params, backend);
    entries.push(
      entry(`tfjs-${backend}`, { step: () => model.step(), activate: () => model.activate() }),
    );
  }
  if (net.objectEngine) {
    const object = new ObjectNet(net, data, params);
    entries.push(entry('object', { step: () => object.step() }));
  }
  return entries;
}

/** The entries network by network, each network's contenders rotated by the round number. */
function inRoundOrder(entries: Entry[], round: number): Entry[] {
  const order: Entry[] = [];
  for (const net of NETWORKS) {
    const group = entries.filter((e) => e.net === net);
    for (let k = 0; k < group.length; k++) order.push(group[(k + round) % group.length]);
  }
  return order;
}

async function main(): Promise<void> {
  const started = performance.now();
  const { wasmSimd } = await initTfjs();
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log('Backprop Lab engine benchmark — training samples per second, plain SGD');
  console.log(
    `Node ${process.version}, ${os.cpus().length} × ${cpu}; tfjs-core ${tf.version_core}, ` +
      `WASM ${wasmSimd ? 'SIMD' : 'no SIMD'}, single-threaded; load average ` +
      `${os.loadavg()[0].toFixed(2)} at start`,
  );
  console.log(cpuSpeedLine('at the start', cpuSpeeds()));
  console.log(
    LIMIT === null
      ? `No ../${LIMIT_PATH} beside the repository: the limit column is skipped.`
      : `Limit: ${LIMIT}`,
  );
  console.log(
    `Method: ${WARM_UP} s warm-up each, then ${ROUNDS} interleaved rounds of one ` +
      `${WINDOW} s wall-clock window per contender (a network's contenders in rotating order); ` +
      `the table shows each contender's median window.\n`,
  );

  console.log('Same work check (first steps from the same weights on the same batches):');
  for (const net of NETWORKS) {
    for (const line of await checkTrajectories(net, syntheticData(net))) console.log(`  ${line}`);
  }

  const entries: Entry[] = [];
  for (const net of NETWORKS) entries.push(...(await contendersFor(net)));
  for (const e of entries) {
    await e.contender.activate?.();
    e.chunk = warmUp(e.contender, WARM_UP);
  }
  const cpuShares: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const e of inRoundOrder(entries, round)) {
      await e.contender.activate?.();
      const result = measure(e.contender, WINDOW, e.chunk);
      e.rates.push(result.samplesPerSecond);
      if (result.cpuShare > 0) e.cpuRates.push(result.samplesPerSecond / result.cpuShare);
      cpuShares.push(result.cpuShare);
    }
  }

  const rows: Row[] = NETWORKS.map((net) => {
    const rates: Partial<Record<ContenderName, number[]>> = {};
    for (const e of entries) if (e.net === net) rates[e.name] = e.rates;
    return {
      label: `${net.id} ${describe(net)}, batch ${net.batchSize}`,
      median: Object.fromEntries(
        Object.entries(rates).map(([name, values]) => [name, median(values)]),
      ),
      spread: Object.fromEntries(
        Object.entries(rates).map(([name, values]) => [
          name,
          (Math.max(...values) - Math.min(...values)) / median(values),
        ]),
      ),
    };
  });
  console.log('');
  printTable(rows);
  const limitRows = NETWORKS.map((net, k) => ({
    id: net.id,
    engine: rows[k].median.engine,
    limit: rows[k].median.limit,
  }));
  const share = median(cpuShares);
  console.log(
    `CPU share of the timed windows (process CPU time / wall time): median ` +
      `${(100 * share).toFixed(0)}%, range ${(100 * Math.min(...cpuShares)).toFixed(0)}–` +
      `${(100 * Math.max(...cpuShares)).toFixed(0)}%.`,
  );
  if (share < 0.9) {
    console.log(
      'WARNING: other processes were using the CPU during the windows: the throughputs are ' +
        'depressed and the ratios noisier than on an idle machine.',
    );
  }
  for (const line of NOTES) console.log(line);

  console.log('\nMemory (engine, network A):');
  for (const line of await memoryCheck(NETWORKS[0], MEMORY_STEPS, MEMORY_CHECKPOINTS)) {
    console.log(`  ${line}`);
  }
  console.log(`\n${cpuSpeedLine('at the end', cpuSpeeds())}`);
  console.log(
    `Load average ${os.loadavg()[0].toFixed(2)} at the end; total ` +
      `${((performance.now() - started) / 1000).toFixed(0)} s.`,
  );
  if (LIMIT !== null) {
    // The same ratio per CPU second: on a shared machine, closer to what an idle one shows.
    const perCpu = NETWORKS.map((net) => {
      const of = (name: ContenderName): number[] =>
        entries.find((e) => e.net === net && e.name === name)?.cpuRates ?? [];
      return { id: net.id, engine: median(of('engine')), limit: median(of('limit')) };
    });
    console.log(`Per CPU second, ${limitSummary(perCpu, LIMIT)}`);
  }
  console.log(limitSummary(limitRows, LIMIT));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
