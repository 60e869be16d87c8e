/**
 * Deterministic elementary functions.
 *
 * JavaScript specifies +, −, ×, ÷ and √ exactly (IEEE 754, round to nearest) but leaves
 * Math.exp, Math.log, Math.tanh, Math.sin … to each engine, and engines do change them:
 * measured here, Node 20's V8 and Chromium 156's V8 disagree in the last bit on about 10% of
 * exp and log results and 0.04% of tanh results — enough for a shared link to train to
 * different weights in the browser and in `npm run replay`. Everything here is built from the
 * exactly specified operations only, so it returns the same bits in every engine.
 *
 * Method: reduce the argument with a constant split in two (or three) parts so that the
 * reduction is exact, evaluate a truncated Taylor series whose remainder is below 2⁻⁶⁰ on the
 * reduced interval, and scale back by an exact power of two. Accuracy is within a couple of
 * units in the last place, which the tests check against Math.* on a million arguments.
 */

/**
 * Which of the engine's elementary functions a run computes with. Version 1 is every run of a
 * link written before `v=2` and must keep its bits forever; version 2 computes tanh by
 * `tanhByTable`. A link carries it as its format version (src/config/link.ts).
 */
export const MATHS_VERSIONS = [1, 2] as const;
export type MathsVersion = (typeof MATHS_VERSIONS)[number];
/** The version new runs use. */
export const CURRENT_MATHS: MathsVersion = 2;

/** ln 2 split so that k·LN2_HI is exact for |k| < 2²⁰ (its low 32 bits are zero). */
const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.4426950408889634;
/** π/2 in three parts; k·PIO2_1 and k·PIO2_2 are exact for |k| < 2²⁰. */
const PIO2_1 = 1.57079632673412561417;
const PIO2_2 = 6.07710050650619224932e-11;
const PIO2_3 = 2.02226624879595063154e-21;
const TWO_OVER_PI = 0.6366197723675814;
const SQRT2 = 1.4142135623730951;
/**
 * ∞, −∞ and NaN for the special cases, read from a Float64Array. V8 gives a function it inlines
 * into a loop one representation for its result: a returned constant it does not fold (the
 * globals `Infinity` and `NaN`, or a module-level binding once a bundler has turned it into a
 * `var`) makes it box every result as a 16-byte heap number, on the common path too — one
 * allocation per call, measured. An element of a Float64Array is always a plain double.
 */
const SPECIAL = Float64Array.of(1 / 0, -1 / 0, 0 / 0);
const INF = 0;
const NEG_INF = 1;
const NAN = 2;
/** Beyond these e^x overflows to ∞ or underflows to 0. */
/** tanh's sign factor, indexed by x < 0: −e/(e + 2) for x > 0, e/(e + 2) for x < 0. */
const SIGN_OF_NEGATIVE = Float64Array.of(-1, 1);
const EXP_OVERFLOW = 709.782712893384;
const EXP_UNDERFLOW = -745.1332191019412;

/** 2^k for every k a double can hold, built by exact doublings and halvings. */
const POW2 = new Float64Array(2098);
const POW2_OFFSET = 1074;
{
  let p = 1;
  for (let k = 0; k <= 1023; k++, p *= 2) POW2[POW2_OFFSET + k] = p;
  p = 1;
  for (let k = 0; k >= -1074; k--, p /= 2) POW2[POW2_OFFSET + k] = p;
}

/** x · 2^k, exactly when the result is a normal number. */
function scaleByPowerOfTwo(x: number, k: number): number {
  if (k > 1023) return x * POW2[POW2_OFFSET + 1023] * POW2[POW2_OFFSET + k - 1023];
  if (k < -1022) return x * POW2[POW2_OFFSET + k + 60] * POW2[POW2_OFFSET - 60];
  return x * POW2[POW2_OFFSET + k];
}

/** e^r − 1 for |r| ≤ 0.35: Taylor series to r¹⁵ (the remainder is below 2⁻⁶⁴·|r|). */
function expm1Small(r: number): number {
  return (
    r *
    (1 +
      r *
        (1 / 2 +
          r *
            (1 / 6 +
              r *
                (1 / 24 +
                  r *
                    (1 / 120 +
                      r *
                        (1 / 720 +
                          r *
                            (1 / 5040 +
                              r *
                                (1 / 40320 +
                                  r *
                                    (1 / 362880 +
                                      r *
                                        (1 / 3628800 +
                                          r *
                                            (1 / 39916800 +
                                              r *
                                                (1 / 479001600 +
                                                  r *
                                                    (1 / 6227020800 +
                                                      r * (1 / 87178291200))))))))))))))
  );
}

