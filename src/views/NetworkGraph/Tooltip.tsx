import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { live, type LiveRun } from '../../state/live';
import { useLiveFrame } from '../shared/useLiveFrame';
import { useT } from '../shared/useT';
import { describe, exactValue, type Quantity } from './describe';
import type { GraphLayout } from './layout';
import type { GraphShape } from './shape';
import { anchorOf, type Target } from './targets';
import {
  activationAt,
  biasAt,
  biasGradAt,
  deltaAt,
  preActivationAt,
  weightAt,
  weightGradAt,
} from './values';

interface TooltipProps {
  layout: GraphLayout;
  shape: GraphShape;
  target: Target;
}

const WIDTH = 240;

function read(run: LiveRun, t: Target, q: Quantity): number {
  // While the step inspector is open, the values of its current operation.
  const s = run.inspect ?? run.snapshot;
  const lay = run.layout;
  if (!s || !lay) return Number.NaN;
  if (t.kind === 'edge') {
    return q === 'weight'
      ? weightAt(s, lay, t.layer, t.to, t.from)
      : weightGradAt(s, lay, t.layer, t.to, t.from);
  }
  const { layer: l, index: j } = t;
  const norm = lay.norm[l - 1];
  switch (q) {
    case 'gamma':
      return norm ? s[norm.gamma + j] : Number.NaN;
    case 'beta':
      return norm ? s[norm.beta + j] : Number.NaN;
    case 'gammaGrad':
      return norm ? s[norm.gammaGrad + j] : Number.NaN;
    case 'betaGrad':
      return norm ? s[norm.betaGrad + j] : Number.NaN;
    case 'activation':
      return activationAt(s, lay, l, j);
    case 'preActivation':
      return preActivationAt(s, lay, l, j);
    case 'delta':
      return deltaAt(s, lay, l, j);
    case 'bias':
      return biasAt(s, lay, l, j);
    case 'biasGrad':
      return biasGradAt(s, lay, l, j);
    default:
      return Number.NaN;
  }
}

/** Exact values of the hovered neuron or weight, kept current while training. */
export function Tooltip({ layout, shape, target }: TooltipProps) {
  const t = useT();
  const info = useMemo(() => describe(target, shape, t), [target, shape, t]);
  const cells = useRef<(HTMLElement | null)[]>([]);
  const fill = (run: LiveRun): void => {
    info.rows.forEach((row, k) => {
      const el = cells.current[k];
      if (el) el.textContent = exactValue(read(run, target, row.quantity));
    });
  };
  useLiveFrame(fill);
  useEffect(() => fill(live));

  // Its height, measured before it is painted: it is centred on its target but kept whole
  // inside the graph (a neuron at the top no longer pushes its title under the mode buttons).
  const box = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    if (box.current) setHeight(box.current.offsetHeight);
  }, [info]);
  const at = anchorOf(layout, target);
  const flip = at.x + WIDTH + 8 > layout.width;
  const left = flip ? Math.max(0, at.x - WIDTH - (target.kind === 'node' ? 40 : 12)) : at.x + 8;
  const top = Math.max(4, Math.min(layout.height - height - 4, at.y - height / 2));
  return (
    <div ref={box} className="ng-tooltip" role="tooltip" style={{ left, top, width: WIDTH }}>
      <div className="ng-tooltip-title">{info.title}</div>
      <div className="ng-tooltip-sub">{info.subtitle}</div>
      <table>
        <tbody>
          {info.rows.map((row, k) => (
            <tr key={row.quantity}>
              <th scope="row">{row.symbol}</th>
              <td
                className="ng-num"
                ref={(el) => {
                  cells.current[k] = el;
                }}
              />
              <td className="ng-meaning">{row.meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="ng-tooltip-hint">{info.hint}</div>
    </div>
  );
}
