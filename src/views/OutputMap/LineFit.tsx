import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { useId, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { live } from '../../state/live';
import { selectInspectingSample, selectMarkedSample } from '../shared/markedSample';
import { useAppStore } from '../../state/store';
import type { DataView, OutputMap } from '../../core/runInfo';
import { useController } from '../shared/controllerContext';
import { useLiveFrame } from '../shared/useLiveFrame';
import { fitPath, lineYScale, pointValue } from './linePath';
import { classColors } from './palette';
import { selectShowTestData } from '../../state/selectors';
import { useT } from '../shared/useT';

const MARGIN = { top: 10, right: 10, bottom: 30, left: 38 } as const;
const HEIGHT = 220;

type Scale = ReturnType<typeof lineYScale>;

/**
 * For 1-D data: the fitted curve ŷ(x) over the training (filled) and test (ring) points. The
 * curve is rewritten once per new output map; the points are rendered once per run.
 */
export function LineFit({ data, width }: { data: DataView; width: number }) {
  const t = useT();
  const innerWidth = Math.max(120, width - MARGIN.left - MARGIN.right);
  const domain = useMemo(() => data.rawDomain[0] ?? ([-1, 1] as [number, number]), [data]);
  const x = useMemo(
    () => scaleLinear().domain(domain).range([0, innerWidth]),
    [domain, innerWidth],
  );
  const y = useMemo(() => lineYScale(data, HEIGHT), [data]);
  // One curve per class for one-hot outputs, else one curve.
  const curves = data.targetEncoding === 'one-hot' ? data.outputSize : 1;
  const colors = classColors(data.classes);
  const curvesRef = useFitCurves(data, domain, x, y, curves);
  const xAxisRef = useRef<SVGGElement>(null);
  const yAxisRef = useRef<SVGGElement>(null);
  const clipId = useId();
  useLayoutEffect(() => {
    if (xAxisRef.current) select(xAxisRef.current).call(axisBottom(x).ticks(6));
    if (yAxisRef.current) select(yAxisRef.current).call(axisLeft(y).ticks(5));
  }, [x, y]);

  return (
    <svg
      className="line-fit"
      width={innerWidth + MARGIN.left + MARGIN.right}
      height={HEIGHT + MARGIN.top + MARGIN.bottom}
      role="group"
      aria-label={t('output.lineFit')}
    >
      <defs>
        <clipPath id={clipId}>
          <rect width={innerWidth} height={HEIGHT} />
        </clipPath>
      </defs>
      <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
        <rect className="plane-frame" width={innerWidth} height={HEIGHT} />
        <g className="plane-axis" ref={xAxisRef} transform={`translate(0,${HEIGHT})`} />
        <g className="plane-axis" ref={yAxisRef} />
        <text className="plane-axis-title" x={innerWidth} y={HEIGHT + 26} textAnchor="end">
          x
        </text>
        <text className="plane-axis-title" x={-MARGIN.left + 2} y={8}>
          y
        </text>
        <g clipPath={`url(#${clipId})`}>
          <LinePoints data={data} x={x} y={y}>
            {Array.from({ length: curves }, (_, c) => (
              <path
                key={c}
                className="fit-curve"
                stroke={curves > 1 ? colors[c] : undefined}
                ref={(el) => {
                  curvesRef.current[c] = el;
                }}
              />
            ))}
          </LinePoints>
        </g>
      </g>
    </svg>
  );
}

/** Rewrites the curves' paths when a new output map arrives (or at once when the scales change). */
function useFitCurves(
  data: DataView,
  domain: readonly [number, number],
  x: Scale,
  y: Scale,
  curves: number,
) {
  const curvesRef = useRef<(SVGPathElement | null)[]>([]);
  const drawn = useRef<{ map: OutputMap | null; step: number }>({ map: null, step: -1 });
  const drawCurves = (map: OutputMap | null, force: boolean): void => {
    const last = drawn.current;
    if (!force && map === last.map && (map === null || map.step === last.step)) return;
    drawn.current = { map, step: map?.step ?? -1 };
    for (let c = 0; c < curves; c++) {
      const d = map ? fitPath(map, data.outputSize, c, domain, x, y) : '';
      curvesRef.current[c]?.setAttribute('d', d);
    }
  };
  useLiveFrame((run) => drawCurves(run.map, false));
  // The scales may have changed with the size: redraw now, even while paused.
  useLayoutEffect(() => drawCurves(live.map, true));
  return curvesRef;
}

/**
 * The test rings (when shown), the training points (click one to focus it), the curves given
 * as children, and the ring around the focus sample on top.
 */
function LinePoints({
  data,
  x,
  y,
  children,
}: {
  data: DataView;
  x: Scale;
  y: Scale;
  children: ReactNode;
}) {
  const controller = useController();
  const showTest = useAppStore(selectShowTestData);
  const focusSample = useAppStore(selectMarkedSample);
  const inspecting = useAppStore(selectInspectingSample);
  // The points only move when the run or the size changes.
  const [train, test] = useMemo(
    () =>
      (['train', 'test'] as const).map((which) => {
        const s = data[which];
        return Array.from({ length: s.count }, (_, i) => ({
          i,
          cx: x(s.raw[i]),
          cy: y(pointValue(data, s, i)),
          color:
            data.task === 'regression'
              ? 'var(--ink)'
              : (classColors(data.classes)[s.labels[i]] ?? '#888'),
        }));
      }),
    [data, x, y],
  );
  const focus = train[focusSample];
  return (
    <>
      {showTest && (
        <g className="points test">
          {test.map((p) => (
            <circle key={p.i} cx={p.cx} cy={p.cy} r={3.2} stroke={p.color} />
          ))}
        </g>
      )}
      <g
        className="points train"
        onClick={(e) => {
          const index = (e.target as Element).getAttribute('data-index');
          if (index !== null) controller.focus(Number(index));
        }}
      >
        {train.map((p) => (
          <circle key={p.i} data-index={p.i} cx={p.cx} cy={p.cy} r={3.2} fill={p.color} />
        ))}
      </g>
      {children}
      {focus && (
        <circle
          className={inspecting ? 'focus-ring inspected' : 'focus-ring'}
          cx={focus.cx}
          cy={focus.cy}
          r={7}
        />
      )}
    </>
  );
}
