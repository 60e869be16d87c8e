import { useEffect, useMemo, useRef, useState } from 'react';
import type { TraceOp } from '../../core/trace';
import type { InspectContext } from './context';
import type { OpFocus } from './focus';
import { opFormula, type TermsTable } from './formulas';
import { NeuronPicker } from './NeuronPicker';
import { opScope, opTitle } from './opLabels';
import { plainNum } from './tex';
import { Tex } from './Tex';
import { ValuesTables } from './ValuesTables';
import { useT } from '../shared/useT';

/** The current operation: what it is, its formula with the numbers, and its values on demand. */
export function OpDetail({ ctx, op, focus }: { ctx: InspectContext; op: TraceOp; focus: OpFocus }) {
  const { trace } = ctx;
  const t = useT();
  const formula = useMemo(() => opFormula(ctx, op, focus), [ctx, op, focus]);
  // A new operation starts at its heading (the detail scrolls on its own when docked).
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.scrollTop = 0;
  }, [op]);
  return (
    <article ref={ref} className="si-detail" aria-label={t('inspector.detail.label')}>
      <header className="si-detail-head">
        <h3>{opTitle(op, trace, t)}</h3>
        <span className="si-scope">{opScope(op, trace, t)}</span>
      </header>
      <p className="si-explain">{formula.explain}</p>
      <NeuronPicker op={op} focus={focus} sizes={trace.sizes} />
      <div className="si-formulas">
        {formula.lines.map((line, k) => (
          <div key={k} className="si-line">
            <div className="si-math">
              <Tex tex={line.tex} />
            </div>
            {/* Always a caption cell: the lines are rows of one grid. */}
            <div className="si-caption">{line.caption ?? ''}</div>
          </div>
        ))}
      </div>
      {formula.result && (
        <p className="si-result" data-testid="op-result">
          {formula.result.symbol} = <output>{plainNum(formula.result.value)}</output>
        </p>
      )}
      {formula.terms && <Terms terms={formula.terms} />}
      {formula.notes.length > 0 && (
        <ul className="si-notes">
          {formula.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <AllValues ctx={ctx} op={op} focus={focus} />
    </article>
  );
}

/** "Show all values": the tables are only computed while open. */
function AllValues({ ctx, op, focus }: { ctx: InspectContext; op: TraceOp; focus: OpFocus }) {
  const [open, setOpen] = useState(false);
  const t = useT();
  return (
    <details className="si-all" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('inspector.detail.allValues')}</summary>
      {open && <ValuesTables ctx={ctx} op={op} focus={focus} />}
    </details>
  );
}

function Terms({ terms }: { terms: TermsTable }) {
  const t = useT();
  return (
    <figure className="si-table si-terms">
      <figcaption>{terms.caption}</figcaption>
      <div className="si-table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('inspector.detail.sampleColumn')}</th>
              {terms.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {terms.rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                {r.values.map((v, k) => (
                  <td key={k}>{plainNum(v)}</td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{terms.total.label}</th>
              {terms.total.values.map((v, k) => (
                <td key={k}>{v === null ? '' : plainNum(v)}</td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </figure>
  );
}
