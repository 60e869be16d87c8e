import { create } from 'zustand';
import type { OpenAt } from '../../config/types';
import { expressionFacts, parseValueList } from '../../core/scalarGraph';
import { useAppStore } from '../../state/store';

type GraphOpen = Pick<OpenAt, 'graphExpression' | 'graphValues' | 'graphStep'>;

/**
 * The graph view's expression, values and backward position live in the run's `open` settings,
 * so the link carries them (and opens on this view); changing them never restarts the run.
 */
export function setGraphOpen(patch: Partial<GraphOpen>): void {
  useAppStore.setState((s) => ({
    config: { ...s.config, open: { ...s.config.open, ...patch, view: 'graph' } },
  }));
}

/** The values by variable name, from the link's list in order of first appearance. */
export function valuesByName(expression: string, list: string): Record<string, number> {
  const facts = expressionFacts(expression);
  if (!facts.ok) return {};
  const { values } = parseValueList(list, facts.variables.length);
  return Object.fromEntries(facts.variables.map((v, k) => [v, values[k] ?? 0]));
}

/** A new expression keeps the values of the variables it shares with the old one (new ones: 1). */
export function switchExpression(next: string, keep: Record<string, number>): void {
  const facts = expressionFacts(next);
  if (!facts.ok) return;
  const values = facts.variables.map((v) => keep[v] ?? 1);
  setGraphOpen({ graphExpression: next, graphValues: values.join(','), graphStep: 0 });
}

/** Which graph the panel shows, and whether it is open. */
interface PanelState {
  open: boolean;
  mode: 'expression' | 'neuron';
  /** The neuron opened from the network graph (layer 1-based). */
  neuron: { layer: number; index: number } | null;
}

export const usePanelStore = create<PanelState>()(() => ({
  open: false,
  mode: 'expression',
  neuron: null,
}));

/** Opens neuron j of layer l as a scalar graph (from the network graph's selection). */
export function openNeuron(layer: number, index: number): void {
  usePanelStore.setState({ open: true, mode: 'neuron', neuron: { layer, index } });
}
