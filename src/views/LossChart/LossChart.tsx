/** Placeholder until the view lands. */
export function LossChart() {
  return <div className="panel-empty">LossChart</div>;
}
