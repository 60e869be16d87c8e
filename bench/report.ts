/**
 * The benchmark's table: throughput per contender and the engine's ratios against the bars of
 * DESIGN.md ("Bars"), each marked PASS or MISS.
 */

export interface Row {
  label: string;
  /** Median samples per second, by contender name. */
  median: Record<string, number>;
  /** (max − min) / median over the timed windows, by contender name. */
  spread: Record<string, number>;
}

interface Bar {
  against: string;
  title: string;
  /** The bar as printed in the legend. */
  text: string;
  passes(ratio: number): boolean;
}

const BARS: Bar[] = [
  { against: 'limit', title: 'engine/limit', text: '≥ 0.8×', passes: (r) => r >= 0.8 },
  { against: 'hand', title: 'engine/hand', text: '≥ 0.7×', passes: (r) => r >= 0.7 },
  { against: 'tfjs-cpu', title: 'engine/tfjs-cpu', text: '> 1× (faster)', passes: (r) => r > 1 },
  { against: 'tfjs-wasm', title: 'engine/tfjs-wasm', text: '> 1× (faster)', passes: (r) => r > 1 },
  {
    against: 'object',
    title: 'engine/object',
    text: '≈ 2× (PASS from 1.8×)',
    passes: (r) => r >= 1.8,
  },
];

const COLUMNS: [string, string][] = [
  ['engine', 'engine'],
  ['limit', 'limit'],
  ['hand', 'hand loop'],
  ['hand-native', 'hand, Math.*'],
  ['tfjs-cpu', 'tfjs-cpu'],
  ['tfjs-wasm', 'tfjs-wasm'],
  ['object', 'object/neuron'],
];

/** 3 significant digits with k / M: 2.41M, 312k, 14.1k, 950. */
export function formatRate(value: number | undefined): string {
  if (value === undefined) return '—';
  if (value >= 1e6) return `${(value / 1e6).toPrecision(3)}M`;
  if (value >= 1e3) return `${(value / 1e3).toPrecision(3)}k`;
  return value.toPrecision(3);
}

function formatRatio(ratio: number): string {
  if (ratio >= 100) return `${ratio.toFixed(0)}×`;
  if (ratio >= 10) return `${ratio.toFixed(1)}×`;
  return `${ratio.toFixed(2)}×`;
}

export function printTable(rows: Row[]): void {
  const header = ['network', ...COLUMNS.map(([, title]) => title), ...BARS.map((bar) => bar.title)];
  const lines: string[][] = [header];
  let misses = 0;
  for (const row of rows) {
    const cells = [row.label, ...COLUMNS.map(([name]) => formatRate(row.median[name]))];
    for (const bar of BARS) {
      const other = row.median[bar.against];
      if (other === undefined) {
        cells.push('—');
        continue;
      }
      const ratio = row.median.engine / other;
      const pass = bar.passes(ratio);
      if (!pass) misses++;
      cells.push(`${formatRatio(ratio)} ${pass ? 'PASS' : 'MISS'}`);
    }
    lines.push(cells);
  }
  const widths = header.map((_, c) => Math.max(...lines.map((cells) => cells[c].length)));
  const render = (cells: string[]): string =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
      .join('  ');
  console.log(render(lines[0]));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const cells of lines.slice(1)) console.log(render(cells));
  console.log(
    `Bars (DESIGN.md): ${BARS.map((bar) => `${bar.title} ${bar.text}`).join('; ')}. ` +
      `${misses === 0 ? 'All bars met.' : `${misses} bar(s) missed.`}`,
  );
  const spreads = rows.map(
    (row) =>
      `${row.label.split(' ')[0]} ` +
      COLUMNS.filter(([name]) => row.spread[name] !== undefined)
        .map(([name]) => `${name} ${(100 * row.spread[name]).toFixed(0)}%`)
        .join(', '),
  );
  console.log(`Spread of the windows ((max − min) / median): ${spreads.join('; ')}.`);
}
