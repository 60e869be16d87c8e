/**
 * The charts that can be saved as pictures, each found by the accessible name of the panel
 * that holds it (the names the page gives its landmarks, which screen readers rely on too).
 */
export interface ChartEntry {
  /** The panel's aria-label. */
  panel: string;
  /** How the buttons name it: "Download the … as SVG". */
  name: string;
  /** File name stem. */
  file: string;
}

export const CHARTS: readonly ChartEntry[] = [
  { panel: 'Network', name: 'network graph', file: 'network-graph' },
  { panel: 'Output', name: 'output map', file: 'output-map' },
  { panel: 'Loss', name: 'loss curve', file: 'loss-curve' },
  { panel: 'Gradient flow', name: 'gradient-flow charts', file: 'gradient-flow' },
];

/** The panel of a chart within the page that holds `from`. */
export function findPanel(from: Element, entry: ChartEntry): Element | null {
  const page = from.closest('.app') ?? from.ownerDocument;
  return page.querySelector(`[aria-label="${entry.panel}"]`);
}
