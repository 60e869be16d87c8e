import { tokenize, type Token } from './tokenize';
import { msg, type Arg, type Message } from '../i18n/message';
import { GRAPH_LIMITS, graphProblem, type GraphProblem } from './types';

/** The functions of the language and how many arguments each takes. */
export const FUNCTIONS: Readonly<Record<string, number>> = {
  exp: 1,
  log: 1,
  ln: 1,
  sqrt: 1,
  tanh: 1,
  sigmoid: 1,
  relu: 1,
  abs: 1,
  max: 2,
  min: 2,
};

export type BinaryOp = '+' | '-' | '*' | '/' | '^';

/** The parsed expression; `at` is the 1-based position of the operator or name. */
export type Ast =
  | { kind: 'num'; value: number; text: string; at: number }
  | { kind: 'var'; name: string; at: number }
  | { kind: 'neg'; arg: Ast; at: number }
  | { kind: 'binary'; op: BinaryOp; left: Ast; right: Ast; at: number }
  | { kind: 'call'; fn: string; args: Ast[]; at: number };

export type ParseResult = { ok: true; ast: Ast } | { ok: false; problem: GraphProblem };

class ParseError extends Error {
  constructor(readonly problem: GraphProblem) {
    super(problem.message);
  }
}

function describe(token: Token): Arg {
  switch (token.kind) {
    case 'number':
      return msg('problem.graph.number', { text: token.text });
    case 'name':
      return `'${token.name}'`;
    case 'op':
      return `'${token.op}'`;
    case 'end':
      return msg('problem.graph.end');
  }
}

function unexpected(token: Token): Message {
  return msg('problem.graph.unexpected', { what: describe(token), at: token.at });
}

function fail(text: Message, at: number): never {
  throw new ParseError(graphProblem(text, at));
}

/**
 * Recursive descent over: sum = product (('+'|'-') product)*; product = unary (('*'|'/') unary)*;
 * unary = '-' unary | power; power = primary ('^' unary)? — so −x^2 = −(x²) and 2^3^2 = 2^(3^2).
 */
class Parser {
  private i = 0;
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Ast {
    const ast = this.sum();
    const next = this.peek();
    if (next.kind !== 'end') fail(unexpected(next), next.at);
    return ast;
  }

  private peek(): Token {
    return this.tokens[this.i];
  }

  private isOp(op: string): boolean {
    const t = this.peek();
    return t.kind === 'op' && t.op === op;
  }

  private enter(at: number): void {
    if (++this.depth > GRAPH_LIMITS.depth) {
      fail(msg('problem.graph.tooDeep', { at, limit: GRAPH_LIMITS.depth }), at);
    }
  }

  private sum(): Ast {
    let left = this.product();
    while (this.isOp('+') || this.isOp('-')) {
      const t = this.tokens[this.i++] as Extract<Token, { kind: 'op' }>;
      left = { kind: 'binary', op: t.op as BinaryOp, left, right: this.product(), at: t.at };
    }
    return left;
  }

  private product(): Ast {
    let left = this.unary();
    while (this.isOp('*') || this.isOp('/')) {
      const t = this.tokens[this.i++] as Extract<Token, { kind: 'op' }>;
      left = { kind: 'binary', op: t.op as BinaryOp, left, right: this.unary(), at: t.at };
    }
    return left;
  }

  private unary(): Ast {
    const t = this.peek();
    if (t.kind === 'op' && (t.op === '-' || t.op === '+')) {
      this.i++;
      this.enter(t.at);
      const arg = this.unary();
      this.depth--;
      return t.op === '-' ? { kind: 'neg', arg, at: t.at } : arg;
    }
    return this.power();
  }

  private power(): Ast {
    const base = this.primary();
    if (!this.isOp('^')) return base;
    const t = this.tokens[this.i++];
    this.enter(t.at);
    const exponent = this.unary();
    this.depth--;
    return { kind: 'binary', op: '^', left: base, right: exponent, at: t.at };
  }

  private primary(): Ast {
    const t = this.tokens[this.i];
    if (t.kind === 'number') {
      this.i++;
      return { kind: 'num', value: t.value, text: t.text, at: t.at };
    }
    if (t.kind === 'name') {
      this.i++;
      if (FUNCTIONS[t.name] !== undefined) return this.call(t.name, t.at);
      if (this.isOp('('))
        fail(msg('problem.graph.unknownFunction', { name: t.name, at: t.at }), t.at);
      return { kind: 'var', name: t.name, at: t.at };
    }
    if (t.kind === 'op' && t.op === '(') {
      this.i++;
      this.enter(t.at);
      const inner = this.sum();
      this.depth--;
      this.expect(')', t);
      return inner;
    }
    return fail(unexpected(t), t.at);
  }

  private call(fn: string, at: number): Ast {
    if (!this.isOp('(')) {
      const next = this.peek();
      fail(msg('problem.graph.expectedParen', { fn, at: next.at }), next.at);
    }
    const open = this.tokens[this.i++];
    this.enter(open.at);
    const args: Ast[] = [this.sum()];
    while (this.isOp(',')) {
      this.i++;
      args.push(this.sum());
    }
    this.depth--;
    this.expect(')', open);
    const wanted = FUNCTIONS[fn];
    if (args.length !== wanted) {
      const counts = { fn, count: args.length, at };
      fail(
        wanted === 1
          ? msg('problem.graph.oneArgument', counts)
          : msg('problem.graph.arguments', { ...counts, wanted }),
        at,
      );
    }
    return { kind: 'call', fn: fn === 'ln' ? 'log' : fn, args, at };
  }

  private expect(op: ')', open: Token): void {
    if (this.isOp(op)) {
      this.i++;
      return;
    }
    const next = this.peek();
    const text = msg('problem.graph.unclosed', {
      what: describe(next),
      at: next.at,
      open: open.at,
    });
    fail(text, next.at);
  }
}

/** Parses an expression; never throws. Problems name the 1-based position they are at. */
export function parseExpression(text: string): ParseResult {
  const tokens = tokenize(text);
  if (!tokens.ok) return tokens;
  if (tokens.tokens.length === 1)
    return { ok: false, problem: graphProblem(msg('problem.graph.empty'), 0) };
  try {
    return { ok: true, ast: new Parser(tokens.tokens).parse() };
  } catch (error) {
    if (error instanceof ParseError) return { ok: false, problem: error.problem };
    return { ok: false, problem: graphProblem(msg('problem.graph.unreadable'), 0) };
  }
}
