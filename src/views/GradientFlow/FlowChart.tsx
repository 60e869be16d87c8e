import { useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { live, type LiveRun } from '../../state/live';
import { drawStepAxis, drawValueAxis } from './flowAxes';
import { computeFlowFrame, type FlowFrame, type FlowScaleKind } from './flowFrame';
import { setAttr } from './histogramDraw';
import { FLOW_MARGIN, innerWidthOf } from './layout';
import type { FlowMetric } from './layerMetrics';
import { useViewFrame } from '../shared/useViewFrame';
import { useT } from '../shared/useT';

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
export function FlowChart(props: FlowChartProps) {
  const { title, description, lines, width, height, band, noLines } = props;
  const t = useT();
  const innerWidth = innerWidthOf(width);
  const { svgRef, pathsRef, dotsRef, xAxisRef, yAxisRef, bandRectRef, bandLabelRef, emptyRef } =
    useFlowDrawing(props, innerWidth);

  return (
    <figure className="flow-chart">
      <figcaption>{title}</figcaption>
      <svg
        ref={svgRef}
        width={width}
        height={FLOW_MARGIN.top + height + FLOW_MARGIN.bottom}
        role="img"
        aria-label={description}
      >
        <g transform={`translate(${FLOW_MARGIN.left},${FLOW_MARGIN.top})`}>
          {band && <rect className="flow-band" ref={bandRectRef} x={0} width={innerWidth} />}
          <g className="flow-axis flow-grid" ref={yAxisRef} />
          <g className="flow-axis" transform={`translate(0,${height})`} ref={xAxisRef} />
          <FlowLines lines={lines} pathsRef={pathsRef} dotsRef={dotsRef} />
          {band && (
            // After the lines, with a halo, so they never hide it.
            <text
              className="flow-band-label"
              ref={bandLabelRef}
              x={innerWidth - 4}
              textAnchor="end"
            >
              {band.label}
            </text>
          )}
          <text
            className="flow-empty"
            ref={emptyRef}
            x={innerWidth / 2}
            y={height / 2}
            textAnchor="middle"
            visibility={lines.length > 0 ? 'visible' : 'hidden'}
          >
            {t('flow.waiting')}
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

/** One path and one end dot per layer, in the layer's colour. */
function FlowLines({
  lines,
  pathsRef,
  dotsRef,
}: {
  lines: readonly FlowLine[];
  pathsRef: RefObject<(SVGPathElement | null)[]>;
  dotsRef: RefObject<(SVGCircleElement | null)[]>;
}) {
  return lines.map((line, i) => (
    <g key={line.layer} className="flow-line">
      <title>{line.label}</title>
      <path
        stroke={line.color}
        strokeDasharray={line.dashed ? '5 3' : undefined}
        ref={(el) => {
          pathsRef.current[i] = el;
        }}
      />
      <circle
        r={2.5}
        fill={line.color}
        visibility="hidden"
        ref={(el) => {
          dotsRef.current[i] = el;
        }}
      />
    </g>
  ));
}

/**
 * Draws the newest layer history into the chart's elements (once per new history version, or
 * at once when `force`); the axes only when their scales moved.
 */
function useFlowDrawing({ metric, kind, lines, height, band }: FlowChartProps, innerWidth: number) {
  const svgRef = useRef<SVGSVGElement>(null);
  const refs = {
    pathsRef: useRef<(SVGPathElement | null)[]>([]),
    dotsRef: useRef<(SVGCircleElement | null)[]>([]),
    xAxisRef: useRef<SVGGElement>(null),
    yAxisRef: useRef<SVGGElement>(null),
    bandRectRef: useRef<SVGRectElement>(null),
    bandLabelRef: useRef<SVGTextElement>(null),
    emptyRef: useRef<SVGTextElement>(null),
  };
  const drawnVersion = useRef(-1);
  const drawnAxes = useRef('');

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
    writeLines(frame, refs.pathsRef.current, refs.dotsRef.current);
    // Axes only when their scales moved (their ticks are many small elements).
    const axesKey = `${frame.x.domain().join()}|${frame.y.domain().join()}|${innerWidth}|${height}`;
    if (force || axesKey !== drawnAxes.current) {
      drawnAxes.current = axesKey;
      if (refs.xAxisRef.current) drawStepAxis(refs.xAxisRef.current, frame.x);
      if (refs.yAxisRef.current) drawValueAxis(refs.yAxisRef.current, frame.y, kind, innerWidth);
    }
    const bandRect = refs.bandRectRef.current;
    const bandLabel = refs.bandLabelRef.current;
    if (band && bandRect && bandLabel) {
      const top = frame.y(band.hi);
      bandRect.setAttribute('y', String(top));
      bandRect.setAttribute('height', String(Math.max(1, frame.y(band.lo) - top)));
      bandLabel.setAttribute('y', String(top - 3));
    }
    const waiting = points.length === 0 && lines.length > 0;
    if (refs.emptyRef.current)
      setAttr(refs.emptyRef.current, 'visibility', waiting ? 'visible' : 'hidden');
  };

  useViewFrame(svgRef, (run) => draw(run, false));
  // New lines or a new size: draw now, even while paused.
  useLayoutEffect(() => draw(live, true));
  return { svgRef, ...refs };
}

/** Each layer's path and the dot at its newest value. */
function writeLines(
  frame: FlowFrame,
  paths: readonly (SVGPathElement | null)[],
  dots: readonly (SVGCircleElement | null)[],
): void {
  frame.paths.forEach((d, i) => {
    const path = paths[i];
    if (path) setAttr(path, 'd', d);
  });
  frame.ends.forEach((end, i) => {
    const dot = dots[i];
    if (!dot) return;
    setAttr(dot, 'visibility', end ? 'visible' : 'hidden');
    if (end) {
      setAttr(dot, 'cx', end.x.toFixed(1));
      setAttr(dot, 'cy', end.y.toFixed(1));
    }
  });
}
