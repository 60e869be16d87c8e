import { useShallow } from 'zustand/react/shallow';
import { landscapeActions, useLandscapeStore, type LandscapePlane } from '../../state/landscape';
import { useController } from '../shared/controllerContext';
import { useElementWidth } from '../shared/useElementWidth';
import { LandscapeMap } from './LandscapeMap';
import './Landscape.css';

const GRIDS = [21, 31, 41, 61] as const;

const PLANE_TEXT: Record<LandscapePlane, string> = {
  random:
    'Two random directions d₁, d₂, each filter-normalized: every neuron’s incoming weights in a ' +
    'direction are scaled to the size of that neuron’s weights in θ (Li et al. 2018), so the ' +
    'picture does not depend on how large the weights are. α = β = 0 is the current network.',
  pca:
    'The first two principal components of the weights recorded while training: the plane in ' +
    'which the run moved most. The path is the run itself, seen in that plane.',
};

/** The network's own loss landscape on a plane through its current weights. */
export function LandscapePanel() {
  const controller = useController();
  const { status, plane, grid, result, message } = useLandscapeStore(
    useShallow((s) => ({
      status: s.status,
      plane: s.plane,
      grid: s.grid,
      result: s.result,
      message: s.message,
    })),
  );
  const [boxRef, width] = useElementWidth<HTMLDivElement>(480);
  const size = Math.max(220, Math.min(520, width - 8));
  const computing = status === 'computing';
  return (
    <div className="landscape" ref={boxRef}>
      <div className="view-header">
        <h2>Loss landscape</h2>
        <div className="view-tools">
          <label>
            Plane{' '}
            <select
              value={plane}
              disabled={computing}
              onChange={(e) => landscapeActions.setPlane(e.target.value as LandscapePlane)}
            >
              <option value="random">two random directions</option>
              <option value="pca">principal components of the path</option>
            </select>
          </label>
          <label>
            Grid{' '}
            <select
              value={grid}
              disabled={computing}
              onChange={(e) => landscapeActions.setGrid(Number(e.target.value))}
            >
              {GRIDS.map((g) => (
                <option key={g} value={g}>
                  {g}×{g}
                </option>
              ))}
            </select>
          </label>
          {computing ? (
            <button type="button" onClick={() => controller.cancelLandscape()}>
              Cancel
            </button>
          ) : (
            <button type="button" onClick={() => controller.computeLandscape(plane, grid)}>
              Compute landscape
            </button>
          )}
        </div>
      </div>
      <p className="landscape-text">{PLANE_TEXT[plane]}</p>
      {computing && result && (
        <progress max={result.total} value={result.done} aria-label="Landscape points computed" />
      )}
      {message && <p role="alert">{message}</p>}
      {status === 'cancelled' && (
        <p role="status">Cancelled; the points computed so far are shown.</p>
      )}
      {result ? (
        <div className="landscape-body">
          <LandscapeMap result={result} size={size} />
          <p className="landscape-caption">
            Loss on θ + αd₁ + βd₂ for α, β in [−{result.range.toPrecision(2)},{' '}
            {result.range.toPrecision(2)}] at step {result.step}; {result.done} of {result.total}{' '}
            points. Darker is lower. The line is the training path projected onto the plane, ending
            at the ringed dot (the current weights).
          </p>
        </div>
      ) : (
        <p className="landscape-empty">
          Train a little, then compute the landscape around the current weights.
        </p>
      )}
    </div>
  );
}
