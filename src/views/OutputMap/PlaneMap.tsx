import { axisBottom, axisLeft } from 'd3-axis';
import { select } from 'd3-selection';
import { useCallback, useId, useLayoutEffect, useMemo, useRef } from 'react';
import { selectInspectingSample, selectMarkedSample } from '../shared/markedSample';
import { useAppStore } from '../../state/store';
import type { DataView } from '../../core/runInfo';
import { useController } from '../shared/controllerContext';
import { coloringFor } from './palette';
import { planeScales, pointPositions } from './planeScales';
import { PlanePoints } from './PlanePoints';
import { pointColors } from './pointColors';
import { useHeatmapCanvas } from './useHeatmapCanvas';
import { selectShowTestData } from '../../state/selectors';
import type { PlaneScales } from './planeScales';
import { useT } from '../shared/useT';

export const PLANE_MARGIN = { top: 8, right: 10, bottom: 30, left: 34 } as const;
const MAX_PLOT = 380;

/**
 * The network's output over the input plane as a heat map (canvas), with the data points on
 * top (SVG), x₁/x₂ axes, and the focus sample ringed. Clicking a training point focuses it.
 */
export function PlaneMap({ data, width }: { data: DataView; width: number }) {
  const controller = useController();
  const showTest = useAppStore(selectShowTestData);
  const focusSample = useAppStore(selectMarkedSample);
  const t = useT();
  const size = Math.max(120, Math.min(MAX_PLOT, width - PLANE_MARGIN.left - PLANE_MARGIN.right));
  const coloring = useMemo(() => coloringFor(data), [data]);
  const scales = useMemo(() => planeScales(data.rawDomain, size), [data, size]);
  const train = useMemo(
    () => pointPositions(data.train.raw, data.train.count, scales),
    [data, scales],
  );
  const test = useMemo(
    () => pointPositions(data.test.raw, data.test.count, scales),
    [data, scales],
  );
  const trainColors = useMemo(() => pointColors(data, data.train, coloring), [data, coloring]);
  const testColors = useMemo(() => pointColors(data, data.test, coloring), [data, coloring]);
  const canvasRef = useHeatmapCanvas(data.outputSize, coloring);
  const { xAxisRef, yAxisRef } = usePlaneAxes(scales);
  const clipId = useId();
  const onPick = useCallback((index: number) => controller.focus(index), [controller]);

  const radius = data.train.count + data.test.count > 600 ? 2.6 : 3.6;
  const focus = train[focusSample];
  return (
    <div
      className="plane-map"
      style={{
        width: size + PLANE_MARGIN.left + PLANE_MARGIN.right,
        height: size + PLANE_MARGIN.top + PLANE_MARGIN.bottom,
      }}
    >
      <canvas
        ref={canvasRef}
        className="heatmap"
        aria-hidden="true"
        style={{ left: PLANE_MARGIN.left, top: PLANE_MARGIN.top, width: size, height: size }}
      />
      <svg
        width={size + PLANE_MARGIN.left + PLANE_MARGIN.right}
        height={size + PLANE_MARGIN.top + PLANE_MARGIN.bottom}
        role="group"
        aria-label={t('output.plane')}
      >
        <defs>
          <clipPath id={clipId}>
            <rect width={size} height={size} />
          </clipPath>
        </defs>
        <g transform={`translate(${PLANE_MARGIN.left},${PLANE_MARGIN.top})`}>
          <rect className="plane-frame" width={size} height={size} />
          <g className="plane-axis" ref={xAxisRef} transform={`translate(0,${size})`} />
          <g className="plane-axis" ref={yAxisRef} />
          <text className="plane-axis-title" x={size} y={size + 26} textAnchor="end">
            x₁
          </text>
          <text className="plane-axis-title" x={-PLANE_MARGIN.left + 2} y={10}>
            x₂
          </text>
          <g clipPath={`url(#${clipId})`}>
            <PlanePoints
              train={train}
              trainColors={trainColors}
              test={test}
              testColors={testColors}
              showTest={showTest}
              radius={radius}
              onPick={onPick}
            />
            {focus && <FocusRing at={focus} sample={focusSample} radius={radius + 4} />}
          </g>
        </g>
      </svg>
    </div>
  );
}

/** The x₁ and x₂ axes, drawn by d3-axis whenever the scales change. */
function usePlaneAxes(scales: PlaneScales) {
  const xAxisRef = useRef<SVGGElement>(null);
  const yAxisRef = useRef<SVGGElement>(null);
  useLayoutEffect(() => {
    if (xAxisRef.current) select(xAxisRef.current).call(axisBottom(scales.x).ticks(5));
    if (yAxisRef.current) select(yAxisRef.current).call(axisLeft(scales.y).ticks(5));
  }, [scales]);
  return { xAxisRef, yAxisRef };
}

/** The ring around the focus sample, marked when the step inspector is on it. */
function FocusRing({
  at,
  sample,
  radius,
}: {
  at: { cx: number; cy: number };
  sample: number;
  radius: number;
}) {
  const t = useT();
  const inspecting = useAppStore(selectInspectingSample);
  return (
    <circle
      className={inspecting ? 'focus-ring inspected' : 'focus-ring'}
      cx={at.cx}
      cy={at.cy}
      r={radius}
    >
      <title>
        {inspecting
          ? t('output.inspectedSample', { index: sample })
          : t('output.focusSample', { index: sample })}
      </title>
    </circle>
  );
}
