import { headerValue, layerStat } from '../../core/snapshotReader';
import { scaleLinear } from 'd3-scale';
import { useLayoutEffect, useRef } from 'react';
import { HISTOGRAM_BINS } from '../../core/snapshot';
import { live, type LiveRun } from '../../state/live';
import {
  activationBins,
  activationDomain,
  barsFor,
  saturationZones,
  type Binned,
} from './histogramBins';
import { applyBars, setAttr, setText } from './histogramDraw';
import { unitKind } from './layerMetrics';
import { short } from './sci';
import { useViewFrame } from './useViewFrame';

const LABEL_ROW = 12;

interface ActivationHistogramProps {
  layer: number;
  activation: string;
  width: number;
  /** Plot height, without the label row. */
  height: number;
}

/**
 * The activations z⁽ˡ⁾ of a layer over the last batch, over the activation's whole range when it
 * is bounded, with its saturated tails shaded (sigmoid, tanh) or its zero marked (ReLU).
 */
export function ActivationHistogram({
  layer,
  activation,
  width,
  height,
}: ActivationHistogramProps) {
  const rects = useRef<(SVGRectElement | null)[]>([]);
  const zeroLine = useRef<SVGLineElement>(null);
  const loLabel = useRef<SVGTextElement>(null);
  const hiLabel = useRef<SVGTextElement>(null);
  const readout = useRef<SVGTextElement>(null);
  const empty = useRef<SVGTextElement>(null);
  const drawn = useRef<Float64Array | null>(null);
  const svg = useRef<SVGSVGElement>(null);
  const zones = saturationZones(activation);
  const fixedDomain = activationDomain(activation, null);
  const fixedX = scaleLinear().domain(fixedDomain).range([0, width]);
  const kind = unitKind(activation);

  const draw = ({ snapshot, layout }: LiveRun, force: boolean): void => {
    if (!force && snapshot === drawn.current) return;
    drawn.current = snapshot;
    const bins: Binned | null =
      snapshot && layout && headerValue(snapshot, 'step') > 0
        ? activationBins(layout, snapshot, layer)
        : null;
    const domain = activationDomain(activation, bins);
    const x = scaleLinear().domain(domain).range([0, width]);
    const bars = bins ? barsFor(bins, x, height) : null;
    const binWidth = bins ? (bins.hi - bins.lo) / HISTOGRAM_BINS : 0;
    // A bin is marked when it reaches into a saturated tail.
    const inZone = (k: number): boolean => {
      if (!bins) return false;
      const from = bins.lo + k * binWidth;
      const to = from + binWidth;
      return zones.some(([a, b]) => to >= a && from <= b);
    };
    applyBars(rects.current, bars, inZone);
    if (zeroLine.current) {
      setAttr(zeroLine.current, 'x1', x(0).toFixed(1));
      setAttr(zeroLine.current, 'x2', x(0).toFixed(1));
    }
    setText(loLabel.current, short(domain[0]));
    setText(hiLabel.current, short(domain[1]));
    if (empty.current) setAttr(empty.current, 'visibility', bins ? 'hidden' : 'visible');
    let text = '';
    if (snapshot && layout && bins) {
      text = `sd ${short(layerStat(layout, snapshot, layer, 'activationStd'))}`;
      if (kind) {
        const stat = kind === 'dead' ? 'deadFraction' : 'saturatedFraction';
        const share = layerStat(layout, snapshot, layer, stat);
        text += ` · ${Math.round(share * 100)}% ${kind === 'dead' ? 'dead' : 'sat.'}`;
      }
    }
    setText(readout.current, text);
  };

  useViewFrame(svg, (run) => draw(run, false));
  useLayoutEffect(() => draw(live, true));

  return (
    <svg
      ref={svg}
      className="flow-histogram activation"
      width={width}
      height={height + LABEL_ROW}
      role="img"
      aria-label={`Histogram of layer ${layer}'s activations over the last batch`}
    >
      {zones.map(([a, b]) => {
        const x0 = fixedX(a);
        const w = Math.max(3, fixedX(b) - x0);
        return (
          <rect
            key={a}
            className="saturation-zone"
            x={a === fixedDomain[0] ? x0 : fixedX(b) - w}
            width={w}
            y={0}
            height={height}
          >
            <title>saturated: h′ is nearly 0 here</title>
          </rect>
        );
      })}
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
      <line
        className={activation === 'relu' ? 'zero-line relu' : 'zero-line'}
        ref={zeroLine}
        y1={0}
        y2={height}
      />
      <line className="baseline" x1={0} x2={width} y1={height} y2={height} />
      <text ref={loLabel} className="end-label" x={0} y={height + 10} />
      <text ref={readout} className="readout" x={width / 2} y={height + 10} textAnchor="middle" />
      <text ref={hiLabel} className="end-label" x={width} y={height + 10} textAnchor="end" />
      <text ref={empty} className="flow-empty" x={width / 2} y={height / 2 + 4} textAnchor="middle">
        no batch yet
      </text>
    </svg>
  );
}
