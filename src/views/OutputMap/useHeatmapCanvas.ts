import { useRef } from 'react';
import type { OutputMap } from '../../core/runInfo';
import { useLiveFrame } from '../shared/useLiveFrame';
import { fillHeatmap } from './heatmapPixels';
import type { Coloring } from './palette';

/**
 * Paints the newest 2-D output map into a canvas of one pixel per cell (the page scales it up
 * smoothly), only when a new map arrived (the map object or its step changed) and it is on
 * screen.
 */
export function useHeatmapCanvas(outputSize: number, coloring: Coloring) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const drawn = useRef<{ map: OutputMap | null; step: number; coloring: Coloring | null }>({
    map: null,
    step: -1,
    coloring: null,
  });
  useLiveFrame((run) => {
    const map = run.map;
    const last = drawn.current;
    if (
      map === last.map &&
      (map === null || map.step === last.step) &&
      coloring === last.coloring
    ) {
      return;
    }
    drawn.current = { map, step: map?.step ?? -1, coloring };
    const canvas = canvasRef.current;
    // No 2-D context (a DOM without canvas support): the map simply stays blank.
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    if (!map || map.dims !== 2) {
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      return;
    }
    if (canvas.width !== map.cells || canvas.height !== map.cells) {
      canvas.width = map.cells;
      canvas.height = map.cells;
    }
    const image = ctx.createImageData(map.cells, map.cells);
    fillHeatmap(map, outputSize, coloring, image.data);
    ctx.putImageData(image, 0, 0);
  }, canvasRef);
  return canvasRef;
}
