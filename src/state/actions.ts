/**
 * The page's named actions on the store: views call these, never `setState`, so every way
 * the state can change is listed in one place and can be found by name.
 */
import type { Highlight } from './highlight';
import { useAppStore, type AppState } from './store';

type Node = NonNullable<AppState['selectedNode']>;
type Edge = NonNullable<AppState['selectedEdge']>;

export function setLossScale(lossScale: AppState['lossScale']): void {
  useAppStore.setState({ lossScale });
}

export function setShowTestData(showTestData: boolean): void {
  useAppStore.setState({ showTestData });
}

export function setGraphMode(graphMode: AppState['graphMode']): void {
  useAppStore.setState({ graphMode });
}

export function setHighlight(highlight: Highlight | null): void {
  useAppStore.setState({ highlight });
}

/** Forgets the last gradient check (a new one was asked for). */
export function clearGradientCheck(): void {
  useAppStore.setState({ gradientCheck: null });
}

/** Selects a neuron, or clears the selection when it is the one already selected. */
export function toggleNode(layer: number, index: number): void {
  const now = useAppStore.getState().selectedNode;
  const same = now?.layer === layer && now.index === index;
  useAppStore.setState({ selectedNode: same ? null : { layer, index } });
}

export function selectEdge(edge: Edge): void {
  useAppStore.setState({ selectedEdge: edge });
}

/** Selects a neuron; a selected edge into the same layer follows it to the new neuron. */
export function selectNeuron(node: Node): void {
  useAppStore.setState((s) => ({
    selectedNode: node,
    selectedEdge:
      s.selectedEdge?.layer === node.layer ? { ...s.selectedEdge, to: node.index } : s.selectedEdge,
  }));
}
