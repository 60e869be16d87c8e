/**
 * Numbers written into the script so that Python reads back the very same doubles: each in its
 * shortest exact decimal form (as JSON writes it; Python's float() parses it to the same
 * bits), or, for long arrays, as zlib-compressed little-endian bytes in base64.
 */

/** Beyond this many numbers an array travels packed rather than written out. */
export const WRITTEN_OUT_LIMIT = 20_000;

/** A Python float literal with the same value, −0 and whole numbers included. */
export function pyFloat(x: number): string {
  if (Number.isNaN(x)) return 'math.nan';
  if (!Number.isFinite(x)) return x > 0 ? 'math.inf' : '-math.inf';
  if (Object.is(x, -0)) return '-0.0';
  const text = String(x);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/**
 * A Python value from a JSON-like one: numbers as floats, except where `whole` says (true for
 * every number, or the keys whose numbers the script counts with).
 */
export function pyValue(value: unknown, whole: boolean | readonly string[] = false): string {
  if (typeof value === 'number') return whole === true ? String(value) : pyFloat(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value === null) return 'None';
  if (Array.isArray(value)) return `[${value.map((v) => pyValue(v, whole)).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>).map(([key, v]) => {
    const keyWhole = whole === true || (Array.isArray(whole) && whole.includes(key));
    return `${JSON.stringify(key)}: ${pyValue(v, keyWhole)}`;
  });
  return `{${entries.join(', ')}}`;
}

/** Whole numbers as a Python list, wrapped at about 96 characters a line. */
export function pyIntList(values: ArrayLike<number>, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (let k = 0; k < values.length; k++) {
    const item = `${values[k]},`;
    if (line.length + item.length > 92) {
      lines.push(line);
      line = '';
    }
    line += line === '' ? item : ` ${item}`;
  }
  if (line !== '') lines.push(line);
  if (lines.length === 0) return '[]';
  return `[\n${lines.map((l) => `${indent}    ${l}`).join('\n')}\n${indent}]`;
}

/** A rows × width matrix written out, one row a line, for `table(…)` in the script. */
export function tableText(values: ArrayLike<number>, rows: number, width: number): string {
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    const row: string[] = [];
    for (let i = 0; i < width; i++) row.push(pyFloat(values[r * width + i]));
    lines.push(row.join(' '));
  }
  return lines.join('\n');
}

/** zlib-compressed bytes (the 'deflate' format of CompressionStream, RFC 1950) in base64. */
export async function packBytes(bytes: Uint8Array): Promise<string> {
  const stream = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new CompressionStream('deflate'));
  const packed = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = '';
  const CHUNK = 0x8000;
  for (let k = 0; k < packed.length; k += CHUNK) {
    binary += String.fromCharCode(...packed.subarray(k, k + CHUNK));
  }
  return btoa(binary);
}

/** base64 text cut into lines Python can concatenate inside parentheses. */
export function wrapBase64(text: string, indent: string): string {
  const lines: string[] = [];
  for (let k = 0; k < text.length; k += 88) lines.push(`${indent}"${text.slice(k, k + 88)}"`);
  return lines.length === 0 ? `${indent}""` : lines.join('\n');
}

/** Little-endian bytes of doubles ('<f8' in NumPy). */
export function float64Bytes(values: ArrayLike<number>): Uint8Array {
  const bytes = new Uint8Array(values.length * 8);
  const view = new DataView(bytes.buffer);
  for (let k = 0; k < values.length; k++) view.setFloat64(k * 8, values[k], true);
  return bytes;
}

/** Little-endian bytes of 16-bit unsigned whole numbers ('<u2' in NumPy). */
export function uint16Bytes(values: ArrayLike<number>): Uint8Array {
  const bytes = new Uint8Array(values.length * 2);
  const view = new DataView(bytes.buffer);
  for (let k = 0; k < values.length; k++) view.setUint16(k * 2, values[k], true);
  return bytes;
}
