import { useLayoutEffect, useRef, type RefObject } from 'react';
import { live, type LiveRun } from '../../state/live';
import { useAppStore } from '../../state/store';
import { useLiveFrame } from '../shared/useLiveFrame';
import { useT } from '../shared/useT';
import { drawAccuracyAxis, drawLossAxis, drawStepAxis } from './axes';
import type { GhostRun } from './ghostRuns';
import { MARGIN, type ChartLayout } from './layout';
import { computeLossFrame, type LossFrame } from './lossFrame';
import type { LossScaleKind } from './lossScales';
import { LossTooltip } from './LossTooltip';
import { LossMarkers, moveMarkers } from './LossMarkers';
import type { LabelledMarker } from './markerLayout';
import { useLossHover, type DotName, type LossHover } from './useLossHover';

interface LossPlotProps {
  layout: ChartLayout;
  kind: LossScaleKind;
  classification: boolean;
  ghosts: readonly GhostRun[];
  /** Ghost labels, in the order of `ghosts`. */
  ghostLabels: readonly string[];
  markers: readonly LabelledMarker[];
}

type PathName = 'train' | 'test' | 'trainAccuracy' | 'testAccuracy';
type GhostPaths = { train: SVGPathElement | null; test: SVGPathElement | null }[];

type CurvePaths = Partial<Record<PathName, SVGPathElement | null>>;

/** The elements the chart writes into once a frame, held by ref. */
interface PlotElements {
  pathsRef: RefObject<CurvePaths>;
  ghostPathsRef: RefObject<GhostPaths>;
  markersRef: RefObject<(SVGGElement | null)[]>;
  xAxisRef: RefObject<SVGGElement | null>;
  lossAxisRef: RefObject<SVGGElement | null>;
  accuracyAxisRef: RefObject<SVGGElement | null>;
  emptyRef: RefObject<SVGTextElement | null>;
  titleRef: RefObject<SVGGElement | null>;
  scaleNoteRef: RefObject<SVGTextElement | null>;
}

/**
 * The loss pane (train and test loss, compared runs, setting-change markers) and, for
 * classification, the accuracy pane below it, sharing one step axis. React renders the
 * elements; every frame the paths, axes and marker positions are written through refs.
 */
export function LossPlot(props: LossPlotProps) {
  const { layout, kind, classification, ghosts, ghostLabels, markers } = props;
  const t = useT();
  // While a link trains to its step, there is nothing to press yet.
  const opening = useAppStore((s) => s.status === 'warming-up');
  const frameRef = useRef<LossFrame | null>(null);
  const { redraw, handlers, crosshairRef, dotsRef, boxRef, cellsRef } = useLossHover(
    frameRef,
    layout,
  );
  const plotRef = useRef<HTMLDivElement>(null);
  const {
    pathsRef,
    ghostPathsRef,
    markersRef,
    xAxisRef,
    lossAxisRef,
    accuracyAxisRef,
    emptyRef,
    titleRef,
    scaleNoteRef,
  } = useLossDrawing(props, frameRef, redraw, plotRef);

  const { innerWidth, lossHeight, plotHeight } = layout;
  return (
    <div className="loss-plot" ref={plotRef}>
      <svg
        width={layout.width}
        height={layout.height}
        role="img"
        aria-label={t('loss.plot')}
        tabIndex={0}
        {...handlers}
      >
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
          <g className="loss-axis loss-grid" ref={lossAxisRef} />
          <LossAxisTitle
            kind={kind}
            width={innerWidth}
            titleRef={titleRef}
            noteRef={scaleNoteRef}
          />
          <GhostCurves ghosts={ghosts} labels={ghostLabels} pathsRef={ghostPathsRef} />
          <path className="loss-line test" ref={(el) => void (pathsRef.current.test = el)} />
          <path className="loss-line train" ref={(el) => void (pathsRef.current.train = el)} />
          {classification && (
            <AccuracyPane layout={layout} axisRef={accuracyAxisRef} pathsRef={pathsRef} />
          )}
          <g className="loss-axis" transform={`translate(0,${plotHeight})`} ref={xAxisRef} />
          <text className="loss-axis-title" x={-MARGIN.left + 2} y={plotHeight + 18}>
            {t('loss.axis.step')}
          </text>
          <text
            className="loss-empty"
            ref={emptyRef}
            x={innerWidth / 2}
            y={lossHeight / 2}
            textAnchor="middle"
          >
            {t(opening ? 'loss.emptyOpening' : 'loss.empty')}
          </text>
          <LossMarkers markers={markers} plotHeight={plotHeight} elementsRef={markersRef} />
          <Crosshair
            layout={layout}
            classification={classification}
            crosshairRef={crosshairRef}
            dotsRef={dotsRef}
          />
        </g>
      </svg>
      <LossTooltip boxRef={boxRef} cellsRef={cellsRef} classification={classification} />
    </div>
  );
}

