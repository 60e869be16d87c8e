/**
 * Uploaded weights entering the run, in one of two ways the user chooses:
 * - 'start': as the explicit initial parameters of a fresh run at step 0 (the link's w= and b=),
 *   with the settings in force now — as Reset does, but from these weights;
 * - 'now': as weight and bias changes at the current step, one logged change per parameter
 *   that differs, so the link's change log keeps reproducing the run.
 */
import { checkUploadedWeights, type UploadCheck } from '../config/uploadedWeights';
import { LIMITS } from '../config/limits';
import { decodeLink } from '../config/link';
import type { InitialParams } from '../config/types';
import type { RunController } from './controller';
import { exportRun } from './exportRun';
import { msg, type Message } from '../core/i18n/message';
import { live } from './live';
import { useAppStore } from './store';

export type UploadMode = 'start' | 'now';

/** Checks an uploaded file against the network of the current run. */
export function checkUpload(text: string): UploadCheck {
  const info = live.info;
  if (!info) return { ok: false, problems: [msg('upload.problem.notStarted')] };
  return checkUploadedWeights(text, { sizes: info.sizes, hasBias: info.hasBias });
}

/** Applies checked weights; returns what happened, in a sentence. */
export function applyUpload(
  controller: RunController,
  params: InitialParams,
  mode: UploadMode,
): Message {
  if (mode === 'start') {
    const config = useAppStore.getState().config;
    controller.start({
      ...config,
      initialParams: params,
      changes: [],
      open: { ...config.open, step: 0 },
    });
    return msg('upload.startedFresh');
  }
  const current = exportRun(live, '');
  if (!current) return msg('upload.noWeightsYet');
  const edits: (() => void)[] = [];
  params.weights.forEach((w, l) => {
    const nIn = current.sizes[l];
    w.forEach((value, k) => {
      if (!Object.is(value, current.weights[l][k])) {
        edits.push(() => controller.editWeight(l + 1, Math.floor(k / nIn), k % nIn, value));
      }
    });
  });
  params.biases.forEach((b, l) => {
    b.forEach((value, j) => {
      if (!Object.is(value, current.biases[l][j]) && live.info?.hasBias[l]) {
        edits.push(() => controller.editBias(l + 1, j, value));
      }
    });
  });
  const room = LIMITS.changes - decodeLink(controller.link()).config.changes.length;
  if (edits.length > room) {
    return msg('upload.tooMany', { count: edits.length, room });
  }
  for (const edit of edits) edit();
  return msg('upload.changed', { count: edits.length, step: controller.currentStepCount });
}
