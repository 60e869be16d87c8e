/**
 * How long the loss landscape of 784-64-10 on 2 000 digits takes at 31×31, next to what the
 * same 961 points cost as plain forward passes (Evaluator over the same samples), measured in
 * the same run. The bar: under 10 s on this 2-core machine.
 *
 *   npm run bench:landscape
 */
import { loadavg } from 'node:os';
import { decodeLink } from '../src/config/link';
import { loadDigitsFromDisk } from '../src/data/digitsNode';
import { Evaluator } from '../src/engine';
import { filterNormalizedDirections } from '../src/engine/landscape';
import { LandscapeJob } from '../src/engine/landscapeJob';
import { prepareRun } from '../src/run/prepare';

const link =
  'ds=digits&px=28&n=2500&test=0.2&h=64r&out=softmax&loss=cce&init=he-normal&opt=adam&lr=0.001&batch=32&v=1';
const run = prepareRun(decodeLink(link).config, { digits: loadDigitsFromDisk() });
if (!run.ok) throw new Error(run.error);
run.trainer.run(200);
const { network } = run.trainer;
const set = run.dataset.train;
const [d1, d2] = filterNormalizedDirections(network, 1);

const t0 = performance.now();
const job = new LandscapeJob(network, set, d1, d2, { grid: 31, range: 1 });
let slices = 0;
while (!job.run(16)) slices++;
const landscapeMs = performance.now() - t0;

// The plain way, timed on 20 points and scaled to 961: one full forward pass per point.
const evaluator = new Evaluator(network);
const t1 = performance.now();
for (let k = 0; k < 20; k++)
  evaluator.evaluate({ ...set, count: Math.min(set.count, 2000) }, run.dataset);
const plainMs = ((performance.now() - t1) / 20) * 961;

console.log(
  `load average ${loadavg()
    .map((v) => v.toFixed(2))
    .join(' ')}`,
);
console.log(
  `784-64-10, ${Math.min(set.count, 2000)} samples, 31×31 = 961 points in ${slices + 1} slices`,
);
console.log(`landscape: ${(landscapeMs / 1000).toFixed(2)} s (bar < 10 s)`);
console.log(`plain forward passes (estimated from 20): ${(plainMs / 1000).toFixed(2)} s`);
console.log(`landscape / plain: ${(landscapeMs / plainMs).toFixed(3)}`);
