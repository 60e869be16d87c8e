import type { ScalarGraph, ScalarNode } from '../../core/scalarGraph';
import { format } from 'd3-format';
import { formatValue } from '../shared/format';
import { NODE_H, NODE_W, type GraphLayout } from './layout';
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
function ruleOf(node: ScalarNode, walk: WalkState, users: number): string | null {
  if (users > 1 && walk.complete[node.id]) return `copy sums ${walk.pieces[node.id].length}`;
  if (walk.walked[node.id])
    return walk.current?.node === node.id ? walk.current.rule : ruleShort(node);
  return null;
}

function ruleShort(node: ScalarNode): string | null {
  if (node.op === 'add' || node.op === 'sum') return 'add distributes';
  if (node.op === 'mul') return 'multiply swaps';
  if (node.op === 'max' || node.op === 'min') return `${node.op} routes`;
  return null;
}

export function GraphSvg({ graph, layout, walk, users }: GraphSvgProps) {
  const current = walk.current;
  return (
    <svg
      className="sg-svg"
      width={layout.width}
      height={layout.height + 18}
      viewBox={`0 -18 ${layout.width} ${layout.height + 18}`}
      role="img"
      aria-label={`Computational graph with ${graph.nodes.length} nodes`}
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
      {layout.edges.map((e) => {
        const sent = walk.sent.has(edgeKey(e.consumer, e.input));
        const done = walk.walked[e.consumer];
        const consumer = graph.nodes[e.consumer];
        const m = consumer.inputs.indexOf(e.input);
        const step = done ? graph.steps.find((s) => s.node === e.consumer) : undefined;
        // An input used twice by one gate (x·x) receives both products.
        const product = step
          ? consumer.inputs.reduce((s, inp, k) => (inp === e.input ? s + step.products[k] : s), 0)
          : null;
        return (
          <g
            key={edgeKey(e.consumer, e.input)}
            className={`sg-edge${sent ? ' sg-sent' : done ? ' sg-done' : ''}`}
          >
            <path d={e.path} markerEnd="url(#sg-arrow)" data-edge={edgeKey(e.consumer, e.input)} />
            {product !== null && graph.nodes[e.input].op !== 'const' && (
              <text x={e.labelX} y={e.labelY} textAnchor="end" className="sg-edge-label">
                {sent && current && m >= 0
                  ? `×${brief(current.locals[m])} = ${brief(product)}`
                  : `← ${brief(product)}`}
              </text>
            )}
          </g>
        );
      })}
      {layout.nodes.map((p) => {
        const node = graph.nodes[p.id];
        const grad = walk.grads[p.id];
        const rule = ruleOf(node, walk, users[p.id]);
        return (
          <g
            key={p.id}
            className={nodeClass(node, walk)}
            transform={`translate(${p.x},${p.y})`}
            data-node={p.id}
            data-op={node.op}
          >
            {rule && (
              <text x={NODE_W / 2} y={-6} textAnchor="middle" className="sg-rule">
                {rule}
              </text>
            )}
            <rect width={NODE_W} height={NODE_H} rx={node.inputs.length === 0 ? 6 : 14} />
            <title>{`${node.label}: value ${node.value}${grad === null ? '' : `, ∂f/∂ = ${grad}`}`}</title>
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
                className={`sg-grad${walk.complete[p.id] ? '' : ' sg-partial'}`}
              >
                ∂ {formatValue(grad)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
