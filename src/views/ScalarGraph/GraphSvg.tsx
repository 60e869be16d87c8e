import type { ScalarGraph, ScalarNode } from '../../core/scalarGraph';
import { format } from 'd3-format';
import { formatValue } from '../shared/format';
import {
  LABEL_HEIGHT,
  NODE_H,
  NODE_W,
  type GraphLayout,
  type PlacedEdge,
  type PlacedNode,
} from './layout';
import type { Translate } from '../../core/i18n';
import { ruleWords } from './ruleWords';
import { textWidth } from '../shared/textWidth';
import { useT } from '../shared/useT';
import { edgeKey, type WalkState } from './walk';

const short = format('.3~g');
/** Edge labels stay short: three significant digits (the table below has the full figures). */
function brief(x: number): string {
  return short(x).replace('-', '−');
}

interface GraphSvgProps {
  graph: ScalarGraph;
  layout: GraphLayout;
  walk: WalkState;
  users: number[];
}

function nodeClass(node: ScalarNode, walk: WalkState): string {
  const parts = ['sg-node', node.inputs.length === 0 ? 'sg-leaf' : 'sg-gate'];
  if (walk.current?.node === node.id) parts.push('sg-current');
  else if (walk.walked[node.id]) parts.push('sg-walked');
  return parts.join(' ');
}

/** The rule named on a node: the gate's own once walked, "copy sums" for a value used twice. */
function ruleOf(t: Translate, node: ScalarNode, walk: WalkState, users: number): string | null {
  if (users > 1 && walk.complete[node.id])
    return t('scalar.copySums', { count: walk.pieces[node.id].length });
  if (walk.walked[node.id])
    return walk.current?.node === node.id ? ruleWords(t, walk.current.rule) : ruleShort(t, node);
  return null;
}

function ruleShort(t: Translate, node: ScalarNode): string | null {
  if (node.op === 'add' || node.op === 'sum') return t('scalar.rule.add');
  if (node.op === 'mul') return t('scalar.rule.mul');
  if (node.op === 'max') return t('scalar.rule.max');
  if (node.op === 'min') return t('scalar.rule.min');
  return null;
}

export function GraphSvg({ graph, layout, walk, users }: GraphSvgProps) {
  const t = useT();
  return (
    <svg
      className="sg-svg"
      width={layout.width}
      height={layout.height + 18}
      viewBox={`0 -18 ${layout.width} ${layout.height + 18}`}
      role="img"
      aria-label={t('scalar.graph', { count: graph.nodes.length })}
    >
      <defs>
        <marker
          id="sg-arrow"
          viewBox="0 0 8 8"
          refX="7"
          refY="4"
          markerWidth="7"
          markerHeight="7"
          orient="auto"
        >
          <path d="M0,0 L8,4 L0,8 z" className="sg-arrowhead" />
        </marker>
      </defs>
      {layout.edges.map((e) => (
        <GraphEdge key={edgeKey(e.consumer, e.input)} edge={e} walk={walk} />
      ))}
      {layout.nodes.map((p) => (
        <GraphNode key={p.id} graph={graph} place={p} walk={walk} users={users[p.id]} />
      ))}
      {/* Labels last: no later edge is drawn across one. */}
      {layout.edges.map((e) => (
        <EdgeLabel key={edgeKey(e.consumer, e.input)} graph={graph} edge={e} walk={walk} />
      ))}
    </svg>
  );
}

function edgeClass(edge: PlacedEdge, walk: WalkState): string {
  if (walk.sent.has(edgeKey(edge.consumer, edge.input))) return 'sg-edge sg-sent';
  return walk.walked[edge.consumer] ? 'sg-edge sg-done' : 'sg-edge';
}

/** An edge, drawn as sent or done once its user has been walked. */
function GraphEdge({ edge, walk }: { edge: PlacedEdge; walk: WalkState }) {
  return (
    <g className={edgeClass(edge, walk)}>
      <path
        d={edge.path}
        markerEnd="url(#sg-arrow)"
        data-edge={edgeKey(edge.consumer, edge.input)}
      />
    </g>
  );
}

/** The product an edge carried back, once its user has been walked ("×local = product" while sent). */
function EdgeLabel({
  graph,
  edge: e,
  walk,
}: {
  graph: ScalarGraph;
  edge: PlacedEdge;
  walk: WalkState;
}) {
  const current = walk.current;
  const sent = walk.sent.has(edgeKey(e.consumer, e.input));
  const consumer = graph.nodes[e.consumer];
  const m = consumer.inputs.indexOf(e.input);
  const step = walk.walked[e.consumer] ? graph.steps.find((s) => s.node === e.consumer) : undefined;
  if (!step || graph.nodes[e.input].op === 'const') return null;
  // An input used twice by one gate (x·x) receives both products.
  const product = consumer.inputs.reduce(
    (s, inp, k) => (inp === e.input ? s + step.products[k] : s),
    0,
  );
  const text =
    sent && current && m >= 0
      ? `×${brief(current.locals[m])} = ${brief(product)}`
      : `← ${brief(product)}`;
  // A plate the width of the text (11 px monospace) interrupts the edge.
  const width = textWidth(text, 11, true) + 8;
  return (
    <g className={sent ? 'sg-edge-tag sg-sent' : 'sg-edge-tag'}>
      <rect
        x={e.labelX - width / 2}
        y={e.labelY - LABEL_HEIGHT / 2}
        width={width}
        height={LABEL_HEIGHT}
        rx={4}
        className="sg-edge-plate"
      />
      <text x={e.labelX} y={e.labelY} dy="0.35em" textAnchor="middle" className="sg-edge-label">
        {text}
      </text>
    </g>
  );
}

/** A node: its rule once walked, its label, its value and the gradient it has received. */
function GraphNode({
  graph,
  place,
  walk,
  users,
}: {
  graph: ScalarGraph;
  place: PlacedNode;
  walk: WalkState;
  users: number;
}) {
  const t = useT();
  const node = graph.nodes[place.id];
  const grad = walk.grads[place.id];
  const rule = ruleOf(t, node, walk, users);
  const title =
    grad === null
      ? t('scalar.nodeTitle', { label: node.label, value: node.value })
      : t('scalar.nodeTitleGrad', { label: node.label, value: node.value, gradient: grad });
  return (
    <g
      className={nodeClass(node, walk)}
      transform={`translate(${place.x},${place.y})`}
      data-node={place.id}
      data-op={node.op}
    >
      {rule && (
        <text x={NODE_W / 2} y={-6} textAnchor="middle" className="sg-rule">
          {rule}
        </text>
      )}
      <rect width={NODE_W} height={NODE_H} rx={node.inputs.length === 0 ? 6 : 14} />
      <title>{title}</title>
      <text x={NODE_W / 2} y={18} textAnchor="middle" className="sg-label">
        {node.label}
      </text>
      <text x={NODE_W / 2} y={36} textAnchor="middle" className="sg-value">
        {formatValue(node.value)}
      </text>
      {grad !== null && node.op !== 'const' && (
        <text
          x={NODE_W / 2}
          y={54}
          textAnchor="middle"
          className={`sg-grad${walk.complete[place.id] ? '' : ' sg-partial'}`}
        >
          ∂ {formatValue(grad)}
        </text>
      )}
    </g>
  );
}
