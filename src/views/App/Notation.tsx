/** The lab's notation, said once, with the other common convention beside it. */
export function Notation() {
  return (
    <p className="notation">
      Notation: weighted input <i>a</i> = <i>W z</i> + <i>b</i>, output <i>z</i> = <i>h</i>(<i>a</i>
      ), δ = ∂C/∂<i>a</i>. Many courses swap the letters: <i>z</i> = <i>W a</i> + <i>b</i>, <i>a</i>{' '}
      = σ(<i>z</i>) — same maths.
    </p>
  );
}
