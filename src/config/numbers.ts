/**
 * Numbers as text, for links and messages.
 *
 * `String(x)` gives the SHORTEST decimal that reads back as exactly the same double
 * (ECMAScript Number::toString picks the fewest significant digits — never more than 17 — that
 * identify x uniquely, and `Number(text)` rounds correctly), so text → number → text is
 * bit-exact for every finite double, including 5e-324 and 1.7976931348623157e308, while
 * everyday values like 0.03 stay short. Two adjustments:
 * - -0 is written '-0' (String(-0) is '0'), so the sign of zero survives a round trip.
 * - 'e+' becomes 'e' (1e21, not 1e+21): a '+' in a URL is read as a space by form decoders.
 */
export function formatNumber(x: number): string {
  return Object.is(x, -0) ? '-0' : String(x).replace('e+', 'e');
}

/**
 * Parses a decimal number written by a person or by `formatNumber`. Anything else comes back
 * as the original text, so the validator can quote exactly what was written. 'NaN' and
 * 'Infinity' are read as numbers so the messages can say precisely why they are refused.
 *
 * Stricter than `Number(text)`, which also accepts '', ' 7 ', '0x1f' and '0b101'.
 */
export function parseNumberText(text: string): number | string {
  if (text === 'NaN' || text === 'Infinity' || text === '-Infinity') return Number(text);
  return isDecimalLiteral(text) ? Number(text) : text;
}

/**
 * Like parseNumberText, for a field that holds an integer: '12' is read, but '1e3' and '4.5'
 * stay text, so the validator refuses them as "not an integer" instead of reading 1000 or
 * rounding. (formatNumber writes every integer up to 1e21 in plain digits, so no link we
 * wrote has either.)
 */
export function parseIntegerText(text: string): number | string {
  if (!isDecimalLiteral(text)) return parseNumberText(text);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || ((c === 43 || c === 45) && i === 0))) return text;
  }
  return Number(text);
}

/** -?(digits)(.digits)?([eE][+-]?digits)? with at least one mantissa digit; a linear scan. */
export function isDecimalLiteral(text: string): boolean {
  let i = 0;
  const digitsFrom = (start: number): number => {
    let end = start;
    while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
    return end;
  };
  if (text[i] === '-' || text[i] === '+') i++;
  const intEnd = digitsFrom(i);
  let mantissaDigits = intEnd - i;
  i = intEnd;
  if (text[i] === '.') {
    const fracEnd = digitsFrom(i + 1);
    // '5.' is refused: formatNumber never writes it, and it is what a cut-off '5.25' looks like.
    if (fracEnd === i + 1) return false;
    mantissaDigits += fracEnd - (i + 1);
    i = fracEnd;
  }
  if (mantissaDigits === 0) return false;
  if (text[i] === 'e' || text[i] === 'E') {
    i++;
    if (text[i] === '-' || text[i] === '+') i++;
    const expEnd = digitsFrom(i);
    if (expEnd === i) return false;
    i = expEnd;
  }
  return i === text.length;
}
