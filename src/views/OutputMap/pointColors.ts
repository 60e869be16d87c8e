import { rgb } from 'd3-color';
import type { DataView } from '../../core/runInfo';
import { classColors, divergingColor, type Coloring } from './palette';

/**
 * The fill of every point of a set: its class colour for classification, and for regression its
 * target on the same diverging ramp as the map (at full strength), so a point that matches the
 * map around it blends in and a misfit stands out.
 */
export function pointColors(data: DataView, set: DataView['train'], coloring: Coloring): string[] {
  if (data.task !== 'regression') {
    const colors = classColors(data.classes);
    return Array.from(set.labels.subarray(0, set.count), (label) => colors[label] ?? '#888');
  }
  if (coloring.kind !== 'diverging') return Array.from({ length: set.count }, () => '#888');
  const width = Math.max(1, data.outputSize);
  return Array.from({ length: set.count }, (_, i) => {
    const [r, g, b] = divergingColor(coloring, set.rawTargets[i * width]);
    return rgb(r, g, b).formatHex();
  });
}
