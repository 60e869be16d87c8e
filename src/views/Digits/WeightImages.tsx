import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { RunInfo } from '../../core/runInfo';
import { layerBlock } from '../../core/snapshotReader';
import { selectNeuron } from '../../state/actions';
import { touchLive } from '../../state/live';
import { selectGraphMode } from '../../state/selectors';
import { useAppStore, type AppState } from '../../state/store';
import { formatValue } from '../shared/format';
import { useViewFrame } from '../shared/useViewFrame';
import { useT } from '../shared/useT';
import {
  paintTiles,
  symmetricScale,
  tileAt,
  tileGrid,
  tileOrigin,
  type TileGrid,
} from './weightTiles';

/** At most this many neurons get a picture (the 64; wider layers show their first 64). */
export const MAX_TILES = 64;

const selectLayerOneNeuron = (s: AppState): number =>
  s.selectedNode?.layer === 1 ? s.selectedNode.index : -1;

/**
 * Each neuron of layer 1 as a picture of its incoming weights (forward mode) or of their
 * gradients over the last batch (backward mode), redrawn from each new snapshot on one canvas.
 * Clicking a picture (or Enter on the chosen one) selects that neuron in the network graph.
 */
export function WeightImages({ info }: { info: RunInfo }) {
  const t = useT();
  const side = info.data.imageSide;
  const neurons = info.sizes[1];
  const grid = useMemo(() => tileGrid(Math.min(MAX_TILES, neurons), side), [neurons, side]);
  const backward = useAppStore(selectGraphMode) === 'backward';
  const selected = useAppStore(selectLayerOneNeuron);
  const [active, setActive] = useState(Math.max(0, selected));
  const { canvasRef, captionRef } = useWeightPainting(info, grid, backward);
  const pick = (k: number): void => {
    if (k < 0 || k >= grid.tiles) return;
    setActive(k);
    selectNeuron({ layer: 1, index: k });
  };
  const onPointerDown = (e: PointerEvent<HTMLCanvasElement>): void => {
    const box = e.currentTarget.getBoundingClientRect();
    const x = ((e.clientX - box.left) / box.width) * grid.width;
    const y = ((e.clientY - box.top) / box.height) * grid.height;
    pick(tileAt(grid, x, y));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLCanvasElement>): void => {
    const moves: Record<string, number> = {
      ArrowLeft: -1,
      ArrowRight: 1,
      ArrowUp: -grid.columns,
      ArrowDown: grid.columns,
    };
    if (e.key in moves) {
      e.preventDefault();
      setActive((k) => Math.max(0, Math.min(grid.tiles - 1, k + moves[e.key])));
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      pick(active);
    }
  };
  return (
    <figure className="digits-weights">
      <figcaption>
        <h3>{t(backward ? 'digits.gradsTitle' : 'digits.weightsTitle')}</h3>
        <p ref={captionRef} className="digits-caption" />
      </figcaption>
      <div className="digits-tiles">
        <canvas
          ref={canvasRef}
          width={grid.width}
          height={grid.height}
          tabIndex={0}
          role="img"
          aria-label={t(backward ? 'digits.gradsCanvas' : 'digits.weightsCanvas', {
            side,
            count: grid.tiles,
          })}
          onPointerDown={onPointerDown}
          onKeyDown={onKeyDown}
        />
        <TileMark grid={grid} index={active} className="digits-tile-active" />
        {selected >= 0 && (
          <TileMark grid={grid} index={selected} className="digits-tile-selected" />
        )}
      </div>
      <p className="digits-caption" aria-live="polite">
        {/* Neurons are numbered from 1 for people, as in the graph and the inspector. */}
        {selected >= 0
          ? t('digits.selectedNeuron', { index: selected + 1 })
          : t('digits.activeNeuron', { index: active + 1 })}
        {neurons > grid.tiles && (
          <> {t('digits.firstShown', { count: neurons, shown: grid.tiles })}</>
        )}
      </p>
    </figure>
  );
}

/**
 * Paints the tiles from new snapshots and on a switch of mode, with the caption's scale, at
 * most every REDRAW_INTERVAL_MS and only while on screen: at 784-64-10 a new snapshot comes
 * almost every frame, and painting 64 pictures of 784 weights each time cost the page about a
 * fifth of its frame and the worker part of its speed (npm run bench:ui -- --only=4). A
 * picture a tenth of a second old reads the same. Nothing is redrawn while the snapshot and the
 * mode stay the same.
 */
function useWeightPainting(info: RunInfo, grid: TileGrid, backward: boolean) {
  const t = useT();
  const side = info.data.imageSide;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const captionRef = useRef<HTMLParagraphElement>(null);
  const drawn = useRef<{ snapshot: Float64Array | null; backward: boolean }>({
    snapshot: null,
    backward,
  });
  // A switch of mode must redraw even while paused (no new snapshot comes).
  useEffect(() => touchLive(), [backward]);
  useViewFrame(canvasRef, (run) => {
    const snap = run.snapshot;
    const layout = run.layout;
    const canvas = canvasRef.current;
    if (!snap || !layout || !canvas) return;
    if (drawn.current.snapshot === snap && drawn.current.backward === backward) return;
    drawn.current = { snapshot: snap, backward };
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const values = layerBlock(layout, snap, backward ? 'weightGrads' : 'weights', 1);
    const inputs = info.sizes[0];
    const scale = symmetricScale(values, grid.tiles * inputs);
    const image = ctx.createImageData(grid.width, grid.height);
    paintTiles(values, inputs, grid, scale, image.data);
    ctx.putImageData(image, 0, 0);
    if (captionRef.current) {
      const key = backward ? 'digits.gradsCaption' : 'digits.weightsCaption';
      captionRef.current.textContent = t(key, { inputs, side, scale: formatValue(scale) });
    }
  });
  return { canvasRef, captionRef };
}

/** A frame around tile `index`, placed in percent so it follows the canvas's CSS size. */
function TileMark({
  grid,
  index,
  className,
}: {
  grid: TileGrid;
  index: number;
  className: string;
}) {
  if (index < 0 || index >= grid.tiles) return null;
  const [x, y] = tileOrigin(grid, index);
  const pct = (v: number, of: number): string => `${(v / of) * 100}%`;
  return (
    <span
      className={className}
      aria-hidden="true"
      style={{
        left: pct(x, grid.width),
        top: pct(y, grid.height),
        width: pct(grid.side, grid.width),
        height: pct(grid.side, grid.height),
      }}
    />
  );
}
