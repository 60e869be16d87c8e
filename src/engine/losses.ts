/**
 * The engine's side of the loss descriptors (src/core/choices/losses.ts): the network holds a
 * loss code, and these look its descriptor up. What each loss computes lives in its descriptor.
 */
import type { ActCode } from '../core/choices/activations';
import { LOSSES_BY_CODE, LOSS_DESCRIPTORS, type LossName } from '../core/choices/losses';

export { Loss, type LossCode } from '../core/choices/losses';
import type { LossCode } from '../core/choices/losses';

export function lossCode(name: LossName): LossCode {
  return LOSS_DESCRIPTORS[name].code;
}

/**
 * Cost of one sample from its output-layer pre-activations `a`, activations `z` and targets
 * `y`, all read at `offset` over `width` outputs.
 */
export function sampleCost(
  loss: LossCode,
  a: Float64Array,
  z: Float64Array,
  y: Float64Array,
  offset: number,
  targetOffset: number,
  width: number,
): number {
  return LOSSES_BY_CODE[loss].sampleCost({ a, z, y }, offset, targetOffset, width);
}

/**
 * Writes δ⁽ᴸ⁾ = ∂C/∂a⁽ᴸ⁾ for `rows` samples into `delta` and returns the sum of their costs.
 * `targets` rows are `width` wide and start at 0 (the batch's gathered targets). The loss is
 * chosen once per batch, not per row.
 */
export function outputDelta(
  loss: LossCode,
  act: ActCode,
  a: Float64Array,
  z: Float64Array,
  targets: Float64Array,
  delta: Float64Array,
  rows: number,
  width: number,
  actParam: number,
): number {
  return LOSSES_BY_CODE[loss].outputDelta({ a, z, y: targets }, delta, rows, width, act, actParam);
}
