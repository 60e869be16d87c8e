import { useShallow } from 'zustand/react/shallow';
import { LANDSCAPE_GRIDS, type LandscapePlane, type LandscapeProgress } from '../../core/landscape';
import { landscapeActions, useLandscapeStore } from '../../state/landscape';
import { useAppStore } from '../../state/store';
import { useController } from '../shared/controllerContext';
import { formatValue } from '../shared/format';
import { useElementWidth } from '../shared/useElementWidth';
import { useT } from '../shared/useT';
import { LandscapeMap, MARGIN } from './LandscapeMap';
import './Landscape.css';

/** The network's own loss landscape on a plane through its current weights. */
export function LandscapePanel() {
  const t = useT();
  const { status, plane, refusal, result } = useLandscapeStore(
    useShallow((s) => ({
      status: s.status,
      plane: s.plane,
      refusal: s.refusal,
      result: s.result,
    })),
  );
  const [boxRef, width] = useElementWidth<HTMLDivElement>(480);
  const size = Math.max(220, Math.min(460, width - 8 - MARGIN.left - MARGIN.right));
  const computing = status === 'computing';
  return (
    <div className="landscape" ref={boxRef}>
      <div className="view-header">
        <h2>{t('landscape.title')}</h2>
        <LandscapeTools computing={computing} />
      </div>
      <p className="landscape-text">
        {plane === 'random' ? t('landscape.explain.random') : t('landscape.explain.pca')}
      </p>
      {computing && (
        <div className="landscape-progress">
          <progress
            max={result?.total ?? 1}
            value={result?.done ?? 0}
            aria-label={t('landscape.progress')}
          />
          {result && (
            <span>{t('landscape.progressText', { done: result.done, total: result.total })}</span>
          )}
        </div>
      )}
      {refusal && <p role="alert">{t(`landscape.refused.${refusal}`)}</p>}
      {status === 'cancelled' && <p role="status">{t('landscape.cancelled')}</p>}
      {result ? (
        <div className="landscape-body">
          <LandscapeMap result={result} size={size} />
          <Caption result={result} computing={computing} />
        </div>
      ) : (
        <p className="landscape-empty">{t('landscape.empty')}</p>
      )}
    </div>
  );
}

/** Plane, grid, seed, and Compute or Cancel. */
function LandscapeTools({ computing }: { computing: boolean }) {
  const t = useT();
  const controller = useController();
  const ready = useAppStore((s) => s.status === 'ready' || s.status === 'diverged');
  const { plane, grid, seed } = useLandscapeStore(
    useShallow((s) => ({ plane: s.plane, grid: s.grid, seed: s.seed })),
  );
  return (
    <div className="view-tools">
      <label>
        {t('landscape.plane')}{' '}
        <select
          value={plane}
          disabled={computing}
          onChange={(e) => landscapeActions.setPlane(e.target.value as LandscapePlane)}
        >
          <option value="random">{t('landscape.plane.random')}</option>
          <option value="pca">{t('landscape.plane.pca')}</option>
        </select>
      </label>
      <label>
        {t('landscape.grid')}{' '}
        <select
          value={grid}
          disabled={computing}
          onChange={(e) => landscapeActions.setGrid(Number(e.target.value))}
        >
          {LANDSCAPE_GRIDS.map((g) => (
            <option key={g} value={g}>
              {t('landscape.gridOption', { n: g })}
            </option>
          ))}
        </select>
      </label>
      {plane === 'random' && (
        <label title={t('landscape.seedTitle')}>
          {t('landscape.seed')}{' '}
          <input
            type="number"
            className="landscape-seed"
            min={0}
            step={1}
            value={seed}
            disabled={computing}
            onChange={(e) => landscapeActions.setSeed(Number(e.target.value))}
          />
        </label>
      )}
      {computing ? (
        <button type="button" onClick={() => controller.cancelLandscape()}>
          {t('landscape.cancel')}
        </button>
      ) : (
        <button
          type="button"
          className="primary"
          disabled={!ready}
          onClick={() => controller.computeLandscape()}
        >
          {t('landscape.compute')}
        </button>
      )}
    </div>
  );
}

function Caption({ result, computing }: { result: LandscapeProgress; computing: boolean }) {
  const t = useT();
  let low = Infinity;
  for (const v of result.values) if (v < low) low = v;
  const centre = result.values[(result.values.length - 1) / 2];
  const first = result.pathSteps[0] ?? result.step;
  return (
    <div className="landscape-caption">
      <p>{t('landscape.caption', { range: formatValue(result.range), step: result.step })}</p>
      <p>
        {result.plane === 'pca'
          ? t('landscape.path.pca', { first })
          : t('landscape.path.random', { first })}
      </p>
      {Number.isFinite(low) && (
        <p>
          {t('landscape.lowest', {
            low: formatValue(low),
            centre: Number.isFinite(centre) ? formatValue(centre) : '…',
          })}
        </p>
      )}
      {computing && result.done < result.total && <p>{t('landscape.coarse')}</p>}
    </div>
  );
}
