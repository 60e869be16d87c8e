import { scaleLinear } from 'd3-scale';
import { useMemo, type MouseEvent } from 'react';
import type { RaceState } from '../../core/race/race';
import { SURFACES } from '../../core/surfaces';
import { raceActions } from '../../state/race';
import { surfaceContours } from './contours';
import { bandColor, runColor } from './palette';
import { surfaceLabel } from './surfaceLabel';
import { useT } from '../shared/useT';

const GRID = 96;
const LEVELS = 24;

interface Props {
  race: RaceState;
  width: number;
  /** Bumped when the race moved: the paths are rebuilt from `race`. */
  frame: number;
}

/** Pixels from a run's path, skipping points that moved less than half a pixel. */
function pathData(
  path: readonly number[],
  x: (v: number) => number,
  y: (v: number) => number,
): string {
  let d = '';
  let lastX = NaN;
  let lastY = NaN;
  const n = path.length / 2;
  for (let i = 0; i < n; i++) {
    // Far-off points (a diverging run) are pinned just outside the map so the path stays valid.
    const px = Math.max(-1e4, Math.min(1e4, x(path[2 * i])));
    const py = Math.max(-1e4, Math.min(1e4, y(path[2 * i + 1])));
    if (i > 0 && i < n - 1 && Math.abs(px - lastX) < 0.5 && Math.abs(py - lastY) < 0.5) continue;
    d += `${i === 0 ? 'M' : 'L'}${px.toFixed(1)},${py.toFixed(1)}`;
    lastX = px;
    lastY = py;
  }
  return d;
}

/**
 * The surface's contours with every run's path drawn over them. Clicking the map moves the
 * common start point there and restarts the race.
 */
export function RaceMap({ race, width, frame }: Props) {
  const t = useT();
  const surface = SURFACES[race.surface];
  const [wx0, wx1] = surface.window.x;
  const [wy0, wy1] = surface.window.y;
  const height = Math.round((width * (wy1 - wy0)) / (wx1 - wx0));
  const x = scaleLinear().domain([wx0, wx1]).range([0, width]);
  const y = scaleLinear().domain([wy0, wy1]).range([height, 0]);
  const contourSet = useMemo(() => surfaceContours(surface, GRID, GRID, LEVELS), [surface]);
  const onClick = (event: MouseEvent<SVGSVGElement>): void => {
    const box = event.currentTarget.getBoundingClientRect();
    const px = x.invert(event.clientX - box.left);
    const py = y.invert(event.clientY - box.top);
    raceActions.setStart(Number(px.toFixed(3)), Number(py.toFixed(3)));
  };
  const clipId = `race-clip-${race.surface}`;
  return (
    <svg
      className="race-map"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      onClick={onClick}
      role="img"
      aria-label={t('race.map', {
        surface: surfaceLabel(t, race.surface),
        count: race.runs.length,
      })}
      data-frame={frame}
    >
      <defs>
        <clipPath id={clipId}>
          <rect width={width} height={height} />
        </clipPath>
      </defs>
      <g transform={`scale(${width / GRID},${height / GRID})`}>
        {contourSet.bands.map((band) => (
          <path
            key={band.level}
            d={band.path}
            fill={bandColor(band.level, contourSet.extent)}
            stroke="rgba(20, 40, 80, 0.25)"
            strokeWidth={GRID / width}
          />
        ))}
      </g>
      {surface.minima.map(([mx, my]) => (
        <text key={`${mx},${my}`} className="race-minimum" x={x(mx)} y={y(my)} dy="0.35em">
          ★
        </text>
      ))}
      <g clipPath={`url(#${clipId})`}>
        {race.runs.map((run, i) => (
          <g
            key={i}
            className="race-run"
            data-run={i}
            data-at={`${run.position[0]},${run.position[1]}`}
            data-steps={run.steps}
          >
            <path d={pathData(run.path, x, y)} stroke={runColor(i)} fill="none" />
            <RunHead run={run} color={runColor(i)} x={x} y={y} />
          </g>
        ))}
      </g>
      <circle className="race-start" cx={x(race.from[0])} cy={y(race.from[1])} r={5} />
    </svg>
  );
}

function RunHead({
  run,
  color,
  x,
  y,
}: {
  run: RaceState['runs'][number];
  color: string;
  x: (v: number) => number;
  y: (v: number) => number;
}) {
  const n = run.path.length / 2;
  const cx = Math.max(-20, Math.min(1e4, x(run.path[2 * (n - 1)])));
  const cy = Math.max(-20, Math.min(1e4, y(run.path[2 * (n - 1) + 1])));
  if (run.divergedAt !== null) {
    return (
      <text className="race-diverged" x={cx} y={cy} fill={color} dy="0.35em">
        ✕
      </text>
    );
  }
  return <circle cx={cx} cy={cy} r={4} fill={color} stroke="#fff" strokeWidth={1.5} />;
}
