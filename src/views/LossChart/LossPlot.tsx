import { useLayoutEffect, useRef } from 'react';
import { live, type LiveRun } from '../../state/live';
import type { Marker } from '../../state/store';
import { useLiveFrame } from '../shared/useLiveFrame';
import { drawAccuracyAxis, drawLossAxis, drawStepAxis } from './axes';
import type { GhostRun } from './ghostRuns';
import { MARGIN, type ChartLayout } from './layout';
import { computeLossFrame, type LossFrame } from './lossFrame';
import type { LossScaleKind } from './lossScales';
import { LossTooltip } from './LossTooltip';
import { LossMarkers, moveMarkers } from './LossMarkers';
import { useLossHover, type DotName } from './useLossHover';

interface LossPlotProps {
  layout: ChartLayout;
  kind: LossScaleKind;
  classification: boolean;
  ghosts: readonly GhostRun[];
  /** Ghost labels, in the order of `ghosts`. */
  ghostLabels: readonly string[];
  markers: readonly Marker[];
}

type PathName = 'train' | 'test' | 'trainAccuracy' | 'testAccuracy';

/**
 * The loss pane (train and test loss, compared runs, setting-change markers) and, for
 * classification, the accuracy pane below it, sharing one step axis. React renders the
 * elements; every frame the paths, axes and marker positions are written through refs.
 */
export function LossPlot({
  layout,
  kind,
  classification,
  ghosts,
  ghostLabels,
  markers,
}: LossPlotProps) {
  const paths = useRef<Partial<Record<PathName, SVGPathElement | null>>>({});
  const ghostPaths = useRef<{ train: SVGPathElement | null; test: SVGPathElement | null }[]>([]);
  const markerEls = useRef<(SVGGElement | null)[]>([]);
  const xAxis = useRef<SVGGElement>(null);
  const lossAxis = useRef<SVGGElement>(null);
  const accuracyAxis = useRef<SVGGElement>(null);
  const empty = useRef<SVGTextElement>(null);
  const frameRef = useRef<LossFrame | null>(null);
  const drawnVersion = useRef(-1);
  const {
    redraw: redrawHover,
    handlers,
    crosshairRef,
    dotsRef,
    boxRef,
    cellsRef,
  } = useLossHover(frameRef, layout, kind);

  const draw = (run: LiveRun, force: boolean): void => {
    if (!force && run.history.version === drawnVersion.current) return;
    drawnVersion.current = run.history.version;
    const points = run.history.all();
    const frame = computeLossFrame({
      points,
      ghosts: ghosts.map((g) => g.points),
      kind,
      width: layout.innerWidth,
      lossHeight: layout.lossHeight,
      accuracyHeight: layout.accuracyHeight,
    });
    frameRef.current = frame;
    const d: Record<PathName, string> = {
      train: frame.trainPath,
      test: frame.testPath,
      trainAccuracy: frame.trainAccuracyPath,
      testAccuracy: frame.testAccuracyPath,
    };
    for (const name of Object.keys(d) as PathName[])
      paths.current[name]?.setAttribute('d', d[name]);
    frame.ghostPaths.forEach((g, i) => {
      ghostPaths.current[i]?.train?.setAttribute('d', g.train);
      ghostPaths.current[i]?.test?.setAttribute('d', g.test);
    });
    if (xAxis.current) drawStepAxis(xAxis.current, frame.x);
    if (lossAxis.current) drawLossAxis(lossAxis.current, frame.y, kind, layout.innerWidth);
    if (accuracyAxis.current)
      drawAccuracyAxis(accuracyAxis.current, frame.yAccuracy, layout.innerWidth);
    ghostPaths.current.length = ghosts.length;
    moveMarkers(markerEls.current, markers, frame.x, layout.innerWidth);
    empty.current?.setAttribute(
      'visibility',
      points.length < 2 && ghosts.length === 0 ? 'visible' : 'hidden',
    );
    redrawHover();
  };

  useLiveFrame((run) => draw(run, false));
  // Settings, size, compared runs or markers changed: draw now, even while paused.
  useLayoutEffect(() => draw(live, true));

  const { innerWidth, lossHeight, accuracyTop, plotHeight } = layout;
  const dot = (name: DotName, top = 0) => (
    <circle
      className={`loss-dot ${name.startsWith('train') ? 'train' : 'test'}`}
      r={3.5}
      cy={top}
      ref={(el) => {
        dotsRef.current[name] = el;
      }}
    />
  );
  return (
    <div className="loss-plot">
      <svg
        width={layout.width}
        height={layout.height}
        role="img"
        aria-label="Loss curve: train and test loss against training step. Use the arrow keys to read the values at each step."
        tabIndex={0}
        {...handlers}
      >
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
          <g className="loss-axis loss-grid" ref={lossAxis} />
          <text className="loss-axis-title" x={-MARGIN.left + 2} y={-MARGIN.top + 10}>
            {kind === 'log' ? 'loss (log)' : 'loss'}
          </text>
          {ghosts.map((g, i) => (
            <g key={g.id} className={`loss-ghost age-${i}`}>
              <title>{`Previous run (${ghostLabels[i]})`}</title>
              <path
                className="train"
                ref={(el) => {
                  ghostPaths.current[i] = { ...ghostPaths.current[i], train: el };
                }}
              />
              <path
                className="test"
                ref={(el) => {
                  ghostPaths.current[i] = { ...ghostPaths.current[i], test: el };
                }}
              />
            </g>
          ))}
          <path className="loss-line test" ref={(el) => void (paths.current.test = el)} />
          <path className="loss-line train" ref={(el) => void (paths.current.train = el)} />
          {classification && (
            <g transform={`translate(0,${accuracyTop})`}>
              <g className="loss-axis loss-grid" ref={accuracyAxis} />
              <text className="loss-axis-title" x={innerWidth} y={-4} textAnchor="end">
                accuracy
              </text>
              <path
                className="loss-line test"
                ref={(el) => void (paths.current.testAccuracy = el)}
              />
              <path
                className="loss-line train"
                ref={(el) => void (paths.current.trainAccuracy = el)}
              />
            </g>
          )}
          <g className="loss-axis" transform={`translate(0,${plotHeight})`} ref={xAxis} />
          <text className="loss-axis-title" x={-MARGIN.left + 2} y={plotHeight + 18}>
            step
          </text>
          <text
            className="loss-empty"
            ref={empty}
            x={innerWidth / 2}
            y={lossHeight / 2}
            textAnchor="middle"
          >
            Press ▶ to train: the loss appears here
          </text>
          <LossMarkers markers={markers} plotHeight={plotHeight} elementsRef={markerEls} />
          <g className="loss-crosshair" ref={crosshairRef} visibility="hidden">
            <line y1={0} y2={plotHeight} />
            {dot('test')}
            {dot('train')}
            {classification && dot('testAccuracy', accuracyTop)}
            {classification && dot('trainAccuracy', accuracyTop)}
          </g>
        </g>
      </svg>
      <LossTooltip boxRef={boxRef} cellsRef={cellsRef} classification={classification} />
    </div>
  );
}
