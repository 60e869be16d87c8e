import { describe, expect, it } from 'vitest';
import {
  centreOfMass,
  drawnDigitRaw,
  halveFrame,
  inkBox,
  mnistFrame,
} from '../../../src/data/drawnDigit';

/** A side × side pad with ink 1 at the given (x, y) pixels. */
function pad(side: number, pixels: [number, number][]): Float64Array {
  const ink = new Float64Array(side * side);
  for (const [x, y] of pixels) ink[y * side + x] = 1;
  return ink;
}

/** The set of inked frame pixels as "x,y" strings. */
function inked(frame: Float64Array, side = 28): Set<string> {
  const out = new Set<string>();
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      if (frame[y * side + x] > 0) out.add(`${x},${y}`);
    }
  return out;
}

function rect(x0: number, x1: number, y0: number, y1: number): string[] {
  const out: string[] = [];
  for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) out.push(`${x},${y}`);
  return out;
}

describe('a drawn digit, preprocessed as MNIST', () => {
  it('a blank pad has no box and gives a blank frame', () => {
    const ink = new Float64Array(64);
    expect(inkBox(ink, 8)).toBeNull();
    const fit = mnistFrame(ink, 8);
    expect(fit.frame.every((v) => v === 0)).toBe(true);
    expect(drawnDigitRaw(ink, 8, 14)).toHaveLength(196);
  });

  it('an L stroke: box 4×4, scale 5, centre of mass moved by (+3, −3)', () => {
    // A bar down column 0 (rows 0–3) and a foot along row 3 (columns 1–3), on a 10×10 pad at
    // offset (2, 1). Box: 4×4 from (2, 1); scale 20/4 = 5; placed at ((28−20)/2, (28−20)/2) = (4, 4).
    const stroke: [number, number][] = [];
    for (let y = 0; y < 4; y++) stroke.push([2, 1 + y]);
    for (let x = 1; x < 4; x++) stroke.push([2 + x, 4]);
    const fit = mnistFrame(pad(10, stroke), 10);
    expect(fit.box).toEqual({ left: 2, top: 1, width: 4, height: 4 });
    expect(fit.scale).toBe(5);
    // Centre of mass of the 7 equal pad pixels (centres x+½): x̄ = (4·0.5 + 1.5 + 2.5 + 3.5)/7
    // = 9.5/7, ȳ = (0.5 + 1.5 + 2.5 + 4·3.5)/7 = 18.5/7; in the frame 4 + 5·x̄ = 10.786 and
    // 4 + 5·ȳ = 17.214, so the move is round(14 − 10.786) = 3, round(14 − 17.214) = −3.
    expect(fit.shift).toEqual([3, -3]);
    // The bar: frame columns 4–8 and rows 4–23, moved to 7–11 and 1–20; the foot: columns 9–23,
    // rows 19–23, moved to 12–26 and 16–20. Every covered pixel is fully covered (ink 1).
    const expected = new Set([...rect(7, 11, 1, 20), ...rect(12, 26, 16, 20)]);
    expect(inked(fit.frame)).toEqual(expected);
    for (const key of expected) {
      const [x, y] = key.split(',').map(Number);
      expect(fit.frame[y * 28 + x]).toBe(1);
    }
    // After the move the centre of mass is within half a pixel of (14, 14).
    const [cx, cy] = centreOfMass(fit.frame, 28) ?? [NaN, NaN];
    expect(Math.abs(cx - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(cy - 14)).toBeLessThanOrEqual(0.5);
  });

  it('a tall bar keeps its aspect: 2×4 pad pixels become 10×20 frame pixels, already centred', () => {
    const stroke: [number, number][] = [];
    for (let y = 2; y < 6; y++) for (let x = 1; x < 3; x++) stroke.push([x, y]);
    const fit = mnistFrame(pad(8, stroke), 8);
    expect(fit.scale).toBe(5);
    expect(fit.shift).toEqual([0, 0]);
    // Placed at ((28 − 10)/2, (28 − 20)/2) = (9, 4): columns 9–18, rows 4–23.
    expect(inked(fit.frame)).toEqual(new Set(rect(9, 18, 4, 23)));
  });

  it('a large square is shrunk by averaging: 40×40 pad pixels into 20×20 frame pixels of ink 1', () => {
    const stroke: [number, number][] = [];
    for (let y = 30; y < 70; y++) for (let x = 50; x < 90; x++) stroke.push([x, y]);
    const fit = mnistFrame(pad(100, stroke), 100);
    expect(fit.scale).toBe(0.5);
    expect(inked(fit.frame)).toEqual(new Set(rect(4, 23, 4, 23)));
    expect(fit.frame[4 * 28 + 4]).toBeCloseTo(1, 12);
    // Half-inked pad (alternate columns): each frame pixel averages 2 inked of 4 pad pixels.
    const striped = stroke.filter(([x]) => x % 2 === 0);
    const half = mnistFrame(pad(100, striped), 100);
    // The box is now 39 wide (columns 50 … 88): scale 20/40 still (height 40).
    expect(half.frame[10 * 28 + 10]).toBeCloseTo(0.5, 12);
  });

  it('halving averages each 2×2 block of the frame', () => {
    const frame = new Float64Array(28 * 28);
    frame[0] = 1;
    frame[1] = 0.5;
    frame[28] = 0.25;
    frame[29 + 28 * 2] = 1; // (1, 3): block (0, 1)
    const small = halveFrame(frame);
    expect(small).toHaveLength(196);
    expect(small[0]).toBeCloseTo((1 + 0.5 + 0.25) / 4, 15);
    expect(small[14]).toBeCloseTo(0.25, 15);
    expect(small[1]).toBe(0);
  });
});
