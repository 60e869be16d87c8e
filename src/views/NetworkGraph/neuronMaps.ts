import { setPixel, type Bitmap } from './bitmap';

/**
 * One neuron's picture inside its square: over the plane a heat map of its output z (the same
 * colours as the node), along the line its curve; the focus sample is marked on both.
 */

/**
 * The value → t mapping of a neuron's map: tanh on [−1, 1], sigmoid around ½, softmax 0 … 1,
 * ReLU from 0 to its own maximum, anything else by its own largest |value|.
 */
function mapUnit(
  values: Float64Array,
  from: number,
  count: number,
  act: string,
): (v: number) => number {
  if (act === 'tanh' || act === 'softmax') return (v) => v;
  if (act === 'sigmoid') return (v) => 2 * v - 1;
  let max = 0;
  for (let k = from; k < from + count; k++)
    max = Math.max(max, act === 'relu' ? values[k] : Math.abs(values[k]));
  const scale = max > 0 ? 1 / max : 0;
  return (v) => v * scale;
}

export function fillMap(
  bm: Bitmap,
  values: Float64Array,
  from: number,
  count: number,
  act: string,
): void {
  const unit = mapUnit(values, from, count, act);
  const data = bm.image.data;
  for (let k = 0; k < count; k++) setPixel(data, k, unit(values[from + k]));
  bm.ctx.putImageData(bm.image, 0, 0);
}

export function drawCurve(
  ctx: CanvasRenderingContext2D,
  values: Float64Array,
  from: number,
  count: number,
  act: string,
  left: number,
  top: number,
  side: number,
): void {
  let lo: number;
  let hi: number;
  if (act === 'tanh') [lo, hi] = [-1, 1];
  else if (act === 'sigmoid' || act === 'softmax') [lo, hi] = [0, 1];
  else {
    lo = Infinity;
    hi = -Infinity;
    for (let k = from; k < from + count; k++) {
      lo = Math.min(lo, values[k]);
      hi = Math.max(hi, values[k]);
    }
    if (!(hi > lo)) [lo, hi] = [lo - 1, hi + 1];
  }
  const pad = 2;
  const y = (v: number): number => top + pad + (side - 2 * pad) * (1 - (v - lo) / (hi - lo));
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(left, top, side, side);
  if (lo < 0 && hi > 0) {
    ctx.beginPath();
    ctx.moveTo(left, y(0));
    ctx.lineTo(left + side, y(0));
    ctx.strokeStyle = '#d9dde5';
    ctx.lineWidth = 1;
    ctx.stroke();
  }
  ctx.beginPath();
  for (let k = 0; k < count; k++) {
    const px = left + (side * k) / Math.max(1, count - 1);
    const py = y(values[from + k]);
    if (k === 0) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
  }
  ctx.strokeStyle = '#1d2433';
  ctx.lineWidth = 1.25;
  ctx.stroke();
}

export function drawFocus(
  ctx: CanvasRenderingContext2D,
  focus: { u: number; v: number },
  dims: 1 | 2,
  left: number,
  top: number,
  side: number,
): void {
  if (!(focus.u >= 0 && focus.u <= 1)) return;
  const x = left + focus.u * side;
  if (dims === 1) {
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, top + side);
    ctx.strokeStyle = 'rgba(36, 86, 201, 0.7)';
    ctx.lineWidth = 1;
    ctx.stroke();
    return;
  }
  const y = top + Math.min(1, Math.max(0, focus.v)) * side;
  ctx.beginPath();
  ctx.arc(x, y, 2.5, 0, 2 * Math.PI);
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.strokeStyle = '#1d2433';
  ctx.lineWidth = 1.25;
  ctx.stroke();
}
