import { msg, type Arg } from '../i18n/message';
import { GRAPH_LIMITS, graphProblem, type GraphProblem } from './types';

/** A token of the expression language; `at` is its 1-based position in the text. */
export type Token =
  | { kind: 'number'; value: number; text: string; at: number }
  | { kind: 'name'; name: string; at: number }
  | { kind: 'op'; op: '+' | '-' | '*' | '/' | '^' | '(' | ')' | ','; at: number }
  | { kind: 'end'; at: number };

/** Other ways people write the same operators: the minus sign, the middle dot, the times sign. */
const OPERATOR_ALIASES: Readonly<Record<string, '+' | '-' | '*' | '/' | '^' | '(' | ')' | ','>> = {
  '+': '+',
  '-': '-',
  '\u2212': '-',
  '\u2013': '-',
  '*': '*',
  '\u00b7': '*',
  '\u22c5': '*',
  '\u00d7': '*',
  '/': '/',
  '\u00f7': '/',
  '^': '^',
  '(': '(',
  ')': ')',
  ',': ',',
};

const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉';

function isLetter(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** How a character is named in a message: printable ones quoted, the rest by code point. */
export function describeChar(c: string): Arg {
  const code = c.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f)
    return msg('problem.graph.character', { code: code.toString(16).padStart(4, '0') });
  return `'${c}'`;
}

export type TokenResult = { ok: true; tokens: Token[] } | { ok: false; problem: GraphProblem };

/** Splits an expression into tokens; never throws. Subscript digits read as digits (w₀ = w0). */
export function tokenize(text: string): TokenResult {
  if (text.length > GRAPH_LIMITS.chars) {
    const counts = { count: text.length, limit: GRAPH_LIMITS.chars };
    return { ok: false, problem: graphProblem(msg('problem.graph.tooLong', counts), 0) };
  }
  const tokens: Token[] = [];
  const chars = Array.from(text);
  let i = 0;
  while (i < chars.length) {
    const c = chars[i];
    const at = i + 1;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (c === 'σ') {
      tokens.push({ kind: 'name', name: 'sigmoid', at });
      i++;
    } else if (OPERATOR_ALIASES[c] !== undefined) {
      tokens.push({ kind: 'op', op: OPERATOR_ALIASES[c], at });
      i++;
    } else if (isDigit(c) || (c === '.' && isDigit(chars[i + 1] ?? ''))) {
      let j = i;
      while (j < chars.length && isDigit(chars[j])) j++;
      if (chars[j] === '.') {
        j++;
        while (j < chars.length && isDigit(chars[j])) j++;
      }
      if ((chars[j] === 'e' || chars[j] === 'E') && numberExponentAt(chars, j + 1)) {
        j++;
        if (chars[j] === '+' || chars[j] === '-') j++;
        while (j < chars.length && isDigit(chars[j])) j++;
      }
      const numText = chars.slice(i, j).join('');
      const value = Number(numText);
      if (!Number.isFinite(value)) {
        const text = msg('problem.graph.numberTooLarge', { number: numText, at });
        return { ok: false, problem: graphProblem(text, at) };
      }
      tokens.push({ kind: 'number', value, text: numText, at });
      i = j;
    } else if (isLetter(c)) {
      let j = i + 1;
      let name = c;
      while (j < chars.length) {
        const d = chars[j];
        const sub = SUBSCRIPT_DIGITS.indexOf(d);
        if (isLetter(d) || isDigit(d) || d === '_') name += d;
        else if (sub >= 0) name += String(sub);
        else break;
        j++;
      }
      tokens.push({ kind: 'name', name, at });
      i = j;
    } else {
      const text = msg('problem.graph.unexpected', { what: describeChar(c), at });
      return { ok: false, problem: graphProblem(text, at) };
    }
  }
  tokens.push({ kind: 'end', at: chars.length + 1 });
  return { ok: true, tokens };
}

/** An 'e' after a number starts an exponent only when digits follow (2e3), not in 2*e. */
function numberExponentAt(chars: string[], j: number): boolean {
  const sign = chars[j] === '+' || chars[j] === '-' ? 1 : 0;
  return isDigit(chars[j + sign] ?? '');
}
