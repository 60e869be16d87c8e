import { useT } from '../shared/useT';
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

function TableView({ table }: { table: ValueTable }) {
  const t = useT();
  const rows = Math.min(table.rowLabels.length, MAX_ROWS);
  const cols = Math.min(table.colLabels.length, MAX_COLS);
  const cut = rows < table.rowLabels.length || cols < table.colLabels.length;
  return (
    <figure className="si-table">
      <figcaption>
        {table.title}
        {cut && (
          <span className="si-cut">
            {' '}
            {t('inspector.table.cut', {
              rows,
              cols,
              allRows: table.rowLabels.length,
              allCols: table.colLabels.length,
            })}
          </span>
        )}
      </figcaption>
      <div className="si-table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{table.corner}</th>
              {table.colLabels.slice(0, cols).map((c, k) => (
                <th key={k} scope="col" className={k === table.focusCol ? 'focus' : undefined}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rowLabels.slice(0, rows).map((label, r) => (
              <tr key={r} className={r === table.focusRow ? 'focus' : undefined}>
                <th scope="row">{label}</th>
                {Array.from({ length: cols }, (_, c) => {
                  const v = table.cell(r, c);
                  return (
                    <td
                      key={c}
                      className={
                        (c === table.focusCol ? 'focus ' : '') +
                        (v < 0 ? 'neg' : v > 0 ? 'pos' : '')
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
