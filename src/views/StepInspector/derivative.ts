/**
 * h′(a) as the engine computes it during backprop (activations.ts multiplyByDerivative and the
 * output Jacobian in losses.ts): from z = h(a) where that is exact and cheap, so a delta
 * recomputed here from the trace's numbers is bit-identical to the trace's delta.
 */
export function derivativeFromTrace(act: string, a: number, z: number, param: number): number {
  switch (act) {
    case 'linear':
      return 1;
    case 'sigmoid':
      return z * (1 - z);
    case 'tanh':
      return 1 - z * z;
    case 'relu':
      return a > 0 ? 1 : 0;
    case 'leaky-relu':
      return a > 0 ? 1 : param;
    case 'elu':
      return a > 0 ? 1 : z + param;
    default:
      return Number.NaN; // softmax: not element-wise
  }
}

/** h′ written in terms of z (and a), in TeX, with the numbers: 1 - 0.26^2 for tanh. */
export function derivativeTex(
  act: string,
  a: string,
  z: string,
  aValue: number,
  zText: string,
  param: number,
  paramText: string,
): { symbolic: string; numeric: string } {
  switch (act) {
    case 'linear':
      return { symbolic: '1', numeric: '1' };
    case 'sigmoid':
      return { symbolic: `${z}\\,(1 - ${z})`, numeric: `${zText}\\,(1 - ${zText})` };
    case 'tanh':
      return { symbolic: `1 - (${z})^2`, numeric: `1 - (${zText})^2` };
    case 'relu':
      return { symbolic: `[\\,${a} > 0\\,]`, numeric: aValue > 0 ? '1' : '0' };
    case 'leaky-relu':
      return {
        symbolic: `(${a} > 0 \\;?\\; 1 : \\alpha)`,
        numeric: aValue > 0 ? '1' : paramText,
      };
    case 'elu':
      return {
        symbolic: `(${a} > 0 \\;?\\; 1 : ${z} + \\alpha)`,
        numeric: aValue > 0 ? '1' : `${zText} + ${param < 0 ? `(${paramText})` : paramText}`,
      };
    default:
      return { symbolic: '?', numeric: '?' };
  }
}