/** e^x. */
export function exp(x: number): number {
  if (!(x === x)) return x; // NaN
  if (x > EXP_OVERFLOW) return SPECIAL[INF];
  if (x < EXP_UNDERFLOW) return 0;
  const k = Math.round(x * INV_LN2);
  const r = x - k * LN2_HI - k * LN2_LO;
  return scaleByPowerOfTwo(1 + expm1Small(r), k);
}

/** e^x − 1, accurate near 0. */
export function expm1(x: number): number {
  if (!(x === x)) return x;
  if (x > EXP_OVERFLOW) return SPECIAL[INF];
  if (x < -40) return -1; // e^x − 1 rounds to −1 below about −37.4
  if (x > -0.34657359 && x < 0.34657359) return expm1Small(x);
  const k = Math.round(x * INV_LN2);
  const r = x - k * LN2_HI - k * LN2_LO;
  const twoK = scaleByPowerOfTwo(1, k);
  // 2ᵏ(1 + m) − 1 = (2ᵏ − 1) + 2ᵏm, with 2ᵏ − 1 exact for the k reached here.
  return twoK - 1 + twoK * expm1Small(r);
}

const bits = new DataView(new ArrayBuffer(8));

/** ln x. */
export function log(x: number): number {
  if (!(x === x) || x < 0) return SPECIAL[NAN];
  if (x === 0) return SPECIAL[NEG_INF];
  if (x === Infinity) return SPECIAL[INF];
  let e = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2⁵⁴: lift a subnormal into the normal range
    e = -54;
  }
  bits.setFloat64(0, x);
  const hi = bits.getUint32(0);
  e += ((hi >>> 20) & 0x7ff) - 1023;
  // The same significand with exponent 0: m in [1, 2).
  bits.setUint32(0, (hi & 0x000fffff) | 0x3ff00000);
  let m = bits.getFloat64(0);
  if (m > SQRT2) {
    m *= 0.5;
    e += 1;
  }
  // ln m = 2 atanh(s), s = (m − 1)/(m + 1), |s| ≤ 0.1716; f = m − 1 is exact.
  const f = m - 1;
  const s = f / (2 + f);
  const s2 = s * s;
  const series =
    s2 *
    (1 / 3 +
      s2 *
        (1 / 5 +
          s2 *
            (1 / 7 +
              s2 *
                (1 / 9 +
                  s2 *
                    (1 / 11 +
                      s2 *
                        (1 / 13 +
                          s2 *
                            (1 / 15 +
                              s2 * (1 / 17 + s2 * (1 / 19 + s2 * (1 / 21 + s2 / 23))))))))));
  // Keep f's exact value in front so small logarithms stay accurate: 2s = f − s·f.
  const logM = f - s * (f - 2 * series);
  return e * LN2_HI + (e * LN2_LO + logM);
}

/** ln(1 + x), accurate near 0. */
export function log1p(x: number): number {
  if (!(x === x) || x < -1) return SPECIAL[NAN];
  if (x === -1) return SPECIAL[NEG_INF];
  if (x === Infinity) return SPECIAL[INF];
  const u = 1 + x;
  if (u === 1) return x;
  // The rounding of 1 + x is undone by the ratio x / (u − 1) (Goldberg 1991).
  return (log(u) * x) / (u - 1);
}

/**
 * tanh x = −expm1(−2|x|) / (expm1(−2|x|) + 2), with the sign of x.
 *
 * Written without a branch on the common path, because a layer's activations have random signs
 * and sizes, and mispredicted branches cost tanh more than its arithmetic (measured: a third
 * of a tiny tanh network's step). Every change keeps the bits of the branchy form above,
 * which the tests compare on millions of arguments:
 * - expm1's small-argument path is dropped: for |y| < ln2/2 its reduction has k = 0, so
 *   r = y exactly and (2⁰ − 1) + 2⁰·p = p, the small path's value; for |x| > 20 the result
 *   rounds to ±1 either way.
 * - k = ⌊y/ln2 + ½⌋ instead of Math.round (whose V8 code branches): for y ≤ 0 the sum is exact
 *   when |y/ln2| ≥ ½, and in (0, ½] otherwise, where ⌊·⌋ gives 0 and Math.round −0 — the same
 *   r and 2ᵏ.
 * - the sign is a product by ±1 from a table, which is exact.
 */
