import type {
  DataConfig,
  InitConfig,
  InitialParams,
  LayerConfig,
  LossName,
  OpenAt,
  OptimizerConfig,
  OutputLayerConfig,
  RegularizationConfig,
  ScheduleConfig,
  ViewName,
} from '../config/types';
import type { RaceConfig } from '../config/race';
import type { enLandscape } from '../core/i18n/en/landscape';

/**
 * A lesson run, written as what differs from `defaultConfig()`. Sections merge field by field;
 * lists (hidden layers, features) and explicit initial parameters replace the default whole.
 */
export interface ConfigPatch {
  seed?: number;
  data?: Partial<DataConfig>;
  network?: {
    hidden?: LayerConfig[];
    output?: Partial<OutputLayerConfig>;
    loss?: LossName;
    init?: Partial<InitConfig>;
    leakySlope?: number;
    eluAlpha?: number;
  };
  training?: {
    optimizer?: Partial<OptimizerConfig>;
    schedule?: Partial<ScheduleConfig>;
    batchSize?: number;
    regularization?: Partial<RegularizationConfig>;
  };
  initialParams?: InitialParams;
  open?: Partial<OpenAt>;
}

/** One run of a lesson, shown as a button ("No hidden layer", "One hidden layer" …). */
export interface LessonVariant {
  /** Stable id, unique within its lesson (used by tests and to recognise an opened link). */
  id: string;
  label: string;
  patch: ConfigPatch;
  /**
   * A race of optimizers on a 2-D surface that goes with this variant: its link carries the
   * race, the page shows the race panel, and `watch` (a key of the landscape catalogue) says in
   * one sentence what to watch in it.
   */
  race?: {
    config: RaceConfig;
    watch: Extract<keyof typeof enLandscape, `landscape.lesson.${string}`>;
  };
}

export interface Lesson {
  /** Stable id, e.g. 'xor'. */
  id: string;
  title: string;
  /** One line for the menu. */
  summary: string;
  /** The idea, 2–5 sentences in the course notation. */
  text: string;
  /** Where to look: which view, which number. */
  lookAt: string;
  /** The view the lesson's point is seen in (every variant opens there). */
  view: ViewName;
  variants: LessonVariant[];
  /** What must be true for the lesson to make its point; tests/unit/lessons.test.ts checks it. */
  verify: string;
}
