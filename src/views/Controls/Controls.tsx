/** Placeholder until the view lands. */
export function Controls() {
  return <div className="panel-empty">Controls</div>;
}
