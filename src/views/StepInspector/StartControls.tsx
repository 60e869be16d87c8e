import { useState } from 'react';
import { startInspection } from '../../state/inspector';
import { useAppStore } from '../../state/store';
import { useController } from '../shared/controllerContext';
import { useT } from '../shared/useT';
import { CustomSampleForm } from './CustomSampleForm';
import {
  selectBatchSize,
  selectDataView,
  selectFocusSample,
  selectStatus,
  selectTracePending,
  selectTrainCount,
} from '../../state/selectors';
import { handOver, takeOver } from './focusHandover';
import { setStepPlaying } from './playStep';

/** Starts an inspected step: on the next mini-batch, or on one training sample. */
export function StartControls() {
  const t = useT();
  const controller = useController();
  const status = useAppStore(selectStatus);
  const pending = useAppStore(selectTracePending);
  const focusSample = useAppStore(selectFocusSample);
  const trainCount = useAppStore(selectTrainCount);
  const data = useAppStore(selectDataView);
  // What was typed, for the focus sample it was typed over: clicking another data point
  // replaces it with that point's index.
  const [typed, setTyped] = useState<{ text: string; over: number } | null>(null);
  const canTrain = (status === 'ready' || status === 'diverged') && !pending;
  const text = typed && typed.over === focusSample ? typed.text : String(focusSample);
  const sample = Number(text);
  const valid =
    text.trim() !== '' && Number.isInteger(sample) && sample >= 0 && sample < trainCount;
  // Batch norm needs a batch's variance: one sample has none, so only whole batches are offered.
  const hasNorm = useAppStore((s) => s.config.network.hidden.some((h) => h.batchNorm === true));
  if (hasNorm) {
    return (
      <div className="si-start" role="group" aria-label={t('inspector.start.group')}>
        <NextBatchButtons canTrain={canTrain} />
        <span className="si-hint">{t('inspector.start.normBatchOnly')}</span>
      </div>
    );
  }

  return (
    <div className="si-start" role="group" aria-label={t('inspector.start.group')}>
      <NextBatchButtons canTrain={canTrain} />
      <span className="si-or">{t('inspector.start.or')}</span>
      <button
        type="button"
        disabled={!canTrain || !valid}
        onClick={() => {
          setTyped(null);
          handOver();
          startInspection(controller, [sample]);
        }}
        title={t('inspector.start.oneTitle')}
      >
        {t('inspector.start.one')}
      </button>
      <label className="si-sample">
        <span>#</span>
        <input
          type="number"
          min={0}
          max={Math.max(0, trainCount - 1)}
          step={1}
          value={text}
          aria-label={t('inspector.start.sampleIndex')}
          aria-invalid={!valid}
          onChange={(e) => setTyped({ text: e.target.value, over: focusSample })}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && canTrain && valid) {
              setTyped(null);
              handOver();
              startInspection(controller, [sample]);
            }
          }}
        />
      </label>
      <span className="si-hint">
        {t(trainCount === 1 ? 'inspector.start.hintOne' : 'inspector.start.hint', {
          count: trainCount,
        })}
      </span>
      {data && data.rawKind !== 'image' && (
        <details className="si-own">
          <summary>{t('inspector.start.own')}</summary>
          <CustomSampleForm data={data} disabled={!canTrain} />
        </details>
      )}
    </div>
  );
}

/** Inspect the next mini-batch, or play its step operation by operation. */
function NextBatchButtons({ canTrain }: { canTrain: boolean }) {
  const t = useT();
  const controller = useController();
  const batchSize = useAppStore(selectBatchSize);
  return (
    <>
      <button
        type="button"
        className="primary"
        ref={takeOver}
        disabled={!canTrain}
        onClick={() => {
          handOver();
          startInspection(controller, null);
        }}
        title={t('inspector.start.nextTitle')}
      >
        {batchSize > 1
          ? t('inspector.start.nextBatch', { size: batchSize })
          : t('inspector.start.next')}
      </button>
      <button
        type="button"
        disabled={!canTrain}
        onClick={() => {
          setStepPlaying(true);
          handOver();
          startInspection(controller, null);
        }}
        title={t('inspector.start.playTitle')}
      >
        {t('inspector.start.play')}
      </button>
    </>
  );
}
