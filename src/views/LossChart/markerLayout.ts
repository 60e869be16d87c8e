import { textWidth } from '../shared/textWidth';

/** A setting-change marker with its label in the page's language. */
export interface LabelledMarker {
  step: number;
  label: string;
}

/** Where a setting-change marker and its label go: `row` −1 hides the label (tooltip only). */
export interface MarkerPlacement {
  x: number;
  row: number;
  /** The label sits left of the line when it would run past the right edge. */
  anchor: 'start' | 'end';
}

/** The marker labels' font size (px). */
const LABEL_PX = 10;

/** The label's rough width in pixels. */
export function labelWidth(label: string): number {
  return textWidth(label, LABEL_PX);
}

const GAP = 6;

/**
 * Places marker labels in up to `rows` rows above the plot, each in the first row where it does
 * not overlap the label before it; a label with no room is hidden (its tooltip still says it).
 */
export function placeMarkers(
  markers: readonly LabelledMarker[],
  x: (step: number) => number,
  width: number,
  rows = 2,
): MarkerPlacement[] {
  const rowEnds = Array.from({ length: rows }, () => -Infinity);
  return markers.map((marker) => {
    const px = x(marker.step);
    const widthOfLabel = labelWidth(marker.label);
    const anchor = px + 3 + widthOfLabel > width ? 'end' : 'start';
    const start = anchor === 'start' ? px + 3 : px - 3 - widthOfLabel;
    const row = rowEnds.findIndex((end) => start > end + GAP);
    if (row >= 0) rowEnds[row] = start + widthOfLabel;
    return { x: px, row, anchor };
  });
}
