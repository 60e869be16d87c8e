import { headerValue, layerBlock } from '../../core/snapshotReader';
import { scaleLinear } from 'd3-scale';
import { useLayoutEffect, useRef } from 'react';
import { HISTOGRAM_BINS } from '../../core/snapshot';
import { live, type LiveRun } from '../../state/live';
import { barsFor, binSymmetric } from './histogramBins';
import { applyBars, setAttr, setText } from './histogramDraw';
import { HISTOGRAM_LABEL_ROWS } from './layout';
import { sci } from './sci';
import { useViewFrame } from '../shared/useViewFrame';
import { useT } from '../shared/useT';

interface GradientHistogramProps {
  layer: number;
  /** Number of weights of the layer (nₗ · nₗ₋₁). */
  weights: number;
  width: number;
  /** Plot height, without the label row. */
  height: number;
}

/**
 * Every ∂C/∂w of a layer's weights at the current step, binned on the page over ±max |∂C/∂w|:
 * the label ±max |∂C/∂w| gives the layer's gradient scale, which is where vanishing shows (one
 * label, at the right end: the histogram is too narrow beside the charts for −m, 0 and m).
 */
export function GradientHistogram({ layer, weights, width, height }: GradientHistogramProps) {
  const t = useT();
  const rects = useRef<(SVGRectElement | null)[]>([]);
  const hiLabel = useRef<SVGTextElement>(null);
  const empty = useRef<SVGTextElement>(null);
  const counts = useRef(new Float64Array(HISTOGRAM_BINS));
  const drawn = useRef<Float64Array | null>(null);
  const svg = useRef<SVGSVGElement>(null);

  const draw = ({ snapshot, layout }: LiveRun, force: boolean): void => {
    if (!force && snapshot === drawn.current) return;
    drawn.current = snapshot;
    const ready = snapshot !== null && layout !== null && headerValue(snapshot, 'step') > 0;
    let m = 0;
    if (ready) {
      const grads = layerBlock(layout, snapshot, 'weightGrads', layer);
      m = binSymmetric(grads, 0, weights, counts.current);
    }
    const x = scaleLinear()
      .domain(m > 0 ? [-m, m] : [-1, 1])
      .range([0, width]);
    const bars = ready ? barsFor({ lo: -m, hi: m, counts: counts.current }, x, height) : null;
    applyBars(rects.current, bars);
    setText(hiLabel.current, ready ? `±${sci(m)}` : '');
    if (empty.current) setAttr(empty.current, 'visibility', ready ? 'hidden' : 'visible');
  };

  useViewFrame(svg, (run) => draw(run, false));
  useLayoutEffect(() => draw(live, true));

  return (
    <svg
      ref={svg}
      className="flow-histogram gradient"
      width={width}
      height={height + HISTOGRAM_LABEL_ROWS}
      role="img"
      aria-label={t('flow.hist.gradientLabel', { layer })}
    >
      {Array.from({ length: HISTOGRAM_BINS }, (_, k) => (
        <rect
          key={k}
          className="bar"
          height={0}
          ref={(el) => {
            rects.current[k] = el;
          }}
        />
      ))}
      <line className="zero-line" x1={width / 2} x2={width / 2} y1={0} y2={height} />
      <line className="baseline" x1={0} x2={width} y1={height} y2={height} />
      <text ref={hiLabel} className="end-label" x={width} y={height + 10} textAnchor="end" />
      <text ref={empty} className="flow-empty" x={width / 2} y={height / 2 + 4} textAnchor="middle">
        {t('flow.hist.noGradient')}
      </text>
    </svg>
  );
}
