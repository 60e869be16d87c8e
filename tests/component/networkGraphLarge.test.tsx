// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDigitsAsset } from '../../src/data';
import { translator } from '../../src/core/i18n';
import { initialAppState, useAppStore } from '../../src/state/store';
import { snapshotLayout } from '../../src/engine';
import { CanvasEdges, edgeBudget } from '../../src/views/NetworkGraph/edgeCanvas';
import { computeLayout } from '../../src/views/NetworkGraph/layout';
import { shapeOf } from '../../src/views/NetworkGraph/shape';
import { edgeEnds } from '../../src/views/NetworkGraph/targets';
import { makeRun, mountGraph, resetLiveRun, type TestRun } from './networkGraphHarness';

afterEach(() => {
  useAppStore.setState(initialAppState, true);
  resetLiveRun();
});

let digits: TestRun;

beforeAll(() => {
  digits = makeRun(
    (c) => {
      c.data.dataset = 'digits';
      c.data.digitSize = 28;
      c.data.samples = 200;
      c.network.hidden = [{ size: 64, activation: 'relu', bias: true, dropout: 0 }];
      c.network.output = { activation: 'softmax', bias: true };
      c.network.loss = 'cce';
      c.network.init = { kind: 'he-uniform', scale: 0.1 };
    },
    2,
    // Read by path: under happy-dom, import.meta.url is not a file URL for digitsNode.ts.
    { digits: parseDigitsAsset(readFileSync('public/data/digits.bin')) },
  );
});

describe('NetworkGraph on 784-64-10 digits', () => {
  it('renders a small SVG: the image and the wide layer are canvas, not 50 000 elements', () => {
    expect(digits.info.sizes).toEqual([784, 64, 10]);
    const { container } = mountGraph(digits);
    const svgElements = container.querySelectorAll('svg *').length;
    expect(svgElements).toBeLessThan(1500);
    expect(svgElements).toBeLessThan(200);
    expect(container.querySelectorAll('[data-node]')).toHaveLength(10); // only the outputs
    expect(container.querySelectorAll('[data-grid]')).toHaveLength(2); // image + hidden cells
    expect(container.querySelectorAll('[data-edge]')).toHaveLength(0); // all edges on canvas
    expect(screen.getByText('784 – 64 – 10 · 50 890 parameters')).toBeTruthy();
    const captions = container.querySelector('.ng-captions')?.textContent ?? '';
    expect(captions).toContain('784 (28×28)');
    expect(captions).toContain('64 ReLU');
    expect(captions).toContain('10 softmax');
    const outputs = [...container.querySelectorAll('.ng-name')].map((n) => n.textContent);
    expect(outputs).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('tells which neuron of the wide layer is under the pointer', () => {
    const { container } = mountGraph(digits);
    const grid = container.querySelector('[data-grid="1"]')!;
    // happy-dom has no layout: the SVG sits at (0, 0), so client coordinates are SVG ones.
    const x = Number(grid.getAttribute('x')) + 2;
    const y = Number(grid.getAttribute('y')) + Number(grid.getAttribute('height')) * 0.5 + 1;
    fireEvent.pointerMove(grid, { clientX: x, clientY: y });
    expect(screen.getByRole('tooltip').textContent).toMatch(/Neuron \d+ of hidden layer 1/);
    fireEvent.click(grid, { clientX: x, clientY: y });
    const selected = useAppStore.getState().selectedNode;
    expect(selected?.layer).toBe(1);
    expect(selected!.index).toBeGreaterThan(20);
  });

  it('moves through the image pixels with the arrow keys', () => {
    const { container } = mountGraph(digits);
    const image = container.querySelector<SVGElement>('[data-grid="0"]')!;
    image.focus();
    fireEvent.keyDown(image, { key: 'ArrowDown' });
    fireEvent.keyDown(image, { key: 'ArrowRight' });
    expect(screen.getByRole('tooltip').textContent).toContain('Input pixel (2, 2)');
    fireEvent.keyDown(image, { key: 'Enter' });
    expect(useAppStore.getState().selectedNode).toEqual({ layer: 0, index: 29 });
  });

  it('draws only the strongest weights of a wide layer on canvas, and can pick them', () => {
    const shape = shapeOf(digits.info, 64);
    const layout = computeLayout(shape, 640, translator('en'));
    expect(layout.layers.map((L) => L.kind)).toEqual(['image', 'cells', 'nodes']);
    expect(layout.canvasLayers).toEqual([1, 2]);
    const edges = new CanvasEdges(layout);
    edges.select(digits.snapshot, digits.layout, 'forward');
    const budget = edgeBudget(784 * 64) + edgeBudget(64 * 10);
    expect(edges.drawnCount).toBeLessThanOrEqual(budget);
    expect(edges.drawnCount).toBeGreaterThan(budget * 0.9);
    // The strongest weight of layer 1 is drawn and is found at the middle of its line.
    const w = digits.snapshot.subarray(
      digits.layout.weights[0],
      digits.layout.weights[0] + 784 * 64,
    );
    let best = 0;
    for (let k = 1; k < w.length; k++) if (Math.abs(w[k]) > Math.abs(w[best])) best = k;
    const to = Math.floor(best / 784);
    const from = best % 784;
    const [p, q] = edgeEnds(layout, 1, to, from);
    const picked = edges.pick((p.x + q.x) / 2, (p.y + q.y) / 2, 0.5);
    expect(picked?.kind).toBe('edge');
    // Another drawn edge may cross exactly there; the pick is one that passes through the point.
    if (picked?.kind === 'edge') {
      const [a, b] = edgeEnds(layout, picked.layer, picked.to, picked.from);
      const t = ((p.x + q.x) / 2 - a.x) / (b.x - a.x);
      expect(Math.abs(a.y + t * (b.y - a.y) - (p.y + q.y) / 2)).toBeLessThan(1);
    }
  });

  it('keeps its edge budget whatever the spread of the weights', () => {
    const shape = shapeOf(digits.info, 64);
    const layout = computeLayout(shape, 640, translator('en'));
    const lay = snapshotLayout([784, 64, 10]);
    const budget = edgeBudget(784 * 64) + edgeBudget(64 * 10);
    const cases: [string, (k: number) => number, number][] = [
      // A fresh uniform init: the budget is filled.
      ['uniform', (k) => ((k % 997) / 997 - 0.5) * 0.2, budget * 0.9],
      // Every weight equal: the budget is filled too (no threshold can split them).
      ['constant', () => 0.05, budget * 0.9],
      // Every 50th weight strong, the rest tiny: all strong ones (600 of 1 004, 13 of 640).
      ['sparse', (k) => (k % 50 === 0 ? 1 : 1e-4), 600 + 13],
    ];
    for (const [, fill, least] of cases) {
      const s = new Float64Array(lay.length);
      for (const l of [1, 2]) {
        const n = lay.sizes[l] * lay.sizes[l - 1];
        for (let k = 0; k < n; k++) s[lay.weights[l - 1] + k] = fill(k);
      }
      const edges = new CanvasEdges(layout);
      for (let frame = 0; frame < 2; frame++) {
        edges.select(s, lay, 'forward');
        expect(edges.drawnCount).toBeLessThanOrEqual(budget);
        expect(edges.drawnCount).toBeGreaterThanOrEqual(least);
      }
    }
  });
});
