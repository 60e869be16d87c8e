import { headerValue, layerStat } from '../../core/snapshotReader';
import { scaleLinear } from 'd3-scale';
import { useLayoutEffect, useRef } from 'react';
import { HISTOGRAM_BINS, type SnapshotLayout } from '../../core/snapshot';
import type { Translate } from '../../core/i18n';
import { live, type LiveRun } from '../../state/live';
import {
  activationBins,
  activationDomain,
  barsFor,
  saturationZones,
  type Binned,
} from './histogramBins';
import { applyBars, setAttr, setText } from './histogramDraw';
import { HISTOGRAM_LABEL_ROWS } from './layout';
import { unitKind } from './layerMetrics';
import { short } from './sci';
import { useViewFrame } from '../shared/useViewFrame';
import { useT } from '../shared/useT';

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
export function ActivationHistogram(props: ActivationHistogramProps) {
  const { layer, activation, width, height } = props;
  const t = useT();
  const { svgRef, rectsRef, zeroLineRef, loLabelRef, hiLabelRef, readoutRef, emptyRef } =
    useActivationDrawing(props);
  return (
    <svg
      ref={svgRef}
      className="flow-histogram activation"
      width={width}
      height={height + HISTOGRAM_LABEL_ROWS}
      role="img"
      aria-label={t('flow.hist.activationLabel', { layer })}
    >
      <SaturationZones activation={activation} width={width} height={height} />
      {Array.from({ length: HISTOGRAM_BINS }, (_, k) => (
        <rect
          key={k}
          className="bar"
          height={0}
          ref={(el) => {
            rectsRef.current[k] = el;
          }}
        />
      ))}
      <line
        className={activation === 'relu' ? 'zero-line relu' : 'zero-line'}
        ref={zeroLineRef}
        y1={0}
        y2={height}
      />
      <line className="baseline" x1={0} x2={width} y1={height} y2={height} />
      <text ref={loLabelRef} className="end-label" x={0} y={height + 10} />
      <text
        ref={readoutRef}
        className="readout"
        x={width / 2}
        y={height + 22}
        textAnchor="middle"
      />
      <text ref={hiLabelRef} className="end-label" x={width} y={height + 10} textAnchor="end" />
      <text
        ref={emptyRef}
        className="flow-empty"
        x={width / 2}
        y={height / 2 + 4}
        textAnchor="middle"
      >
        {t('flow.hist.noBatch')}
      </text>
    </svg>
  );
}

/** The activation's flat tails, shaded over its fixed range (none for unbounded ones). */
function SaturationZones({
  activation,
  width,
  height,
}: {
  activation: string;
  width: number;
  height: number;
}) {
  const t = useT();
  const fixedDomain = activationDomain(activation, null);
  const fixedX = scaleLinear().domain(fixedDomain).range([0, width]);
  return saturationZones(activation).map(([a, b]) => {
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
        <title>{t('flow.hist.saturated')}</title>
      </rect>
    );
  });
}

/** Writes the newest snapshot's histogram, end labels and read-out into the elements. */
function useActivationDrawing({ layer, activation, width, height }: ActivationHistogramProps) {
  const t = useT();
  const svgRef = useRef<SVGSVGElement>(null);
  const refs = {
    rectsRef: useRef<(SVGRectElement | null)[]>([]),
    zeroLineRef: useRef<SVGLineElement>(null),
    loLabelRef: useRef<SVGTextElement>(null),
    hiLabelRef: useRef<SVGTextElement>(null),
    readoutRef: useRef<SVGTextElement>(null),
    emptyRef: useRef<SVGTextElement>(null),
  };
  const drawn = useRef<Float64Array | null>(null);
  const zones = saturationZones(activation);

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
    applyBars(refs.rectsRef.current, bars, inZone);
    const zeroLine = refs.zeroLineRef.current;
    if (zeroLine) {
      setAttr(zeroLine, 'x1', x(0).toFixed(1));
      setAttr(zeroLine, 'x2', x(0).toFixed(1));
    }
    setText(refs.loLabelRef.current, short(domain[0]));
    setText(refs.hiLabelRef.current, short(domain[1]));
    if (refs.emptyRef.current)
      setAttr(refs.emptyRef.current, 'visibility', bins ? 'hidden' : 'visible');
    const text =
      snapshot && layout && bins ? readoutText(t, snapshot, layout, layer, activation) : '';
    setText(refs.readoutRef.current, text);
  };

  useViewFrame(svgRef, (run) => draw(run, false));
  useLayoutEffect(() => draw(live, true));
  return { svgRef, ...refs };
}

/** "sd 0.41 · 12% dead": the spread of z⁽ˡ⁾ and, where the activation has one, its unit health. */
export function readoutText(
  t: Translate,
  snapshot: Float64Array,
  layout: SnapshotLayout,
  layer: number,
  activation: string,
): string {
  const sd = short(layerStat(layout, snapshot, layer, 'activationStd'));
  const kind = unitKind(activation);
  if (!kind) return t('flow.hist.sd', { sd });
  const stat = kind === 'dead' ? 'deadFraction' : 'saturatedFraction';
  const share = Math.round(layerStat(layout, snapshot, layer, stat) * 100);
  return t(kind === 'dead' ? 'flow.hist.sdDead' : 'flow.hist.sdSaturated', { sd, share });
}
