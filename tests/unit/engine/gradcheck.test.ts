import { describe, expect, it } from 'vitest';
import { gradientCheck } from '../../../src/engine/gradcheck';
import { Network } from '../../../src/engine/network';
import { Random } from '../../../src/core/random';
import { initializeWeights } from '../../../src/engine/initializers';
import type { RunConfig } from '../../../src/config/types';
import { bitEqual, configWith, layer, randomMatrix, tableDataset, testRandom } from './fixtures';

const rand = testRandom(123);
const XS = randomMatrix(rand, 12, 4);
const YS = XS.map((x) => [x[0] > x[1] ? 1 : 0, x[2] > 0 ? 1 : 0]);
const DATASET = tableDataset(XS, YS);

function network(patch: Parameters<typeof configWith>[0], seed = 1): Network {
  const config: RunConfig = configWith(patch);
  const net = new Network(4, 2, config.network, config.mathsVersion);
  const random = new Random(seed, 'gradcheck-test');
  for (let l = 1; l <= net.depth; l++) {
    initializeWeights(
      net.weights[l - 1],
      net.sizes[l - 1],
      net.sizes[l],
      config.network.init,
      random,
    );
    for (let j = 0; j < net.biases[l - 1].length; j++) {
      if (net.hasBias[l - 1]) net.biases[l - 1][j] = random.uniform(-0.3, 0.3);
    }
  }
  return net;
}

const HEALTHY: Parameters<typeof configWith>[0] = {
  hidden: [layer(10, 'tanh'), layer(5, 'sigmoid', false)],
  output: { activation: 'sigmoid', bias: true },
  loss: 'bce',
  init: { kind: 'xavier-normal', scale: 0 },
};

describe('gradientCheck', () => {
  it('agrees with backprop on a healthy network and reports every layer', () => {
    const net = network(HEALTHY);
    const result = gradientCheck(net, DATASET, { samples: 6 });
    expect(result.samples).toBe(6);
    expect(result.layers.map((l) => l.layer)).toEqual([1, 2, 3]);
    // all weights and, where the layer has them, biases: 40 + 10, 50 (no bias), 10 + 2
    expect(result.layers.map((l) => l.checked)).toEqual([50, 50, 12]);
    expect(result.maxRelativeError).toBeLessThan(1e-6);
    expect(result.maxRelativeError).toBe(Math.max(...result.layers.map((l) => l.maxRelativeError)));
  });

  it('leaves the network bit-identical', () => {
    const net = network(HEALTHY);
    const weights = net.weights.map((w) => w.slice());
    const biases = net.biases.map((b) => b.slice());
    gradientCheck(net, DATASET);
    net.weights.forEach((w, l) => expect(bitEqual(w, weights[l])).toBe(true));
    net.biases.forEach((b, l) => expect(bitEqual(b, biases[l])).toBe(true));
  });

  it('can fail: a back-propagated delta that is not the cost’s derivative is caught', () => {
    // bce is only valid with a sigmoid output: its fused delta (ŷ − y)/K assumes ŷ = σ(a).
    // With a linear output the cost is still computed from the logits a, so ∂C/∂a = (σ(a) − y)/K
    // while backprop uses (a − y)/K — a wrong gradient the check must flag.
    const net = network({ ...HEALTHY, output: { activation: 'linear', bias: true } });
    expect(gradientCheck(net, DATASET).maxRelativeError).toBeGreaterThan(1e-2);
  });

  it('perLayer caps the weights compared per layer (and the biases); samples is clamped', () => {
    const net = network(HEALTHY);
    const result = gradientCheck(net, DATASET, { perLayer: 8, samples: 1000 });
    // 8 of 40 weights + 8 of 10 biases; 8 of 50; 8 of 10 + 2 biases
    expect(result.layers.map((l) => l.checked)).toEqual([16, 8, 10]);
    expect(result.samples).toBe(12);
  });

  it('uses its epsilon: a coarse step shows the O(h²) truncation error', () => {
    const net = network(HEALTHY);
    const fine = gradientCheck(net, DATASET, { epsilon: 1e-5, refine: false }).maxRelativeError;
    const coarse = gradientCheck(net, DATASET, { epsilon: 0.5, refine: false }).maxRelativeError;
    expect(fine).toBeLessThan(1e-6);
    expect(coarse).toBeGreaterThan(100 * fine);
  });
});

describe('gradient check on a deep sigmoid network', () => {
  it('agrees to 1e-7 where plain finite differences drown in rounding, and still catches a bug', async () => {
    const { defaultConfig } = await import('../../../src/config/defaults');
    const { prepareRun } = await import('../../../src/run/prepare');
    const config = defaultConfig();
    config.network.hidden = Array.from({ length: 8 }, () => ({
      size: 6,
      activation: 'sigmoid' as const,
      bias: true,
      dropout: 0,
    }));
    config.network.output = { activation: 'sigmoid', bias: true };
    config.network.loss = 'bce';
    config.network.init = { kind: 'xavier-normal', scale: 0.1 };
    config.training.optimizer.learningRate = 0.1;
    const run = prepareRun(config);
    if (!run.ok) throw new Error(run.error);
    run.trainer.run(2000);
    const plain = gradientCheck(run.trainer.network, run.dataset, { refine: false });
    const refined = gradientCheck(run.trainer.network, run.dataset);
    // The first layers' gradients are tiny: a single small step cannot resolve them.
    expect(plain.maxRelativeError).toBeGreaterThan(1e-6);
    expect(refined.relativeError).toBeLessThan(1e-7);
    for (const layer of refined.layers) expect(layer.relativeError).toBeLessThan(1e-7);
    // A wrong gradient is still caught: scale one layer's weights' analytic side by lying
    // about the loss (a linear output scored as if it were a sigmoid one).
    const wrong = prepareRun({ ...config, network: { ...config.network, loss: 'bce' } });
    if (!wrong.ok) throw new Error(wrong.error);
    wrong.trainer.network.activations[wrong.trainer.network.depth - 1] = 0; // linear output under a fused bce delta
    expect(gradientCheck(wrong.trainer.network, wrong.dataset).relativeError).toBeGreaterThan(1e-2);
  });
});
