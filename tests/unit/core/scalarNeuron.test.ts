import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/defaults';
import type { RunConfig } from '../../../src/config/types';
import { neuronGraph } from '../../../src/core/scalarGraph';
import { neuronFactsFromTrace } from '../../../src/views/ScalarGraph/neuronFacts';
import { tracedRun } from '../inspector/traceFixture';

/** Object.is for every entry: bit for bit, −0 apart from +0. */
function sameBits(actual: ArrayLike<number>, expected: ArrayLike<number>): void {
  expect(
    Array.from(actual).map((x, k) => Object.is(x, expected[k]) || `${k}: ${x} ≠ ${expected[k]}`),
  ).toEqual(Array.from(expected, () => true));
}

function configWith(patch: (c: RunConfig) => void): RunConfig {
  const c = defaultConfig();
  patch(c);
  return c;
}

const CASES: [string, RunConfig][] = [
  ['default tanh 2-4-2-1, half-sse', defaultConfig()],
  [
    'relu, leaky relu, elu with dropout, sigmoid + bce',
    configWith((c) => {
      c.data.dataset = 'xor';
      c.network.hidden = [
        { size: 5, activation: 'relu', bias: true, dropout: 0 },
        { size: 4, activation: 'leaky-relu', bias: true, dropout: 0.25 },
        { size: 3, activation: 'elu', bias: true, dropout: 0 },
      ];
      c.network.output = { activation: 'sigmoid', bias: true };
      c.network.loss = 'bce';
    }),
  ],
  [
    'softmax + cce on 3 classes',
    configWith((c) => {
      c.data.dataset = 'spiral';
      c.network.hidden = [{ size: 6, activation: 'sigmoid', bias: true, dropout: 0 }];
      c.network.output = { activation: 'softmax', bias: true };
      c.network.loss = 'cce';
    }),
  ],
  [
    'softmax + mse, linear hidden',
    configWith((c) => {
      c.data.dataset = 'gaussians';
      c.network.hidden = [{ size: 3, activation: 'linear', bias: true, dropout: 0 }];
      c.network.output = { activation: 'softmax', bias: true };
      c.network.loss = 'mse';
    }),
  ],
];

describe('a neuron opened as a scalar graph shows the step trace bit for bit', () => {
  it.each(CASES)('%s', (_name, config) => {
    // One picked sample, so the batch-mean gradients are that sample's own.
    const { trace } = tracedRun(config, 25, [3]);
    const sample = trace.samples[0];
    const L = trace.sizes.length - 1;
    for (let l = 1; l <= L; l++) {
      for (let j = 0; j < trace.sizes[l]; j++) {
        const facts = neuronFactsFromTrace(trace, 0, l, j, config);
        const { graph, numbers } = neuronGraph(facts);
        const nIn = trace.sizes[l - 1];
        sameBits(
          [numbers.a, numbers.z, numbers.delta],
          [sample.a[l - 1][j], sample.z[l][j], sample.delta[l - 1][j]],
        );
        sameBits(numbers.weightGrads, trace.weightGrads[l - 1].slice(j * nIn, (j + 1) * nIn));
        sameBits(
          [graph.grads[graph.nodes.findIndex((n) => n.label.startsWith('b'))]],
          [trace.biasGrads[l - 1][j]],
        );
        if (l === L) sameBits([numbers.cost ?? Number.NaN], [sample.cost]);
        // The graph's own nodes carry the same numbers: Σ node = a, activation node = z.
        const sum = graph.nodes.find((n) => n.op === 'sum');
        expect(Object.is(sum?.value, sample.a[l - 1][j])).toBe(true);
      }
    }
  });

  it('each input receives w·δ, and these add up to the layer below’s Wᵀδ before h′', () => {
    const config = CASES[0][1];
    const { trace } = tracedRun(config, 40, [7]);
    const sample = trace.samples[0];
    // Layer 2's neurons send w·δ to layer 1; layer 1's δ is h′(a)·Σ of them (tanh: 1 − z²).
    const sizes = trace.sizes;
    for (let i = 0; i < sizes[1]; i++) {
      let e = 0;
      for (let j = 0; j < sizes[2]; j++)
        e = e + neuronGraph(neuronFactsFromTrace(trace, 0, 2, j, config)).numbers.inputGrads[i];
      const z = sample.z[1][i];
      expect(Object.is(e * (1 - z * z), sample.delta[0][i])).toBe(true);
    }
  });

  it('a wide layer shows its largest terms and one node for the rest, with the same a', () => {
    const config = configWith((c) => {
      c.data.dataset = 'digits';
      c.data.samples = 40;
      c.network.hidden = [{ size: 4, activation: 'relu', bias: true, dropout: 0 }];
      c.network.output = { activation: 'softmax', bias: true };
      c.network.loss = 'cce';
    });
    const { trace } = tracedRun(config, 3, [0]);
    const { graph, numbers } = neuronGraph(neuronFactsFromTrace(trace, 0, 1, 2, config), 12);
    expect(graph.nodes.filter((n) => n.op === 'mul')).toHaveLength(12);
    expect(graph.nodes.some((n) => n.label === `${196 - 12} more w·z`)).toBe(true);
    expect(Object.is(numbers.a, trace.samples[0].a[0][2])).toBe(true);
  });
});

describe('an output neuron whose targets are not at hand (the focus sample of a snapshot)', () => {
  /** The neuron's facts from a trace, with its targets swapped for the δ and cost it knows. */
  function knownFacts(config: RunConfig, fused: boolean) {
    const { trace } = tracedRun(config, 25, [3]);
    const L = trace.sizes.length - 1;
    const facts = neuronFactsFromTrace(trace, 0, L, 0, config);
    const sample = trace.samples[0];
    const known = { delta: sample.delta[L - 1][0], cost: sample.cost, fused };
    return { facts: { ...facts, output: undefined, known }, sample, L };
  }

  it('draws the chain a → z → C when the loss is not fused, with ∂C/∂z = δ / h′(a)', () => {
    const config = CASES[0][1]; // tanh output, ½ SSE
    const { facts, sample, L } = knownFacts(config, false);
    const { graph, numbers } = neuronGraph(facts);
    const z = graph.nodes.findIndex((n) => n.op === 'tanh');
    const loss = graph.nodes[graph.output];
    expect(loss.op).toBe('loss');
    expect(loss.inputs).toEqual([z]);
    // δ stays the engine's, bit for bit; ∂C/∂z is ŷ − y, which δ / (1 − z²) gives back.
    sameBits([numbers.delta], [sample.delta[L - 1][0]]);
    const dCdz = sample.z[L][0] - sample.target[0];
    expect(graph.grads[z]).toBeCloseTo(dCdz, 12);
    expect(graph.steps.map((s) => s.rule).slice(0, 2)).toEqual(['loss', 'activation']);
  });

  it('keeps C on a when the loss is fused with its activation (sigmoid with BCE)', () => {
    const config = CASES[1][1];
    const { facts } = knownFacts(config, true);
    const { graph } = neuronGraph(facts);
    const sum = graph.nodes.findIndex((n) => n.op === 'sum');
    expect(graph.nodes[graph.output].inputs).toEqual([sum]);
    expect(graph.steps[0].rule).toBe('loss fused with its activation');
  });
});
