import { useAppStore } from '../../state/store';
import { setGraphMode } from '../../state/actions';
import { selectGraphMode, selectInspecting } from '../../state/selectors';
import { useT } from '../shared/useT';

/** Forward (activations and weights) or backward (deltas and gradients). */
export function ModeToggle() {
  const mode = useAppStore(selectGraphMode);
  const inspecting = useAppStore(selectInspecting);
  const set = setGraphMode;
  const t = useT();
  return (
    <div className="ng-mode" role="group" aria-label={t('network.mode.label')}>
      <button
        type="button"
        aria-pressed={mode === 'forward'}
        title={t('network.mode.forwardTitle')}
        onClick={() => set('forward')}
      >
        {t('network.mode.forward')}
      </button>
      <button
        type="button"
        aria-pressed={mode === 'backward'}
        title={t('network.mode.backwardTitle')}
        onClick={() => set('backward')}
      >
        {t('network.mode.backward')}
      </button>
      {inspecting && (
        <button
          type="button"
          aria-pressed={mode === 'delta-w'}
          aria-label={t('network.mode.change')}
          title={t('network.mode.changeTitle')}
          onClick={() => set('delta-w')}
        >
          Δw
        </button>
      )}
    </div>
  );
}
