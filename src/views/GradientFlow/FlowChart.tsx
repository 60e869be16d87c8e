import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { live, type LiveRun } from '../../state/live';
import { drawStepAxis, drawValueAxis } from './flowAxes';
import { computeFlowFrame, type FlowScaleKind } from './flowFrame';
import { setAttr } from './histogramDraw';
import { FLOW_MARGIN, innerWidthOf } from './layout';
import type { FlowMetric } from './layerMetrics';
import { useViewFrame } from './useViewFrame';

/** One layer's line: its colour, and dashed for ReLU's dead-unit share. */
export interface FlowLine {
  layer: number;
  color: string;
  dashed: boolean;
  /** Hover text. */
  label: string;
}

/** A shaded value range with a label (the healthy update-ratio band). */
export interface FlowBand {
  lo: number;
  hi: number;
  label: string;
}

interface FlowChartProps {
  title: ReactNode;
  /** What the chart shows, for screen readers. */
  description: string;
  metric: FlowMetric;
  kind: FlowScaleKind;
  lines: readonly FlowLine[];
  width: number;
  /** Plot height, without margins. */
  height: number;
  band?: FlowBand;
  /** Shown when there are no lines (this network has no layer of the kind). */
  noLines?: string;
}

/**
 * One per-layer chart over the training steps. React renders a path per layer; every frame the
 * paths, end dots, axes and band are written through refs from the live layer history.
 */
export function FlowChart({
  title,
  description,
  metric,
  kind,
  lines,
  width,
  height,
  band,
  noLines,
}: FlowChartProps) {
  const paths = useRef<(SVGPathElement | null)[]>([]);
  const dots = useRef<(SVGCircleElement | null)[]>([]);
  const xAxis = useRef<SVGGElement>(null);
  const yAxis = useRef<SVGGElement>(null);
  const bandRect = useRef<SVGRectElement>(null);
  const bandLabel = useRef<SVGTextElement>(null);
  const empty = useRef<SVGTextElement>(null);
  const drawnVersion = useRef(-1);
  const drawnAxes = useRef('');
  const svg = useRef<SVGSVGElement>(null);
  const innerWidth = innerWidthOf(width);

  const draw = (run: LiveRun, force: boolean): void => {
    const history = run.layerHistory;
    if (!force && history.version === drawnVersion.current) return;
    drawnVersion.current = history.version;
    const points = history.all();
    const frame = computeFlowFrame({
      points,
      metric,
      kind,
      layers: lines.map((l) => l.layer),
      width: innerWidth,
      height,
      keepVisible: band ? [band.lo, band.hi] : undefined,
    });
    frame.paths.forEach((d, i) => {
      const path = paths.current[i];
      if (path) setAttr(path, 'd', d);
    });
    frame.ends.forEach((end, i) => {
      const dot = dots.current[i];
      if (!dot) return;
      setAttr(dot, 'visibility', end ? 'visible' : 'hidden');
      if (end) {
        setAttr(dot, 'cx', end.x.toFixed(1));
        setAttr(dot, 'cy', end.y.toFixed(1));
      }
    });
    // Axes only when their scales moved (their ticks are many small elements).
    const axesKey = `${frame.x.domain().join()}|${frame.y.domain().join()}|${innerWidth}|${height}`;
    if (force || axesKey !== drawnAxes.current) {
      drawnAxes.current = axesKey;
      if (xAxis.current) drawStepAxis(xAxis.current, frame.x);
      if (yAxis.current) drawValueAxis(yAxis.current, frame.y, kind, innerWidth);
    }
    if (band && bandRect.current && bandLabel.current) {
      const top = frame.y(band.hi);
      bandRect.current.setAttribute('y', String(top));
      bandRect.current.setAttribute('height', String(Math.max(1, frame.y(band.lo) - top)));
      bandLabel.current.setAttribute('y', String(top - 3));
    }
    const waiting = points.length === 0 && lines.length > 0;
    if (empty.current) setAttr(empty.current, 'visibility', waiting ? 'visible' : 'hidden');
  };

  useViewFrame(svg, (run) => draw(run, false));
  // New lines or a new size: draw now, even while paused.
  useLayoutEffect(() => draw(live, true));

  return (
    <figure className="flow-chart">
      <figcaption>{title}</figcaption>
      <svg
        ref={svg}
        width={width}
        height={FLOW_MARGIN.top + height + FLOW_MARGIN.bottom}
        role="img"
        aria-label={description}
      >
        <g transform={`translate(${FLOW_MARGIN.left},${FLOW_MARGIN.top})`}>
          {band && <rect className="flow-band" ref={bandRect} x={0} width={innerWidth} />}
          <g className="flow-axis flow-grid" ref={yAxis} />
          <g className="flow-axis" transform={`translate(0,${height})`} ref={xAxis} />
          {lines.map((line, i) => (
            <g key={line.layer} className="flow-line">
              <title>{line.label}</title>
              <path
                stroke={line.color}
                strokeDasharray={line.dashed ? '5 3' : undefined}
                ref={(el) => {
                  paths.current[i] = el;
                }}
              />
              <circle
                r={2.5}
                fill={line.color}
                visibility="hidden"
                ref={(el) => {
                  dots.current[i] = el;
                }}
              />
            </g>
          ))}
          {band && (
            // After the lines, with a halo, so they never hide it.
            <text className="flow-band-label" ref={bandLabel} x={innerWidth - 4} textAnchor="end">
              {band.label}
            </text>
          )}
          <text
            className="flow-empty"
            ref={empty}
            x={innerWidth / 2}
            y={height / 2}
            textAnchor="middle"
            visibility={lines.length > 0 ? 'visible' : 'hidden'}
          >
            Train a step: the lines start here
          </text>
          {lines.length === 0 && noLines && (
            <text className="flow-empty" x={innerWidth / 2} y={height / 2} textAnchor="middle">
              {noLines}
            </text>
          )}
        </g>
      </svg>
    </figure>
  );
}
