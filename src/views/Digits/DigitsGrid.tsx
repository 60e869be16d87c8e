/**
 * The digits panel's pictures: the first layer's weights as images, the confusion matrix and
 * the pad to draw on. Loaded when a run first trains on the digits (DigitsPanel.tsx).
 */
import type { RunInfo } from '../../core/runInfo';
import { ConfusionMatrix } from './ConfusionMatrix';
import { DrawDigit } from './DrawDigit';
import { WeightImages } from './WeightImages';

export function DigitsGrid({ info }: { info: RunInfo }) {
  return (
    <>
      <WeightImages info={info} />
      <ConfusionMatrix data={info.data} />
      <DrawDigit info={info} />
    </>
  );
}