/**
 * Draws the newest history (once per new history version while the plot is on screen, or at
 * once when `force`): the frame's scales and paths, the axes, the markers and the empty-chart
 * hint.
 */
function useLossDrawing(
  { layout, kind, ghosts, markers }: LossPlotProps,
  frameRef: { current: LossFrame | null },
  redrawHover: () => void,
  plotRef: RefObject<HTMLDivElement | null>,
): PlotElements {
  const elements: PlotElements = {
    pathsRef: useRef<CurvePaths>({}),
    ghostPathsRef: useRef<GhostPaths>([]),
    markersRef: useRef<(SVGGElement | null)[]>([]),
    xAxisRef: useRef<SVGGElement>(null),
    lossAxisRef: useRef<SVGGElement>(null),
    accuracyAxisRef: useRef<SVGGElement>(null),
    emptyRef: useRef<SVGTextElement>(null),
    titleRef: useRef<SVGGElement>(null),
    scaleNoteRef: useRef<SVGTextElement>(null),
  };
  const drawnVersion = useRef(-1);
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
    writePaths(elements, frame, ghosts.length);
    const { xAxisRef, lossAxisRef, accuracyAxisRef } = elements;
    if (xAxisRef.current) drawStepAxis(xAxisRef.current, frame.x);
    if (lossAxisRef.current)
      drawLossAxis(lossAxisRef.current, frame.y, frame.kind, layout.innerWidth);
    // Log asked for, linear drawn (a loss at or below zero): the title and a note say so.
    const refused = kind === 'log' && frame.kind !== 'log';
    elements.scaleNoteRef.current?.setAttribute('visibility', refused ? 'visible' : 'hidden');
    for (const title of elements.titleRef.current?.children ?? []) {
      const shown = title.getAttribute('data-scale') === frame.kind;
      title.setAttribute('visibility', shown ? 'visible' : 'hidden');
    }
    if (accuracyAxisRef.current)
      drawAccuracyAxis(accuracyAxisRef.current, frame.yAccuracy, layout.innerWidth);
    moveMarkers(elements.markersRef.current, markers, frame.x, layout.innerWidth);
    elements.emptyRef.current?.setAttribute(
      'visibility',
      points.length < 2 && ghosts.length === 0 ? 'visible' : 'hidden',
    );
    redrawHover();
  };

  useLiveFrame((run) => draw(run, false), plotRef);
  // Settings, size, compared runs or markers changed: draw now, even while paused.
  useLayoutEffect(() => draw(live, true));
  return elements;
}

/** The frame's path strings into the curves' `<path>` elements. */
function writePaths(elements: PlotElements, frame: LossFrame, ghostCount: number): void {
  const d: Record<PathName, string> = {
    train: frame.trainPath,
    test: frame.testPath,
    trainAccuracy: frame.trainAccuracyPath,
    testAccuracy: frame.testAccuracyPath,
  };
  for (const name of Object.keys(d) as PathName[])
    elements.pathsRef.current[name]?.setAttribute('d', d[name]);
  const ghostPaths = elements.ghostPathsRef.current;
  frame.ghostPaths.forEach((g, i) => {
    ghostPaths[i]?.train?.setAttribute('d', g.train);
    ghostPaths[i]?.test?.setAttribute('d', g.test);
  });
  ghostPaths.length = ghostCount;
}

