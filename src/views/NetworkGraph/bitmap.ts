import { RAMP_RGB, rampIndex } from './colors';

/** A small canvas with reused pixels, drawn scaled up with smoothing off. */
export interface Bitmap {
  canvas: HTMLCanvasElement;
  ctx: CanvasRenderingContext2D;
  image: ImageData;
}

export function bitmap(width: number, height: number): Bitmap | null {
  if (typeof document === 'undefined') return null;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  return { canvas, ctx, image: ctx.createImageData(width, height) };
}

/** Pixel p gets the ramp colour of t ∈ [−1, 1]. */
export function setPixel(data: Uint8ClampedArray, p: number, t: number): void {
  const c = rampIndex(t) * 3;
  data[p * 4] = RAMP_RGB[c];
  data[p * 4 + 1] = RAMP_RGB[c + 1];
  data[p * 4 + 2] = RAMP_RGB[c + 2];
  data[p * 4 + 3] = 255;
}
