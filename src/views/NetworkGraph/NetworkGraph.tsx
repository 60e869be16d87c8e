/** Placeholder until the view lands. */
export function NetworkGraph() {
  return <div className="panel-empty">NetworkGraph</div>;
}