/** The previous runs' faint curves, each titled with how its settings differed. */
function GhostCurves({
  ghosts,
  labels,
  pathsRef,
}: {
  ghosts: readonly GhostRun[];
  labels: readonly string[];
  pathsRef: RefObject<GhostPaths>;
}) {
  const t = useT();
  return ghosts.map((g, i) => (
    <g key={g.id} className={`loss-ghost age-${i}`}>
      <title>{t('loss.ghostTitle', { settings: labels[i] })}</title>
      <path
        className="train"
        ref={(el) => {
          pathsRef.current[i] = { ...pathsRef.current[i], train: el };
        }}
      />
      <path
        className="test"
        ref={(el) => {
          pathsRef.current[i] = { ...pathsRef.current[i], test: el };
        }}
      />
    </g>
  ));
}

/** The accuracy pane under the loss pane (classification only). */
function AccuracyPane({
  layout,
  axisRef,
  pathsRef,
}: {
  layout: ChartLayout;
  axisRef: RefObject<SVGGElement | null>;
  pathsRef: RefObject<CurvePaths>;
}) {
  const t = useT();
  return (
    <g transform={`translate(0,${layout.accuracyTop})`}>
      <g className="loss-axis loss-grid" ref={axisRef} />
      <text className="loss-axis-title" x={layout.innerWidth} y={-4} textAnchor="end">
        {t('loss.axis.accuracy')}
      </text>
      <path className="loss-line test" ref={(el) => void (pathsRef.current.testAccuracy = el)} />
      <path className="loss-line train" ref={(el) => void (pathsRef.current.trainAccuracy = el)} />
    </g>
  );
}

/** The vertical hover line with a dot on each curve, moved by the hover hook. */
function Crosshair({
  layout,
  classification,
  crosshairRef,
  dotsRef,
}: {
  layout: ChartLayout;
  classification: boolean;
  crosshairRef: LossHover['crosshairRef'];
  dotsRef: LossHover['dotsRef'];
}) {
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
    <g className="loss-crosshair" ref={crosshairRef} visibility="hidden">
      <line y1={0} y2={layout.plotHeight} />
      {dot('test')}
      {dot('train')}
      {classification && dot('testAccuracy', layout.accuracyTop)}
      {classification && dot('trainAccuracy', layout.accuracyTop)}
    </g>
  );
}

interface LossAxisTitleProps {
  kind: LossScaleKind;
  width: number;
  titleRef: RefObject<SVGGElement | null>;
  noteRef: RefObject<SVGTextElement | null>;
}

/**
 * "loss" or "loss (log)" above the axis, and the note that a log scale asked for is drawn
 * linear; the drawing shows the right title and the note as each frame's scale says.
 */
function LossAxisTitle({ kind, width, titleRef, noteRef }: LossAxisTitleProps) {
  const t = useT();
  return (
    <>
      <g className="loss-axis-title" ref={titleRef}>
        {(['linear', 'log'] as const).map((scale) => (
          <text
            key={scale}
            data-scale={scale}
            x={-MARGIN.left + 2}
            y={-MARGIN.top + 10}
            visibility={scale === kind ? 'visible' : 'hidden'}
          >
            {scale === 'log' ? t('loss.axis.lossLog') : t('loss.axis.loss')}
          </text>
        ))}
      </g>
      <text
        className="loss-scale-note"
        ref={noteRef}
        x={width}
        y={-MARGIN.top + 10}
        textAnchor="end"
        visibility="hidden"
      >
        {t('loss.logBelowZero')}
      </text>
    </>
  );
}
