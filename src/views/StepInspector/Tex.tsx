import { memo, useMemo } from 'react';
import { useKatex } from './useKatex';

/**
 * KaTeX settings. Our formulas use no \href, \url, \includegraphics or \htmlClass and no
 * user macros, so `trust: false` refuses them all and `maxExpand` bounds macro expansion.
 */
export const KATEX_OPTIONS = {
  throwOnError: false,
  output: 'htmlAndMathml',
  trust: false,
  maxExpand: 100,
} as const;

/** One row of a formula: its TeX, and whether it continues the row above ("= …", "+ …"). */
export interface TexRow {
  tex: string;
  continues: boolean;
}

const ALIGNED = /^\s*\\begin\{aligned\}([\s\S]*)\\end\{aligned\}\s*$/;

/**
 * The rows a formula is set in: an `aligned` block's rows without their alignment marks (`&`),
 * anything else as one row. A row that starts with a relation, an operator or a space continues
 * the equation above it.
 */
export function texRows(tex: string): TexRow[] {
  const block = ALIGNED.exec(tex);
  if (!block) return [{ tex, continues: false }];
  return block[1]
    .split('\\\\')
    .map((row) => row.replace(/&/g, '').trim())
    .filter((row) => row.length > 0)
    .map((row, k) => ({ tex: row, continues: k > 0 && /^(=|\+|-|\\cdot|\\q?quad)/.test(row) }));
}

/**
 * A formula typeset by KaTeX; its TeX source until KaTeX has loaded. `display` sets it at display
 * size (full-size fractions and sums) but as inline maths, row by row, so that each row may break
 * after a relation or an operator as TeX does: in a narrow column a long chain such as
 * δ = ∂C/∂a = (ŷ − y) h′(a) = … or a sum with its numbers wraps onto further lines, indented,
 * instead of running out of sight.
 */
export const Tex = memo(function Tex({ tex, display = true }: { tex: string; display?: boolean }) {
  const katex = useKatex();
  const rows = useMemo(() => {
    if (!katex) return null;
    const typeset = (source: string): string =>
      katex.renderToString(source, { ...KATEX_OPTIONS, displayMode: false });
    if (!display) return [{ html: typeset(tex), continues: false }];
    return texRows(tex).map((row) => ({
      html: typeset(`\\displaystyle ${row.tex}`),
      continues: row.continues,
    }));
  }, [katex, tex, display]);
  if (rows === null) {
    return <code className="si-tex-source">{tex}</code>;
  }
  // KaTeX builds markup from our own TeX (numbers and fixed symbols), never from user text.
  return (
    <span className="si-tex">
      {rows.map((row, k) => (
        <span
          key={k}
          className="si-tex-row"
          data-continues={row.continues || undefined}
          dangerouslySetInnerHTML={{ __html: row.html }}
        />
      ))}
    </span>
  );
});
