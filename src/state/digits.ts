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

/** An image to put on the drawing pad (a test sample the learner picked), once. */
export interface PadImage {
  /** Pixels 0 … 1, row-major, side × side. */
  raw: Float64Array;
  side: number;
  /** Bumped per request, so the same image can be put on the pad twice. */
  id: number;
}

/** Raw images of samples fetched from the worker (image data stays there), by set and index. */
export type SampleImages = Readonly<Record<string, Float64Array>>;

interface DigitsState {
  prediction: DrawnPrediction | null;
  padImage: PadImage | null;
  sampleImages: SampleImages;
}

export const useDigitsStore = create<DigitsState>()(() => ({
  prediction: null,
  padImage: null,
  sampleImages: {},
}));

export const selectSampleImages = (s: DigitsState) => s.sampleImages;

/** The key of a sample's image in SampleImages. */
export function sampleKey(set: 'train' | 'test', index: number): string {
  return `${set}:${index}`;
}

/** What can fetch sample images from the worker (the run controller). */
export interface ImageSource {
  sampleImages(set: 'train' | 'test', indices: number[]): void;
}

/** Asks for the images of the samples not fetched yet. */
export function fetchSampleImages(
  source: ImageSource,
  set: 'train' | 'test',
  indices: readonly number[],
): void {
  const have = useDigitsStore.getState().sampleImages;
  const missing = indices.filter((s) => !(sampleKey(set, s) in have));
  if (missing.length > 0) source.sampleImages(set, missing);
}

/** The worker's sample images arrived. */
export function receiveSampleImages(event: Extract<WorkerEvent, { type: 'sample-images' }>): void {
  const width = event.indices.length > 0 ? event.raw.length / event.indices.length : 0;
  const added: Record<string, Float64Array> = {};
  event.indices.forEach((s, k) => {
    added[sampleKey(event.set, s)] = event.raw.slice(k * width, (k + 1) * width);
  });
  useDigitsStore.setState((st) => ({ sampleImages: { ...st.sampleImages, ...added } }));
}

/** A new run: the images of the old one's samples no longer apply. */
export function forgetSampleImages(): void {
  useDigitsStore.setState({ sampleImages: {} });
}

export const selectDrawnPrediction = (s: DigitsState) => s.prediction;
export const selectPadImage = (s: DigitsState) => s.padImage;

let padImageId = 0;

/** Puts an image on the drawing pad (replacing the drawing). */
export function putOnPad(raw: Float64Array, side: number): void {
  useDigitsStore.setState({ padImage: { raw, side, id: ++padImageId } });
}

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
