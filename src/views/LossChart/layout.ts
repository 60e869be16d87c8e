/** Sizes of the loss chart's parts, in pixels. */
export const MARGIN = { top: 30, right: 14, bottom: 24, left: 44 } as const;
/** Two rows of marker labels fit in the top margin. */
export const MARKER_ROW_HEIGHT = 12;
export const LOSS_HEIGHT = 150;
export const ACCURACY_HEIGHT = 60;
export const PANE_GAP = 16;

export interface ChartLayout {
  width: number;
  height: number;
  innerWidth: number;
  lossHeight: number;
  /** 0 when there is no accuracy pane. */
  accuracyHeight: number;
  /** Top of the accuracy pane, relative to the plot origin. */
  accuracyTop: number;
  /** Height from the top of the loss pane to the bottom of the last pane. */
  plotHeight: number;
}

export function chartLayout(width: number, withAccuracy: boolean): ChartLayout {
  const innerWidth = Math.max(40, width - MARGIN.left - MARGIN.right);
  const accuracyHeight = withAccuracy ? ACCURACY_HEIGHT : 0;
  const accuracyTop = LOSS_HEIGHT + PANE_GAP;
  const plotHeight = withAccuracy ? accuracyTop + accuracyHeight : LOSS_HEIGHT;
  return {
    width,
    height: MARGIN.top + plotHeight + MARGIN.bottom,
    innerWidth,
    lossHeight: LOSS_HEIGHT,
    accuracyHeight,
    accuracyTop,
    plotHeight,
  };
}
