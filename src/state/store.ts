import { create, type StateCreator } from 'zustand';
import type { Message } from '../core/i18n/message';
import { defaultConfig } from '../config/defaults';
import type { Problem } from '../config/problems';
import type { RunConfig, ViewName } from '../config/types';
import type { GradientCheck, RunInfo } from '../core/runInfo';
import type { Divergence } from '../core/trace';
import type { Speed } from '../worker/protocol';
import type { StepTrace } from './runTypes';

export type { Speed };
import type { Highlight } from './highlight';

/**
 * The page's state in slices. Only what changes the page's STRUCTURE lives here (settings,
 * play state, selection, messages); the numbers that change every step live in `live.ts`.
 */

/** A notice shown above the page: link problems, divergence, worker trouble. */
export interface Notice {
  id: number;
  tone: 'info' | 'warning' | 'error';
  /** Kept as messages, not words: the page says them in its language, also after a switch. */
  title: Message;
  lines: Message[];
}

/** A setting changed at a step, drawn as a marker on the loss curve. */
export interface Marker {
  step: number;
  /** What changed, worded by the chart in the page's language when it draws the marker. */
  what: Message;
}

export interface ConfigSlice {
  /** The settings the controls show (the current ones). */
  config: RunConfig;
  /** Bumped when a new run starts (structural change, reset, link): views rebuild. */
  runId: number;
}

export interface TransportSlice {
  playing: boolean;
  speed: Speed;
  status: 'starting' | 'warming-up' | 'ready' | 'diverged' | 'failed';
  warmup: { done: number; total: number } | null;
  info: RunInfo | null;
  divergence: Divergence | null;
}

export interface SelectionSlice {
  focusSample: number;
  selectedNode: { layer: number; index: number } | null;
  selectedEdge: { layer: number; to: number; from: number } | null;
  view: ViewName;
  showTestData: boolean;
  lossScale: 'linear' | 'log';
  /** 'delta-w': edges show the change Δw of the inspected step (step inspector only). */
  graphMode: 'forward' | 'backward' | 'delta-w';
}

export interface MetricsSlice {
  markers: Marker[];
  notices: Notice[];
  trace: StepTrace | null;
  gradientCheck: GradientCheck | null;
  /** The step inspector: the operation of `trace` on show, and whether a trace was asked for. */
  inspectOp: number;
  tracePending: boolean;
  /** What the inspector's operation reads and writes, drawn on the graph (null: nothing dimmed). */
  highlight: Highlight | null;
}

export type AppState = ConfigSlice & TransportSlice & SelectionSlice & MetricsSlice;

const configSlice: StateCreator<AppState, [], [], ConfigSlice> = () => ({
  config: defaultConfig(),
  runId: 0,
});

const transportSlice: StateCreator<AppState, [], [], TransportSlice> = () => ({
  playing: false,
  // One step a frame: a first-time learner sees the loss fall and the map take shape.
  speed: 'slow',
  status: 'starting',
  warmup: null,
  info: null,
  divergence: null,
});

const selectionSlice: StateCreator<AppState, [], [], SelectionSlice> = () => ({
  focusSample: 0,
  selectedNode: null,
  selectedEdge: null,
  view: 'network',
  showTestData: false,
  lossScale: 'log',
  graphMode: 'forward',
});

const metricsSlice: StateCreator<AppState, [], [], MetricsSlice> = () => ({
  markers: [],
  notices: [],
  trace: null,
  gradientCheck: null,
  inspectOp: 0,
  tracePending: false,
  highlight: null,
});

export const useAppStore = create<AppState>()((...a) => ({
  ...configSlice(...a),
  ...transportSlice(...a),
  ...selectionSlice(...a),
  ...metricsSlice(...a),
}));

/** The store's first state, for resetting between tests. */
export const initialAppState: AppState = useAppStore.getState();

let noticeId = 0;
export function nextNoticeId(): number {
  return ++noticeId;
}

/** Adds a notice, replacing an earlier one of the same kind. */
export function pushNotice(notice: Omit<Notice, 'id'>): void {
  useAppStore.setState((s) => ({
    notices: [
      ...s.notices.filter((n) => n.title.key !== notice.title.key),
      { ...notice, id: nextNoticeId() },
    ],
  }));
}

export function dismissNotice(id: number): void {
  useAppStore.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}

export type { Problem };
