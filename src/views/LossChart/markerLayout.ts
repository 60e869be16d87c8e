import type { Marker } from '../../state/store';

/** Where a setting-change marker and its label go: `row` −1 hides the label (tooltip only). */
export interface MarkerPlacement {
  x: number;
  row: number;
  /** The label sits left of the line when it would run past the right edge. */
  anchor: 'start' | 'end';
}

/** Rough width of a label character at the marker font size, for spacing labels apart. */
const CHAR_WIDTH = 6;
const GAP = 6;

/**
 * Places marker labels in up to `rows` rows above the plot, each in the first row where it does
 * not overlap the label before it; a label with no room is hidden (its tooltip still says it).
 */
export function placeMarkers(
  markers: readonly Marker[],
  x: (step: number) => number,
  width: number,
  rows = 2,
): MarkerPlacement[] {
  const rowEnds = Array.from({ length: rows }, () => -Infinity);
  return markers.map((marker) => {
    const px = x(marker.step);
    const labelWidth = marker.what.length * CHAR_WIDTH;
    const anchor = px + 3 + labelWidth > width ? 'end' : 'start';
    const start = anchor === 'start' ? px + 3 : px - 3 - labelWidth;
    const row = rowEnds.findIndex((end) => start > end + GAP);
    if (row >= 0) rowEnds[row] = start + labelWidth;
    return { x: px, row, anchor };
  });
}