export function tanh(x: number): number {
  const a = Math.abs(x);
  if (!(a <= 20)) return x === x ? (x < 0 ? -1 : 1) : x; // also NaN
  if (a < 3.725290298461914e-9) return x; // 2⁻²⁸: tanh x rounds to x
  const y = -2 * a;
  const k = Math.floor(y * INV_LN2 + 0.5);
  const r = y - k * LN2_HI - k * LN2_LO;
  const twoK = POW2[POW2_OFFSET + k];
  const e = twoK - 1 + twoK * expm1Small(r);
  return (e * SIGN_OF_NEGATIVE[+(x < 0)]) / (e + 2);
}

/**
 * 2^(j/32) for j = 0 … 31, each as the double nearest to it (TWO_J32_HI) plus the double nearest
 * to the rest (TWO_J32_LO): together about 107 correct bits. Worked out with 60-digit decimal
 * arithmetic; a test raises each pair to the 32nd power in exact rational arithmetic and finds 2^j
 * (exported for that test only).
 */
// prettier-ignore
export const TWO_J32_HI = Float64Array.of(
  1.0, 1.0218971486541166, 1.0442737824274138, 1.0671404006768237, 1.0905077326652577,
  1.1143867425958924, 1.1387886347566916, 1.1637248587775775, 1.189207115002721,
  1.215247359980469, 1.241857812073484, 1.2690509571917332, 1.2968395546510096,
  1.3252366431597413, 1.3542555469368927, 1.383909881963832, 1.4142135623730951,
  1.4451808069770467, 1.4768261459394993, 1.5091644275934228, 1.5422108254079407,
  1.5759808451078865, 1.6104903319492543, 1.645755478153965, 1.681792830507429, 1.718619298122478,
  1.7562521603732995, 1.7947090750031072, 1.8340080864093424, 1.8741676341103, 1.9152065613971474,
  1.9571441241754002,
);
// prettier-ignore
export const TWO_J32_LO = Float64Array.of(
  0.0, 5.109225028973444e-17, 8.551889705537965e-17, -7.899853966841582e-17,
  -3.046782079812471e-17, 1.0410278456845571e-16, 8.912812676025408e-17, 3.8292048369240935e-17,
  3.982015231465646e-17, -7.712630692681488e-17, 4.658027591836937e-17, 2.667932131342186e-18,
  2.5382502794888315e-17, -2.8587312100388614e-17, 7.70094837980299e-17, -6.770511658794786e-17,
  -9.667293313452913e-17, -3.0237581349939873e-17, -3.483994556892796e-17, -1.016455327754295e-16,
  7.949834809697621e-17, -1.0136916471278304e-17, 2.4707192569797888e-17, -1.0125679913674773e-16,
  8.199010020581497e-17, -1.851380418263111e-17, 2.960140695448873e-17, 1.8227458427912087e-17,
  3.283107224245627e-17, -6.122763413004143e-17, -1.0619946056195963e-16, 8.960767791036668e-17,
);
/** ln2/32 split so that k·LN2_32_HI is exact for |k| < 2³² (its low 32 bits are zero). */
export const LN2_32_HI = 0.021660834550857544;
export const LN2_32_LO = 1.4841640746973977e-8;
const INV_LN2_32 = 46.16624130844683;

/**
 * tanh x by a table, for runs of maths version 2 (links `v=2`): fewer multiplications than
 * `tanh`, in a shorter chain, and as accurate (within 2.5 units in the last place of Math.tanh;
 * the tests check), but not the same bits, so runs of version 1 keep `tanh`.
 *
 * With y = −2|x| = k·ln2/32 + r, |r| ≤ ln2/64, and k = 32m + j:
 * e^y = 2^m · 2^(j/32) · e^r, where e^r − 1 = p(r) is a 7-term Taylor series (remainder below
 * 2⁻⁶⁰·|r|) written in Estrin's form, which has a shorter chain of dependent operations than
 * Horner's. Then tanh|x| = (1 − e^y)/(1 + e^y), with the table's high part scaled and
 * subtracted first so that no digits cancel: for m = −1 that difference is exact (Sterbenz),
 * and for k = 0 it is 0 and the numerator is p(r) itself. Branch-free on the common path, like
 * `tanh`, for the same reason.
 */
