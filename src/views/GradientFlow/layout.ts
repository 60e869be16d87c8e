/** Sizes of the gradient-flow view's parts, in pixels. */
export const FLOW_MARGIN = { top: 8, right: 12, bottom: 22, left: 46 } as const;
/** Plot heights of the mean-|gradient| chart and of the two smaller charts below it. */
export const GRADIENT_CHART_HEIGHT = 170;
export const SMALL_CHART_HEIGHT = 100;
/** Gap between the two small charts. */
export const SMALL_CHART_GAP = 16;
/**
 * Two label rows under each histogram: the range's ends, then the activations' read-out (a row
 * of its own: a histogram is 80-odd px wide beside the charts, where all three ran together).
 */
export const HISTOGRAM_LABEL_ROWS = 24;
/** The width of the layer-name column beside the histograms. */
export const HISTOGRAM_LABEL_WIDTH = 78;
/** Room for the histogram rows, about the height of the charts beside them. */
const HISTOGRAMS_HEIGHT = 400;

/** A histogram's plot height: the rows share the room, each 30 to 64 px tall. */
export function histogramHeight(depth: number): number {
  return Math.max(30, Math.min(64, Math.floor(HISTOGRAMS_HEIGHT / Math.max(1, depth)) - 20));
}

/** The plot-area width of a chart `width` wide, after the margins. */
export function innerWidthOf(width: number): number {
  return Math.max(40, width - FLOW_MARGIN.left - FLOW_MARGIN.right);
}
