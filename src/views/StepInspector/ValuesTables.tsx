import { useMemo } from 'react';
import type { TraceOp } from '../../core/trace';
import type { InspectContext } from './context';
import type { OpFocus } from './focus';
import { opTables, type ValueTable } from './opTables';
import { plainNum } from './tex';

/** At most this many rows and columns of a table are drawn (784 × 64 stays responsive). */
export const MAX_ROWS = 64;
export const MAX_COLS = 40;

/** The operation's vectors and matrices in full (up to the caps), computed when opened. */
export function ValuesTables({
  ctx,
  op,
  focus,
}: {
  ctx: InspectContext;
  op: TraceOp;
  focus: OpFocus;
}) {
  const tables = useMemo(() => opTables(ctx, op, focus), [ctx, op, focus]);
  return (
    <div className="si-values">
      {tables.map((t) => (
        <TableView key={t.title} table={t} />
      ))}
    </div>
  );
}

function TableView({ table: t }: { table: ValueTable }) {
  const rows = Math.min(t.rowLabels.length, MAX_ROWS);
  const cols = Math.min(t.colLabels.length, MAX_COLS);
  const cut = rows < t.rowLabels.length || cols < t.colLabels.length;
  return (
    <figure className="si-table">
      <figcaption>
        {t.title}
        {cut && (
          <span className="si-cut">
            {' '}
            (first {rows} × {cols} of {t.rowLabels.length} × {t.colLabels.length})
          </span>
        )}
      </figcaption>
      <div className="si-table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t.corner}</th>
              {t.colLabels.slice(0, cols).map((c, k) => (
                <th key={k} scope="col" className={k === t.focusCol ? 'focus' : undefined}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {t.rowLabels.slice(0, rows).map((label, r) => (
              <tr key={r} className={r === t.focusRow ? 'focus' : undefined}>
                <th scope="row">{label}</th>
                {Array.from({ length: cols }, (_, c) => {
                  const v = t.cell(r, c);
                  return (
                    <td
                      key={c}
                      className={
                        (c === t.focusCol ? 'focus ' : '') + (v < 0 ? 'neg' : v > 0 ? 'pos' : '')
                      }
                    >
                      {plainNum(v)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
