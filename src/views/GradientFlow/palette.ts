import { interpolateViridis } from 'd3-scale-chromatic';

/**
 * Layer colours by depth, dark (layer 1, next to the input) to light (the output layer). The
 * palette stops short of viridis' pale yellow end, which would vanish on the white panel.
 */
export function layerColor(layer: number, depth: number): string {
  const t = depth <= 1 ? 0 : (layer - 1) / (depth - 1);
  return interpolateViridis(0.08 + 0.78 * t);
}
