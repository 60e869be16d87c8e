/**
 * The drawing pad's prediction: the network's output for the digit drawn on the page. At most
 * one request is with the worker at a time; strokes drawn meanwhile are coalesced into one
 * follow-up, so drawing fast never queues up stale work.
 */
import { create } from 'zustand';
import type { WorkerEvent } from '../worker/protocol';

type PredictionEvent = Extract<WorkerEvent, { type: 'prediction' }>;

export interface DrawnPrediction {
  /** The output z⁽ᴸ⁾ for the drawing (class probabilities with softmax), or null. */
  outputs: number[] | null;
  /** Why there is no output (the worker's message), or null. */
  message: string | null;
  /** Steps trained when the network answered. */
  step: number;
}

interface DigitsState {
  prediction: DrawnPrediction | null;
}

export const useDigitsStore = create<DigitsState>()(() => ({ prediction: null }));

export const selectDrawnPrediction = (s: DigitsState) => s.prediction;

/** What can ask the worker for a prediction (the run controller). */
export interface Predictor {
  predict(id: number, raw: number[]): void;
}

/** A request unanswered this long is taken as lost (its run was replaced meanwhile). */
const LOST_AFTER_MS = 1000;

let lastId = 0;
let inFlight: { id: number; sentAt: number } | null = null;
let queued: { predictor: Predictor; raw: number[] } | null = null;

/** Asks for the network's output on `raw` now, or as soon as the pending answer arrives. */
export function requestPrediction(predictor: Predictor, raw: readonly number[]): void {
  const now = Date.now();
  if (inFlight && now - inFlight.sentAt < LOST_AFTER_MS) {
    queued = { predictor, raw: [...raw] };
    return;
  }
  inFlight = { id: ++lastId, sentAt: now };
  predictor.predict(inFlight.id, [...raw]);
}

/** The worker's answer; a newer drawing waiting meanwhile is sent next. */
export function receivePrediction(event: PredictionEvent): void {
  if (!inFlight || event.id !== inFlight.id) return;
  inFlight = null;
  const answered =
    typeof event.outputs === 'string'
      ? { outputs: null, message: event.outputs, step: event.step }
      : { outputs: event.outputs, message: null, step: event.step };
  useDigitsStore.setState({ prediction: answered });
  const next = queued;
  queued = null;
  if (next) requestPrediction(next.predictor, next.raw);
}

/** The pad was cleared: no prediction on show, nothing waiting. */
export function clearPrediction(): void {
  queued = null;
  useDigitsStore.setState({ prediction: null });
}
