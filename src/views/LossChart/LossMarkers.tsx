import type { RefObject } from 'react';
import { formatCount } from '../shared/format';
import { MARGIN, MARKER_ROW_HEIGHT } from './layout';
import { placeMarkers, type LabelledMarker } from './markerLayout';
import { useT } from '../shared/useT';

/**
 * Vertical lines where a setting changed (e.g. "η=0.1"), across both panes, each labelled above
 * the plot and explained in a tooltip. Positioned by `moveMarkers` once a frame, as the step
 * axis grows.
 */
export function LossMarkers({
  markers,
  plotHeight,
  elementsRef,
}: {
  markers: readonly LabelledMarker[];
  plotHeight: number;
  elementsRef: RefObject<(SVGGElement | null)[]>;
}) {
  const t = useT();
  return (
    <g>
      {markers.map((m, i) => (
        <g
          key={`${i}:${m.step}`}
          className="loss-marker"
          visibility="hidden"
          ref={(el) => {
            elementsRef.current[i] = el;
          }}
        >
          <title>{t('loss.marker', { step: formatCount(m.step), change: m.label })}</title>
          <line y1={-MARGIN.top + 12} y2={plotHeight} />
          <line className="hit" y1={-MARGIN.top + 2} y2={plotHeight} />
          <text>{m.label}</text>
        </g>
      ))}
    </g>
  );
}

/** Puts each marker at its step and its label in a free row (hidden when there is none). */
export function moveMarkers(
  elements: (SVGGElement | null)[],
  markers: readonly LabelledMarker[],
  x: (step: number) => number,
  width: number,
): void {
  elements.length = markers.length;
  placeMarkers(markers, x, width).forEach((place, i) => {
    const g = elements[i];
    if (!g) return;
    g.setAttribute('transform', `translate(${place.x},0)`);
    g.setAttribute('visibility', 'visible');
    // A marker past the plotted steps (the chart not redrawn since, e.g. while scrolled out of
    // sight) is left out, rather than standing outside the chart and widening the page.
    if (place.x >= 0 && place.x <= width) g.removeAttribute('display');
    else g.setAttribute('display', 'none');
    const label = g.querySelector('text');
    if (!label) return;
    label.setAttribute('visibility', place.row < 0 ? 'hidden' : 'visible');
    label.setAttribute('x', String(place.anchor === 'start' ? 3 : -3));
    label.setAttribute('text-anchor', place.anchor);
    const row = Math.max(0, place.row);
    label.setAttribute('y', String(-MARGIN.top + 10 + row * MARKER_ROW_HEIGHT));
  });
}
