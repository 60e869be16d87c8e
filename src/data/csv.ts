/**
 * User data pasted as text. Anything wrong comes back as a message naming the line (and column)
 * so the learner can fix it; nothing here throws. Limits are checked before the work they
 * protect: an oversized text is rejected by its length alone, without being scanned.
 */
import { english, msg, type Message } from '../core/i18n/message';
import { LIMITS } from '../config/limits';
import type { DataConfig } from '../config/types';
import {
  classificationData,
  columnRanges,
  regressionData,
  subscripted,
  type RawData,
} from './rawData';

/** The numbers of a CSV text, row-major, with the source line of each row for messages. */
export interface CsvTable {
  rows: number;
  columns: number;
  values: Float64Array;
  /** Column names from a header line, or null. */
  header: string[] | null;
  /** 1-based line number of each row in the text. */
  lineOf: Int32Array;
}

export type Parsed<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      error: string;
      text: Message;
      /** The problems of later lines, for a form to list them all at once (capped). */
      more?: Message[];
    };

/** A failure saying `text` (`error` is its English words, for the command line). */
const fail = (text: Message, more?: Message[]): Extract<Parsed<never>, { ok: false }> => ({
  ok: false,
  error: english(text),
  text,
  ...(more && more.length > 0 ? { more } : {}),
});

/** The lines with problems reported at once; the rest are counted. */
const LINE_PROBLEMS = 5;

/** A plain decimal number: no hex, no 'Infinity', no empty string (all of which Number() takes). */
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

const SEPARATORS = /[,;\t]/;

/**
 * A line's fields. With a comma, semicolon or tab in the line those separate the fields (and
 * spaces around them are ignored); otherwise runs of spaces do. Surrounding double quotes, as
 * spreadsheets write them, are dropped.
 */
function splitFields(line: string): string[] {
  const fields = SEPARATORS.test(line) ? line.split(SEPARATORS) : line.split(/\s+/);
  return fields.map((f) => {
    const field = f.trim();
    return field.length >= 2 && field.startsWith('"') && field.endsWith('"')
      ? field.slice(1, -1).trim()
      : field;
  });
}

/** 12345 → '12,345' (by hand: toLocaleString would wake up the locale machinery, ~20 ms). */
const formatCount = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

/**
 * Parses numbers separated by commas, semicolons, tabs or spaces, one row per line. Blank
 * lines and `#` comments (whole lines or line ends) are skipped; the first line may be a
 * header of names (only names: a line mixing names and numbers is an error, not a header).
 */
export function parseCsv(text: string): Parsed<CsvTable> {
  if (text.length > LIMITS.csvChars) {
    const counts = { count: formatCount(text.length), limit: formatCount(LIMITS.csvChars) };
    return fail(msg('problem.csv.tooLong', counts));
  }
  const table: TableSoFar = { values: [], lines: [], header: null, headerLine: 0, columns: -1 };
  let rows = 0;
  const problems: Message[] = [];
  let seenContent = false;
  let lineNumber = 0;
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNumber++;
    let line = text.slice(start, end);
    start = end + 1;
    const hash = line.indexOf('#');
    if (hash >= 0) line = line.slice(0, hash);
    line = line.trim(); // also drops the '\r' of Windows line ends
    if (line === '') continue;

    if (rows >= LIMITS.csvRows) {
      // Over the limit: only count the remaining rows (cheap), for an honest message.
      rows++;
      continue;
    }
    const firstContent = !seenContent;
    seenContent = true;
    const read = readLine(splitFields(line), lineNumber, firstContent, table);
    if (read === 'header') continue;
    // A line with a problem: read on, so the form can list every line to mend, not one a time.
    if (read !== null) problems.push(read);
    else rows++;
  }
  if (problems.length > 0) {
    const more = problems.slice(1, LINE_PROBLEMS);
    const unlisted = problems.length - LINE_PROBLEMS;
    if (unlisted > 0)
      more.push(
        msg(unlisted === 1 ? 'problem.csv.oneMoreLine' : 'problem.csv.moreLines', {
          count: unlisted,
        }),
      );
    return fail(problems[0], more);
  }
  if (rows > LIMITS.csvRows) {
    const counts = { count: formatCount(rows), limit: formatCount(LIMITS.csvRows) };
    return fail(msg('problem.csv.tooManyRows', counts));
  }
  if (rows === 0) {
    return fail(msg(table.header === null ? 'problem.csv.empty' : 'problem.csv.headerOnly'));
  }
  return {
    ok: true,
    value: {
      rows,
      columns: table.columns,
      values: Float64Array.from(table.values),
      header: table.header,
      lineOf: Int32Array.from(table.lines),
    },
  };
}

/** What parseCsv has read so far. */
interface TableSoFar {
  values: number[];
  lines: number[];
  header: string[] | null;
  headerLine: number;
  /** The number of columns of the first row (−1 before it). */
  columns: number;
}

/**
 * Reads one non-blank line into the table: 'header' when it was the header, null when it was
 * a row of numbers, else what is wrong with it.
 */
