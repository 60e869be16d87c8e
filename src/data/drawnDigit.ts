/**
 * A digit drawn on the page, made into an input the way MNIST's digits were made (LeCun et al.):
 * the ink's bounding box is scaled to fit a 20×20 box (aspect ratio kept, anti-aliased by area),
 * then placed in a 28×28 frame so that its centre of mass sits at the frame's centre. For the
 * 14×14 inputs the frame is shrunk as the dataset's images are (each 2×2 block averaged).
 */

/** Side of the MNIST frame. */
export const FRAME_SIDE = 28;
/** Side of the box the ink's bounding box is fitted into. */
export const FIT_SIDE = 20;

/** The ink's bounding box on the pad, in pad pixels. */
export interface InkBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The smallest box holding every inked pixel of a side × side pad, or null when it is blank. */
export function inkBox(ink: ArrayLike<number>, side: number): InkBox | null {
  let left = side;
  let top = side;
  let right = -1;
  let bottom = -1;
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      if (ink[y * side + x] <= 0) continue;
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
    }
  }
  if (right < 0) return null;
  return { left, top, width: right - left + 1, height: bottom - top + 1 };
}

/**
 * The ink's box scaled by `scale` (frame pixels per pad pixel) and drawn into a 28×28 frame
 * with its top-left corner at (originX, originY): each frame pixel gets the ink of the pad area
 * it covers (Σ ink · overlap), so shrinking averages and enlarging keeps full pixels full.
 */
function fitted(
  ink: ArrayLike<number>,
  side: number,
  box: InkBox,
  scale: number,
  originX: number,
  originY: number,
): Float64Array {
  const frame = new Float64Array(FRAME_SIDE * FRAME_SIDE);
  for (let sy = 0; sy < box.height; sy++) {
    const y0 = originY + sy * scale;
    const y1 = y0 + scale;
    for (let sx = 0; sx < box.width; sx++) {
      const value = ink[(box.top + sy) * side + box.left + sx];
      if (value <= 0) continue;
      const x0 = originX + sx * scale;
      const x1 = x0 + scale;
      for (let ty = Math.floor(y0); ty < Math.ceil(y1); ty++) {
        const overlapY = Math.min(y1, ty + 1) - Math.max(y0, ty);
        for (let tx = Math.floor(x0); tx < Math.ceil(x1); tx++) {
          const overlapX = Math.min(x1, tx + 1) - Math.max(x0, tx);
          frame[ty * FRAME_SIDE + tx] += value * overlapX * overlapY;
        }
      }
    }
  }
  for (let p = 0; p < frame.length; p++) frame[p] = Math.min(1, frame[p]);
  return frame;
}

/**
 * The centre of mass of a frame in pixel coordinates (pixel (x, y) covers [x, x+1) × [y, y+1),
 * so its centre is x + ½); null for an empty frame.
 */
export function centreOfMass(frame: ArrayLike<number>, side: number): [number, number] | null {
  let mass = 0;
  let sumX = 0;
  let sumY = 0;
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const v = frame[y * side + x];
      mass += v;
      sumX += v * (x + 0.5);
      sumY += v * (y + 0.5);
    }
  }
  return mass > 0 ? [sumX / mass, sumY / mass] : null;
}

/** The frame moved by whole pixels (what falls off an edge is lost). */
function shifted(frame: Float64Array, dx: number, dy: number): Float64Array {
  const out = new Float64Array(frame.length);
  for (let y = 0; y < FRAME_SIDE; y++) {
    const ty = y + dy;
    if (ty < 0 || ty >= FRAME_SIDE) continue;
    for (let x = 0; x < FRAME_SIDE; x++) {
      const tx = x + dx;
      if (tx < 0 || tx >= FRAME_SIDE) continue;
      out[ty * FRAME_SIDE + tx] = frame[y * FRAME_SIDE + x];
    }
  }
  return out;
}

/** How a drawing was fitted: the scale, and the whole-pixel move that centred its mass. */
export interface FrameFit {
  frame: Float64Array;
  box: InkBox | null;
  scale: number;
  shift: [number, number];
}

/**
 * The 28×28 MNIST-style frame (ink 0 … 1, row-major) of a side × side pad of ink values 0 … 1:
 * the bounding box fitted into 20×20, centred geometrically, then moved by whole pixels so its
 * centre of mass is as near (14, 14) as whole pixels allow. A blank pad gives a blank frame.
 */
export function mnistFrame(ink: ArrayLike<number>, side: number): FrameFit {
  const box = inkBox(ink, side);
  if (!box)
    return { frame: new Float64Array(FRAME_SIDE * FRAME_SIDE), box, scale: 0, shift: [0, 0] };
  const scale = FIT_SIDE / Math.max(box.width, box.height);
  const originX = (FRAME_SIDE - box.width * scale) / 2;
  const originY = (FRAME_SIDE - box.height * scale) / 2;
  const placed = fitted(ink, side, box, scale, originX, originY);
  const com = centreOfMass(placed, FRAME_SIDE);
  if (!com) return { frame: placed, box, scale, shift: [0, 0] };
  const centre = FRAME_SIDE / 2;
  const dx = Math.round(centre - com[0]);
  const dy = Math.round(centre - com[1]);
  return { frame: shifted(placed, dx, dy), box, scale, shift: [dx, dy] };
}

/** A 28×28 frame shrunk to 14×14 by averaging each 2×2 block, as the dataset's images are. */
export function halveFrame(frame: ArrayLike<number>): Float64Array {
  const half = FRAME_SIDE / 2;
  const out = new Float64Array(half * half);
  for (let r = 0; r < half; r++) {
    for (let c = 0; c < half; c++) {
      const top = 2 * r * FRAME_SIDE + 2 * c;
      const bottom = top + FRAME_SIDE;
      out[r * half + c] = (frame[top] + frame[top + 1] + frame[bottom] + frame[bottom + 1]) / 4;
    }
  }
  return out;
}

/** The network's raw input for a drawing: the frame itself (28) or its halved form (14). */
export function drawnDigitRaw(ink: ArrayLike<number>, side: number, size: 14 | 28): Float64Array {
  const { frame } = mnistFrame(ink, side);
  return size === FRAME_SIDE ? frame : halveFrame(frame);
}
