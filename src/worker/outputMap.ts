import type { Dataset } from '../data/types';
import { Evaluator, type Network } from '../engine';
import { MAX_MAPPED_HIDDEN, type OutputMap } from '../core/runInfo';

/** Points along x for 1-D curves, per requested cell of a 2-D map. */
const LINE_POINTS_PER_CELL = 4;

export function mapNeuronCount(network: Network, ds: Dataset): number {
  if (ds.rawKind !== 'plane' && ds.rawKind !== 'line') return 0;
  return hiddenMapped(network) + network.outputSize;
}

function hiddenTotal(network: Network): number {
  let n = 0;
  for (let l = 1; l < network.depth; l++) n += network.sizes[l];
  return n;
}

function hiddenMapped(network: Network): number {
  const n = hiddenTotal(network);
  return n <= MAX_MAPPED_HIDDEN ? n : 0;
}

/** Grid inputs are cached per network, dataset and resolution: the plane does not move. */
const cache = new WeakMap<Network, { key: string; inputs: Float64Array; evaluator: Evaluator }>();

/**
 * The network's outputs (and each hidden neuron's, when few) over a grid of the raw input
 * domain: the plane for 2-D data, the x-axis for 1-D data. Inputs go through the dataset's own
 * feature transform and normalization, exactly as training inputs did.
 */
export function computeOutputMap(
  network: Network,
  ds: Dataset,
  cells: number,
  step: number,
): OutputMap | null {
  const dims: 1 | 2 | 0 = ds.rawKind === 'plane' ? 2 : ds.rawKind === 'line' ? 1 : 0;
  if (dims === 0 || cells < 2) return null;
  const points = dims === 2 ? cells * cells : cells * LINE_POINTS_PER_CELL;
  const nIn = network.inputSize;
  const key = `${ds.name}|${dims}|${cells}|${nIn}`;
  let entry = cache.get(network);
  if (!entry || entry.key !== key) {
    entry = {
      key,
      inputs: gridInputs(ds, dims, cells, points, nIn),
      evaluator: new Evaluator(network, 256),
    };
    cache.set(network, entry);
  }
  const includeHidden = hiddenMapped(network) > 0;
  const neurons = (includeHidden ? hiddenTotal(network) : 0) + network.outputSize;
  const values = new Float64Array(neurons * points);
  const ev = entry.evaluator;
  ev.forwardInputs(entry.inputs, points, (start, rows) => {
    let n = 0;
    for (let l = includeHidden ? 1 : network.depth; l <= network.depth; l++) {
      const width = network.sizes[l];
      const z = ev.ws.z[l];
      for (let j = 0; j < width; j++, n++) {
        const base = n * points + start;
        for (let r = 0; r < rows; r++) values[base + r] = z[r * width + j];
      }
    }
  });
  return {
    cells: dims === 2 ? cells : points,
    dims,
    neurons,
    hiddenIncluded: includeHidden,
    values,
    step,
  };
}

function gridInputs(
  ds: Dataset,
  dims: 1 | 2,
  cells: number,
  points: number,
  nIn: number,
): Float64Array {
  const inputs = new Float64Array(points * nIn);
  const raw = new Float64Array(ds.rawSize);
  const row = new Float64Array(nIn);
  const [x0, x1] = ds.rawDomain[0];
  if (dims === 1) {
    for (let k = 0; k < points; k++) {
      raw[0] = x0 + ((x1 - x0) * k) / (points - 1);
      ds.toInput(raw, row);
      inputs.set(row, k * nIn);
    }
    return inputs;
  }
  const [y0, y1] = ds.rawDomain[1];
  for (let r = 0; r < cells; r++) {
    // Row 0 is the top of the picture: the largest x₂.
    const y = y1 - ((y1 - y0) * (r + 0.5)) / cells;
    for (let c = 0; c < cells; c++) {
      raw[0] = x0 + ((x1 - x0) * (c + 0.5)) / cells;
      raw[1] = y;
      ds.toInput(raw, row);
      inputs.set(row, (r * cells + c) * nIn);
    }
  }
  return inputs;
}