function readLine(
  fields: string[],
  lineNumber: number,
  firstContent: boolean,
  table: TableSoFar,
): 'header' | Message | null {
  if (fields.length > LIMITS.csvColumns) {
    const counts = { line: lineNumber, count: fields.length, limit: LIMITS.csvColumns };
    return msg('problem.csv.tooManyColumns', counts);
  }
  if (firstContent && fields.some((f) => f !== '') && fields.every((f) => !NUMBER.test(f))) {
    table.header = fields;
    table.headerLine = lineNumber;
    return 'header';
  }
  if (table.columns < 0) {
    table.columns = fields.length;
    if (table.header !== null && table.header.length !== table.columns) {
      const { headerLine, header, columns } = table;
      const counts = { headerLine, names: header.length, line: lineNumber, columns };
      return msg('problem.csv.headerMismatch', counts);
    }
  } else if (fields.length !== table.columns) {
    const counts = { line: lineNumber, count: fields.length, columns: table.columns };
    const one = fields.length === 1;
    return msg(one ? 'problem.csv.columnCountOne' : 'problem.csv.columnCount', counts);
  }
  for (let c = 0; c < fields.length; c++) {
    const field = fields[c];
    const where = { line: lineNumber, column: c + 1 };
    if (field === '') return msg('problem.csv.emptyField', where);
    if (!NUMBER.test(field)) {
      const key = firstContent ? 'problem.csv.notNumberFirst' : 'problem.csv.notNumber';
      return msg(key, { ...where, text: shorten(field) });
    }
    const value = Number(field);
    if (!Number.isFinite(value))
      return msg('problem.csv.tooLarge', { ...where, text: shorten(field) });
    table.values.push(value);
  }
  table.lines.push(lineNumber);
  return null;
}

/** Keeps quoted user text in messages short. */
function shorten(field: string): string {
  return field.length > 20 ? `${field.slice(0, 20)}…` : field;
}

/**
 * A parsed table as a dataset: the last `csvTargets` columns are targets, the rest inputs.
 * Classification takes one target column of integer labels 0…k−1 (2 ≤ k ≤ 10).
 */
// Noise: not used (the data is the user's).
export function csvData(
  config: Pick<DataConfig, 'csv' | 'csvTargets' | 'csvTask'>,
): Parsed<RawData> {
  const parsed = parseCsv(config.csv);
  if (!parsed.ok) return parsed;
  const table = parsed.value;
  const targets = config.csvTargets;
  if (!Number.isInteger(targets) || targets < 1) {
    return fail(msg('problem.csv.badTargets', { targets }));
  }
  const inputs = table.columns - targets;
  if (inputs < 1) {
    // English counts in the singular and the plural; with more than one column there are at
    // least two targets.
    const counts = { columns: table.columns, targets };
    if (table.columns > 1) return fail(msg('problem.csv.noInputs', counts));
    return fail(
      msg(
        targets === 1 ? 'problem.csv.noInputsOneColumn' : 'problem.csv.noInputsOneColumnTargets',
        counts,
      ),
    );
  }
  if (inputs > LIMITS.inputWidth) {
    return fail(msg('problem.csv.tooManyInputs', { count: inputs, limit: LIMITS.inputWidth }));
  }
  const inputNames = Array.from(
    { length: inputs },
    (_, j) => table.header?.[j] || subscripted('x', j + 1),
  );
  const raw = new Float64Array(table.rows * inputs);
  for (let r = 0; r < table.rows; r++) {
    for (let j = 0; j < inputs; j++) raw[r * inputs + j] = table.values[r * table.columns + j];
  }
  const ranges = columnRanges(raw, inputs);
  const shape = {
    name: 'csv' as const,
    count: table.rows,
    // One input column can be drawn as a curve over x; wider rows are a plain table.
    rawKind: inputs === 1 ? ('line' as const) : ('table' as const),
    rawSize: inputs,
    rawDomain: inputs === 1 ? [padded(ranges[0])] : ranges,
    imageSide: 0,
    rawNames: inputNames,
  };
  const data =
    config.csvTask === 'classification'
      ? classification(table, shape, targets)
      : regression(table, shape, targets);
  if (!data.ok) return data;
  data.value.raw.set(raw);
  return data;
}

type Shape = Parameters<typeof regressionData>[0];

function classification(table: CsvTable, shape: Shape, targets: number): Parsed<RawData> {
  if (targets !== 1) {
    return fail(msg('problem.csv.classTargets', { targets }));
  }
  const maxClasses = LIMITS.outputWidth;
  const labelColumn = table.columns - 1;
  const labels = new Int32Array(table.rows);
  let largest = 0;
  for (let r = 0; r < table.rows; r++) {
    const label = table.values[r * table.columns + labelColumn];
    const where = { line: table.lineOf[r], column: labelColumn + 1, label };
    if (!Number.isInteger(label)) return fail(msg('problem.csv.labelNotWhole', where));
    if (label < 0 || label >= maxClasses) {
      return fail(msg('problem.csv.labelOutOfRange', { ...where, largest: maxClasses - 1 }));
    }
    labels[r] = label;
    if (label > largest) largest = label;
  }
  if (largest === 0) return fail(msg('problem.csv.oneClass'));
  const classes = largest + 1;
  const data = classificationData(
    shape,
    Array.from({ length: classes }, (_, k) => String(k)),
  );
  data.labels.set(labels);
  return { ok: true, value: data };
}

function regression(table: CsvTable, shape: Shape, targets: number): Parsed<RawData> {
  if (targets > LIMITS.outputWidth) {
    return fail(msg('problem.csv.tooManyTargets', { count: targets, limit: LIMITS.outputWidth }));
  }
  const data = regressionData(shape, targets);
  const first = table.columns - targets;
  for (let r = 0; r < table.rows; r++) {
    for (let t = 0; t < targets; t++) {
      data.values[r * targets + t] = table.values[r * table.columns + first + t];
    }
  }
  return { ok: true, value: data };
}

/** A plotting range with 5% room on each side (and some width for a single repeated x). */
function padded([min, max]: [number, number]): [number, number] {
  const room = max > min ? 0.05 * (max - min) : Math.max(1, Math.abs(min) * 0.1);
  return [min - room, max + room];
}
