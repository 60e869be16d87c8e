/**
 * The typed messages between the page and the training worker. Commands go in, events come
 * out; both are discriminated unions so each side handles every case or the compiler objects.
 */
import type {
  LiveChange,
  OptimizerConfig,
  RegularizationConfig,
  RunConfig,
  ScheduleConfig,
} from '../config/types';
import type { LandscapePlane, LandscapeProgress, LandscapeRefusal } from '../core/landscape';
import type { Predictions } from '../core/confusion';
import type { Divergence } from '../core/trace';
import type { Message } from '../core/i18n/message';
import type { DataView, GradientCheck, HistoryPoint, OutputMap, RunInfo } from '../core/runInfo';
import type { StepTrace } from '../engine';
import type { CustomSampleRequest } from './customSample';

/** How fast to train while playing. */
export type Speed = 'slow' | 'medium' | 'fast' | 'max';

/** Training steps per animation frame (~16 ms) at each speed; 'max' trains as fast as it can. */
export const STEPS_PER_FRAME: Record<Speed, number> = {
  slow: 1,
  medium: 10,
  fast: 100,
  max: Number.POSITIVE_INFINITY,
};

export type WorkerCommand =
  /** Build the data and the network for a run, train it to `config.open.step`, then report `ready`. */
  | { type: 'init'; config: RunConfig; runId: number }
  | { type: 'play' }
  | { type: 'pause' }
  /** Train `count` steps now (while paused), then send a snapshot. */
  | { type: 'step'; count: number }
  | { type: 'speed'; speed: Speed }
  | { type: 'set-optimizer'; optimizer: OptimizerConfig }
  | { type: 'set-schedule'; schedule: ScheduleConfig }
  | { type: 'set-regularization'; regularization: RegularizationConfig }
  /** w⁽ˡ⁾ⱼᵢ ← value (layer 1-based). */
  | { type: 'set-weight'; layer: number; to: number; from: number; value: number }
  | { type: 'set-bias'; layer: number; to: number; value: number }
  | { type: 'focus'; sample: number }
  /** Decision-map resolution (cells per side) for 2-D data, 0 to stop computing maps. */
  | { type: 'map-resolution'; cells: number }
  /** A snapshot buffer handed back after drawing, for reuse. */
  | { type: 'recycle'; buffer: ArrayBuffer }
  /** Stop training to the opening step early. */
  | { type: 'cancel-warmup' }
  /**
   * Perform one step and report every number of it: on the given samples, on one typed-in
   * sample (`custom`), or on the next batch.
   */
  | { type: 'trace'; samples: number[] | null; custom?: CustomSampleRequest }
  | { type: 'gradient-check' }
  /**
   * Compute the loss landscape around the current weights (request `id`; a new one replaces
   * the one in progress): `grid` points per side, on random directions drawn from `seed` or on
   * the recorded path's principal components.
   */
  | { type: 'landscape'; id: number; plane: LandscapePlane; grid: number; seed: number }
  | { type: 'cancel-landscape' }
  /** The network's output for raw values (a drawn digit), without training: answered by 'prediction'. */
  | { type: 'predict'; id: number; raw: number[] }
  /** The raw values of a few samples (image data is not sent with the run): 'sample-images'. */
  | { type: 'sample-images'; set: 'train' | 'test'; indices: number[] };

export type { DataView, HistoryPoint, OutputMap, RunInfo };

/** One layer-statistics point (LAYER_STATS values per layer, layer by layer) at a step. */
export interface LayerStatsPoint {
  step: number;
  stats: Float64Array;
}

export type WorkerEvent =
  | { type: 'ready'; info: RunInfo }
  /** Progress towards a link's opening step, with the gradient-flow points trained since the last report. */
  | { type: 'warmup'; runId: number; done: number; total: number; layers: LayerStatsPoint[] }
  /** The newest state; `snapshot` is a transferred Float64Array buffer laid out by snapshotLayout. */
  | {
      type: 'snapshot';
      runId: number;
      snapshot: ArrayBuffer;
      history: HistoryPoint[];
      map: OutputMap | null;
      /** Each evaluated sample's predicted class, when an evaluation was made since the last snapshot. */
      predictions?: Predictions | null;
      playing: boolean;
    }
  /**
   * Changes took effect once `step` steps were done: made by the user now (`fromLog` false),
   * or replayed from the run's change log (true). For loss-curve markers and the link.
   */
  | {
      type: 'applied';
      runId: number;
      step: number;
      changes: LiveChange[];
      fromLog: boolean;
    }
  | { type: 'diverged'; runId: number; divergence: Divergence }
  | { type: 'trace'; runId: number; trace: StepTrace }
  | { type: 'gradient-check'; runId: number; result: GradientCheck }
  /** The landscape so far (coarse lattice first), finished, or cancelled; `values` is transferred. */
  | { type: 'landscape'; runId: number; progress: LandscapeProgress }
  | { type: 'landscape-refused'; runId: number; reason: LandscapeRefusal }
  /** The answer to 'predict' number `id`: the output z⁽ᴸ⁾ at `step`, or why there is none. */
  | { type: 'prediction'; runId: number; id: number; step: number; outputs: number[] | Message }
  /** Raw values of the asked samples, rawSize each, in the order asked (valid indices only). */
  | {
      type: 'sample-images';
      runId: number;
      set: 'train' | 'test';
      indices: number[];
      raw: Float64Array;
    }
  /**
   * The run could not start or a command failed: its data could not be built or loaded
   * ('data'), the network refuses its settings ('settings'), or a command was bad ('command').
   */
  | {
      type: 'error';
      runId: number;
      message: string;
      text: Message;
      cause: 'data' | 'settings' | 'command';
    }
  /** The run started, but part of its settings could not be used as asked (say which). */
  | { type: 'warning'; runId: number; message: string; texts: Message[] };