export function tanhByTable(x: number): number {
  const a = Math.abs(x);
  if (!(a <= 20)) return x === x ? (x < 0 ? -1 : 1) : x; // also NaN
  if (a < 3.725290298461914e-9) return x; // 2⁻²⁸: tanh x rounds to x
  const y = -2 * a;
  const k = Math.floor(y * INV_LN2_32 + 0.5);
  const r = y - k * LN2_32_HI - k * LN2_32_LO;
  const r2 = r * r;
  const p =
    r +
    r2 * (1 / 2 + r * (1 / 6)) +
    r2 * r2 * (1 / 24 + r * (1 / 120) + r2 * (1 / 720 + r * (1 / 5040)));
  const j = k & 31;
  const scale = POW2[POW2_OFFSET + (k >> 5)];
  const tHi = TWO_J32_HI[j];
  const high = scale * tHi; // 2^m · 2^(j/32), exact
  const low = scale * (tHi * p + TWO_J32_LO[j]);
  // (1 − e^y)/(1 + e^y), both sides from the exact high part; the sign from a table.
  return ((high - 1 + low) * SIGN_OF_NEGATIVE[+(x < 0)]) / (high + 1 + low);
}

/** sin r for |r| ≤ π/4 (Taylor series to r¹⁹). */
function sinSmall(r: number): number {
  const r2 = r * r;
  return (
    r +
    r *
      r2 *
      (-1 / 6 +
        r2 *
          (1 / 120 +
            r2 *
              (-1 / 5040 +
                r2 *
                  (1 / 362880 +
                    r2 *
                      (-1 / 39916800 +
                        r2 *
                          (1 / 6227020800 +
                            r2 *
                              (-1 / 1307674368000 +
                                r2 * (1 / 355687428096000 + r2 * (-1 / 121645100408832000)))))))))
  );
}

/** cos r for |r| ≤ π/4 (Taylor series to r²⁰). */
function cosSmall(r: number): number {
  const r2 = r * r;
  return (
    1 +
    r2 *
      (-1 / 2 +
        r2 *
          (1 / 24 +
            r2 *
              (-1 / 720 +
                r2 *
                  (1 / 40320 +
                    r2 *
                      (-1 / 3628800 +
                        r2 *
                          (1 / 479001600 +
                            r2 *
                              (-1 / 87178291200 +
                                r2 *
                                  (1 / 20922789888000 +
                                    r2 * (-1 / 6402373705728000 + r2 / 2432902008176640000)))))))))
  );
}

/** Reduces x to r in [−π/4, π/4] with x = r + n·π/2; returns n mod 4 and writes r. */
function reduceQuarterPi(x: number, out: Float64Array): number {
  const k = Math.round(x * TWO_OVER_PI);
  out[0] = x - k * PIO2_1 - k * PIO2_2 - k * PIO2_3;
  return ((k % 4) + 4) % 4;
}

const reduced = new Float64Array(1);

/** sin x (accurate for |x| up to about 10⁶, deterministic everywhere). */
export function sin(x: number): number {
  if (!Number.isFinite(x)) return SPECIAL[NAN];
  const n = reduceQuarterPi(x, reduced);
  const r = reduced[0];
  switch (n) {
    case 0:
      return sinSmall(r);
    case 1:
      return cosSmall(r);
    case 2:
      return -sinSmall(r);
    default:
      return -cosSmall(r);
  }
}

/** cos x (accurate for |x| up to about 10⁶, deterministic everywhere). */
export function cos(x: number): number {
  if (!Number.isFinite(x)) return SPECIAL[NAN];
  const n = reduceQuarterPi(x, reduced);
  const r = reduced[0];
  switch (n) {
    case 0:
      return cosSmall(r);
    case 1:
      return -sinSmall(r);
    case 2:
      return -cosSmall(r);
    default:
      return sinSmall(r);
  }
}

/** bⁿ for a whole number n, by repeated squaring (exact operations only). */
export function powInt(b: number, n: number): number {
  if (n < 0) return 1 / powInt(b, -n);
  let result = 1;
  let base = b;
  let e = Math.floor(n);
  while (e > 0) {
    if (e % 2 === 1) result *= base;
    base *= base;
    e = Math.floor(e / 2);
  }
  return result;
}
