/** Placeholder until the view lands. */
export function OutputView() {
  return <div className="panel-empty">OutputView</div>;
}
