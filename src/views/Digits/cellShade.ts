/**
 * The background of a confusion-matrix cell: its share of the row (the true digit's samples)
 * as the opacity of the sign colours — blue on the diagonal (right), red off it (wrong). Errors
 * are rarer than hits, so their shade is tripled to stay visible.
 */
export function cellShade(count: number, rowTotal: number, diagonal: boolean): string {
  if (rowTotal <= 0 || count <= 0) return 'transparent';
  const share = count / rowTotal;
  const alpha = diagonal ? 0.85 * share : 0.85 * Math.min(1, 3 * share);
  const rgb = diagonal ? '33, 102, 172' : '214, 96, 77';
  return `rgba(${rgb}, ${alpha.toFixed(3)})`;
}
