import type { PlainKey } from '../shared/useT';

/**
 * The charts that can be saved as pictures, each found by the class of the panel that holds
 * it (not by its accessible name, which changes with the interface language).
 */
export interface ChartEntry {
  /** The panel's class on the page (layout.css places the panels by it too). */
  panel: string;
  /** How the buttons and messages name it ("the network graph"). */
  name: PlainKey;
  /** The row's heading ("Network graph"). */
  label: PlainKey;
  /** File name stem. */
  file: string;
}

export const CHARTS: readonly ChartEntry[] = [
  {
    panel: 'graph-panel',
    name: 'exports.chart.graph',
    label: 'exports.chart.graphLabel',
    file: 'network-graph',
  },
  {
    panel: 'output-panel',
    name: 'exports.chart.output',
    label: 'exports.chart.outputLabel',
    file: 'output-map',
  },
  {
    panel: 'loss-panel',
    name: 'exports.chart.loss',
    label: 'exports.chart.lossLabel',
    file: 'loss-curve',
  },
  {
    panel: 'flow-panel',
    name: 'exports.chart.flow',
    label: 'exports.chart.flowLabel',
    file: 'gradient-flow',
  },
];

/** The panel of a chart within the page that holds `from`. */
export function findPanel(from: Element, entry: ChartEntry): Element | null {
  const page = from.closest('.app') ?? from.ownerDocument;
  return page.querySelector(`.${entry.panel}`);
}
