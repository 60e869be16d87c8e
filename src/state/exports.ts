/**
 * What the page's export buttons write, apart from pictures: the loss history as CSV, one
 * inspected step's full trace as JSON, and the run as a NumPy script. The script's generator
 * runs the engine and the data builders, so it is loaded only when asked for.
 */
import { decodeLink } from '../config/link';
import type { HistoryPoint } from '../worker/protocol';

const HISTORY_COLUMNS: readonly (keyof HistoryPoint)[] = [
  'step',
  'epoch',
  'trainLoss',
  'testLoss',
  'trainAccuracy',
  'testAccuracy',
  'learningRate',
  'batchLoss',
];

/** One number in a CSV cell: its shortest exact form, empty when there is none (NaN). */
function cell(x: number): string {
  return Number.isFinite(x) ? String(x) : Number.isNaN(x) ? '' : String(x);
}

/** The loss history, one row per recorded step, with a header row. */
export function historyCsv(points: readonly HistoryPoint[]): string {
  const rows = [HISTORY_COLUMNS.join(',')];
  for (const point of points) rows.push(HISTORY_COLUMNS.map((c) => cell(point[c])).join(','));
  return `${rows.join('\n')}\n`;
}

/** Plain JSON for a value holding typed arrays (written as arrays; NaN and ±∞ become null). */
export function toPlainJson(value: unknown): string {
  return JSON.stringify(
    value,
    (_key, v: unknown) =>
      ArrayBuffer.isView(v) && !(v instanceof DataView) ? Array.from(v as Float64Array) : v,
    1,
  );
}

export type ScriptResult = { ok: true; script: string } | { ok: false; error: string };

/** The NumPy script of the run a link describes (the worker's digits file fetched if needed). */
export async function numpyScriptOf(link: string): Promise<ScriptResult> {
  const { config, problems } = decodeLink(link);
  const [{ numpyScript }, data] = await Promise.all([import('../export/numpy'), import('../data')]);
  const assets =
    data.needsAssets(config) === 'digits'
      ? {
          digits: data.parseDigitsAsset(
            await (await fetch(new URL(data.DIGITS_ASSET_PATH, document.baseURI))).arrayBuffer(),
          ),
        }
      : {};
  return numpyScript(config, { assets, problems: problems.map((p) => p.message) });
}
