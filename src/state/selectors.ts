/**
 * The store's selectors, each defined once here so a component's subscription is a stable
 * function and every view reads a slice the same way (zustand re-renders a component only when
 * its selector's result changes).
 */
import type { AppState } from './store';

export const selectConfig = (s: AppState) => s.config;
export const selectSeed = (s: AppState) => s.config.seed;
export const selectDataConfig = (s: AppState) => s.config.data;
export const selectHasInitialParams = (s: AppState) => s.config.initialParams !== null;

export const selectPlaying = (s: AppState) => s.playing;
export const selectSpeed = (s: AppState) => s.speed;
export const selectStatus = (s: AppState) => s.status;
export const selectWarmup = (s: AppState) => s.warmup;
export const selectInfo = (s: AppState) => s.info;
export const selectReady = (s: AppState) => s.info !== null;
export const selectDataView = (s: AppState) => s.info?.data ?? null;
export const selectLoss = (s: AppState) => s.info?.loss ?? '';
export const selectBatchSize = (s: AppState) => s.info?.batchSize ?? 0;
export const selectTrainCount = (s: AppState) => s.info?.data.train.count ?? 0;
export const selectStepsPerEpoch = (s: AppState) => s.info?.stepsPerEpoch ?? null;

export const selectFocusSample = (s: AppState) => s.focusSample;
export const selectView = (s: AppState) => s.view;
export const selectShowTestData = (s: AppState) => s.showTestData;
export const selectGraphMode = (s: AppState) => s.graphMode;

export const selectNotices = (s: AppState) => s.notices;
export const selectTrace = (s: AppState) => s.trace;
export const selectInspecting = (s: AppState) => s.trace !== null;
export const selectTracePending = (s: AppState) => s.tracePending;
export const selectHighlight = (s: AppState) => s.highlight;
