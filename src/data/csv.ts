/**
 * User data pasted as text. Anything wrong comes back as a message naming the line (and column)
 * so the learner can fix it; nothing here throws. Limits are checked before the work they
 * protect: an oversized text is rejected by its length alone, without being scanned.
 */
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

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const fail = (error: string): { ok: false; error: string } => ({ ok: false, error });

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
    return fail(
      `the data is too long (${formatCount(text.length)} characters; the limit is ${formatCount(LIMITS.csvChars)})`,
    );
  }
  const values: number[] = [];
  const lines: number[] = [];
  let header: string[] | null = null;
  let headerLine = 0;
  let columns = -1;
  let rows = 0;
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

    const fields = splitFields(line);
    if (fields.length > LIMITS.csvColumns) {
      return fail(
        `line ${lineNumber} has too many columns (${fields.length} > ${LIMITS.csvColumns})`,
      );
    }
    const firstContent = !seenContent;
    seenContent = true;
    if (firstContent && fields.some((f) => f !== '') && fields.every((f) => !NUMBER.test(f))) {
      header = fields;
      headerLine = lineNumber;
      continue;
    }
    if (columns < 0) {
      columns = fields.length;
      if (header !== null && header.length !== columns) {
        return fail(
          `line ${headerLine} (the header) has ${header.length} names, but line ${lineNumber} has ${columns} columns`,
        );
      }
    } else if (fields.length !== columns) {
      return fail(`line ${lineNumber} has ${fields.length} columns, expected ${columns}`);
    }
    for (let c = 0; c < fields.length; c++) {
      const field = fields[c];
      const where = `line ${lineNumber}, column ${c + 1}`;
      if (field === '') return fail(`${where} is empty`);
      if (!NUMBER.test(field)) {
        const hint = firstContent ? ' (a header line must contain only names)' : '';
        return fail(`${where}: "${shorten(field)}" is not a number${hint}`);
      }
      const value = Number(field);
      if (!Number.isFinite(value)) return fail(`${where}: ${shorten(field)} is too large`);
      values.push(value);
    }
    lines.push(lineNumber);
    rows++;
  }
  if (rows > LIMITS.csvRows) {
    return fail(`too many rows (${formatCount(rows)} > ${formatCount(LIMITS.csvRows)})`);
  }
  if (rows === 0) {
    return fail(header === null ? 'the data is empty' : 'the data has a header but no rows');
  }
  return {
    ok: true,
    value: {
      rows,
      columns,
      values: Float64Array.from(values),
      header,
      lineOf: Int32Array.from(lines),
    },
  };
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
    return fail(
      `the number of target columns must be a whole number of at least 1, not ${targets}`,
    );
  }
  const inputs = table.columns - targets;
  if (inputs < 1) {
    return fail(
      `no input columns: each row has ${table.columns} column${table.columns === 1 ? '' : 's'} and the last ${targets} ${targets === 1 ? 'is the target' : 'are targets'}`,
    );
  }
  if (inputs > LIMITS.inputWidth) {
    return fail(`too many input columns (${inputs} > ${LIMITS.inputWidth})`);
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
    return fail(`classification needs exactly one target column (of class labels), not ${targets}`);
  }
  const maxClasses = LIMITS.outputWidth;
  const labelColumn = table.columns - 1;
  const labels = new Int32Array(table.rows);
  let largest = 0;
  for (let r = 0; r < table.rows; r++) {
    const label = table.values[r * table.columns + labelColumn];
    const where = `line ${table.lineOf[r]}, column ${labelColumn + 1}`;
    if (!Number.isInteger(label)) return fail(`${where}: the label ${label} is not a whole number`);
    if (label < 0 || label >= maxClasses) {
      return fail(
        `${where}: the label ${label} is out of range (labels are 0 to ${maxClasses - 1})`,
      );
    }
    labels[r] = label;
    if (label > largest) largest = label;
  }
  if (largest === 0) return fail('classification needs at least two classes, but every label is 0');
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
    return fail(`too many target columns (${targets} > ${LIMITS.outputWidth})`);
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
