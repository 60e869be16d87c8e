import { layoutFits } from '../../core/snapshot';
import { useEffect, useMemo, type RefObject } from 'react';
import { live, type LiveRun } from '../../state/live';
import { useAppStore } from '../../state/store';
import type { RunInfo } from '../../core/runInfo';
import { useLiveFrame } from '../shared/useLiveFrame';
import { CanvasEdges } from './edgeCanvas';
import type { GraphElements } from './elements';
import { forwardUnits, frameScales, inputScale, type GraphMode, type ViewMode } from './encoding';
import { paintHighlight } from './highlightSvg';
import type { GraphLayout } from './layout';
import type { GraphShape } from './shape';
import { paintSvg } from './paintSvg';
import { PicturePainter } from './pictures';
import { selectHighlight } from '../../state/selectors';

/**
 * The numbers to draw: the step inspector's (the inspected operation's state, or its Δw) while
 * it is open, else the newest snapshot.
 */
function source(run: LiveRun, view: ViewMode): { s: Float64Array | null; mode: GraphMode } {
  if (view === 'delta-w')
    return { s: run.inspectDelta ?? run.inspect ?? run.snapshot, mode: 'forward' };
  return { s: run.inspect ?? run.snapshot, mode: view };
}

/**
 * Paints the newest snapshot into the graph once per animation frame while it is on screen (and
 * whenever the layout or the mode changes), without a React render: SVG attributes through
 * `els`, the rest on canvas. Returns the canvas edges, which the pointer handlers pick from.
 */
export function useGraphPainter(
  info: RunInfo,
  shape: GraphShape,
  layout: GraphLayout,
  els: GraphElements,
  view: ViewMode,
  canvasRef: RefObject<HTMLCanvasElement | null>,
  mapsRef: RefObject<HTMLCanvasElement | null>,
  pixelRatio: number,
): CanvasEdges {
  const edges = useMemo(() => new CanvasEdges(layout), [layout]);
  const pictures = useMemo(
    () =>
      new PicturePainter(layout, shape, {
        rawDomain: info.data.rawDomain,
        rawSize: info.data.rawSize,
        trainRaw: info.data.train.raw,
      }),
    [layout, shape, info],
  );
  const units = useMemo(() => forwardUnits(shape, inputScale(info.data.rawDomain)), [shape, info]);

  const highlight = useAppStore(selectHighlight);

  const paint = (run: LiveRun): void => {
    const { s, mode } = source(run, view);
    const lay = run.layout;
    if (!s || !lay || !layoutFits(lay, shape.sizes)) return;
    const scales = frameScales(s, lay, layout, mode);
    paintSvg(els, { s, lay, layout, mode, scales, units });
    paintHighlight(els, layout, highlight);
    const ctx = canvasRef.current?.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
    ctx.clearRect(0, 0, layout.width, layout.height);
    if (layout.canvasLayers.length > 0) {
      edges.select(s, lay, mode);
      edges.paint(ctx, highlight);
    }
    const input = { s, lay, map: run.map, mode, scales, units };
    pictures.paint(ctx, input);
    const mapsCtx = mapsRef.current?.getContext('2d');
    if (mapsCtx) pictures.paintMapLayer(mapsCtx, input, pixelRatio);
  };
  useLiveFrame(paint, canvasRef);
  // A new layout or mode is painted at once, also while paused (no frames arrive then); the
  // canvases may have been resized (which clears them), so the maps are painted again too.
  useEffect(() => {
    pictures.forgetMapLayer();
    paint(live);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [layout, view, els, pixelRatio, highlight, pictures]);
  return edges;
}
