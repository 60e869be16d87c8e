import { describe, expect, it } from 'vitest';
import { ACTIVATION_DESCRIPTORS } from '../../../../src/core/choices/activations';
import { DATASETS, DATASET_DESCRIPTORS } from '../../../../src/core/choices/datasets';
import { INITIALIZERS, INITIALIZER_DESCRIPTORS } from '../../../../src/core/choices/initializers';
import { LOSSES, LOSSES_BY_CODE, LOSS_DESCRIPTORS } from '../../../../src/core/choices/losses';
import { Random } from '../../../../src/core/random';
import { defaultConfig } from '../../../../src/config/defaults';
import { buildDataset } from '../../../../src/data';

describe('loss descriptors', () => {
  it('are keyed by their own name, and the engine codes index them', () => {
    for (const name of LOSSES) expect(LOSS_DESCRIPTORS[name].name).toBe(name);
    LOSSES_BY_CODE.forEach((d, code) => expect(d.code).toBe(code));
    expect(LOSSES_BY_CODE).toHaveLength(LOSSES.length);
  });

  // δ = ∂C/∂a against central differences of the descriptor's own per-sample cost, with each
  // loss behind the output it needs (tanh where any works, to exercise the Jacobian).
  it.each(LOSSES)('%s: the output delta is the derivative of the cost', (name) => {
    const loss = LOSS_DESCRIPTORS[name];
    const act = ACTIVATION_DESCRIPTORS[loss.needsOutput ?? 'tanh'];
    const width = 3;
    const a = Float64Array.of(0.4, -1.3, 2.1, -0.2, 0.7, 0.05);
    const y =
      name === 'cce' ? Float64Array.of(0, 1, 0, 1, 0, 0) : Float64Array.of(1, 0, 1, 0, 0.5, 1);
    const z = new Float64Array(6);
    act.activate(a, z, 2, width, 0);
    const delta = new Float64Array(6);
    const total = loss.outputDelta({ a, z, y }, delta, 2, width, act.code, 0);
    const costOf = (aa: Float64Array, row: number): number => {
      const zz = new Float64Array(6);
      act.activate(aa, zz, 2, width, 0);
      return loss.sampleCost({ a: aa, z: zz, y }, row * width, row * width, width);
    };
    expect(total).toBeCloseTo(costOf(a, 0) + costOf(a, 1), 14);
    const h = 1e-6;
    for (let k = 0; k < 6; k++) {
      const row = Math.floor(k / width);
      const plus = Float64Array.from(a);
      plus[k] += h;
      const minus = Float64Array.from(a);
      minus[k] -= h;
      const numeric = (costOf(plus, row) - costOf(minus, row)) / (2 * h);
      expect(delta[k]).toBeCloseTo(numeric, 7);
    }
  });
});

describe('initializer descriptors', () => {
  const draw = (name: (typeof INITIALIZERS)[number], nIn: number, nOut: number, scale = 0.5) => {
    const w = new Float64Array(nIn * nOut);
    INITIALIZER_DESCRIPTORS[name].fill(w, nIn, nOut, scale, new Random(7, 'init'));
    return w;
  };
  const variance = (w: Float64Array): number => w.reduce((s, v) => s + v * v, 0) / w.length;

  it('fill by their rule: constants, bounds and variances', () => {
    expect([...draw('zeros', 2, 3)]).toEqual([0, 0, 0, 0, 0, 0]);
    expect([...draw('constant', 2, 3, 0.25)]).toEqual([0.25, 0.25, 0.25, 0.25, 0.25, 0.25]);
    // Xavier uniform on 3 → 5: |w| ≤ √(6/8) = 0.866…
    expect(Math.max(...draw('xavier-uniform', 3, 5).map(Math.abs))).toBeLessThanOrEqual(
      Math.sqrt(0.75),
    );
    // He normal with nIn = 50: Var(w) = 2/50 = 0.04 (200 × 50 draws, within 5%).
    expect(variance(draw('he-normal', 50, 200))).toBeCloseTo(0.04, 2);
    // Uniform ±0.5: Var = 0.25/3.
    expect(variance(draw('uniform', 100, 100))).toBeCloseTo(0.25 / 3, 2);
  });

  it('name a scale symbol exactly where the scale setting is read', () => {
    const scaled = INITIALIZERS.filter((n) => INITIALIZER_DESCRIPTORS[n].scaleSymbol !== null);
    expect(scaled).toEqual(['constant', 'uniform', 'normal']);
    for (const name of INITIALIZERS) {
      const small = draw(name, 4, 4, 0.1);
      const large = draw(name, 4, 4, 0.9);
      const reads = small.some((v, k) => v !== large[k]);
      expect(reads, name).toBe(scaled.includes(name));
    }
  });
});

describe('dataset descriptors', () => {
  it('say which datasets read the sample count, as building them shows', () => {
    for (const name of DATASETS) {
      if (name === 'digits' || name === 'csv') continue; // need an asset / user text
      const count = (samples: number): number => {
        const config = defaultConfig();
        config.data.dataset = name;
        config.data.samples = samples;
        const built = buildDataset(config);
        if (!built.ok) throw new Error(built.error);
        return built.dataset.train.count + built.dataset.test.count;
      };
      const reads = count(40) !== count(80);
      expect(reads, name).toBe(DATASET_DESCRIPTORS[name].usesSamples);
      expect(DATASET_DESCRIPTORS[name].name).toBe(name);
    }
  });
});
