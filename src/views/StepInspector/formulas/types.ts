/** What the inspector shows for one operation (built by pure functions, rendered by React). */

export interface FormulaLine {
  /** Display-mode TeX, numbers substituted. */
  tex: string;
  /** A few words on the line, shown beside it. */
  caption?: string;
}

/** Per-sample terms of a batch mean, listed in a small table. */
export interface TermRow {
  /** "sample 3 of 10 (#127)" */
  label: string;
  values: number[];
}

export interface TermsTable {
  caption: string;
  columns: string[];
  rows: TermRow[];
  /** The mean row: the gradient the trace holds. */
  total: { label: string; values: (number | null)[] };
}

export interface OpFormula {
  /** One sentence on what happens, for a student. */
  explain: string;
  lines: FormulaLine[];
  /** The number the operation produces for the focused element, as plain text and its value. */
  result: { symbol: string; value: number } | null;
  notes: string[];
  terms?: TermsTable;
}
