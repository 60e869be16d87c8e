/**
 * Finds words written straight into view code instead of the catalogue: JSX text with letters,
 * and string literals given to the attributes people read or hear (aria-label, title,
 * placeholder, alt, label …), written into the DOM (textContent), or given to the object
 * properties that carry words to the page (label, title, summary, text, message, hint, and the
 * step inspector's caption, explain and notes …). With `sentences`, any literal that holds an
 * English sentence counts too, wherever it goes (a note pushed onto a list, a function's
 * return). A literal that is a catalogue key is fine: it is looked up. Parsing is TypeScript's
 * own, so a string inside a comment or a type never counts.
 */
import ts from 'typescript';

export interface Finding {
  file: string;
  line: number;
  /** What holds the text: 'jsx text', 'aria-label', 'property label' … */
  where: string;
  text: string;
}

/** Attributes whose value is read or announced. */
const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);

/** Object properties that carry words to the page (labels of choices, messages, hints). */
const WORD_PROPERTIES = new Set([
  'label',
  'title',
  'summary',
  'text',
  'message',
  'hint',
  'description',
  'placeholder',
  'action',
  'short',
  'long',
  // The step inspector's formula objects: the sentence on the operation, the words beside a
  // formula line, the notes under it.
  'caption',
  'explain',
  'notes',
]);

/**
 * Three or more words in a row (TeX commands such as \\frac removed first): an English
 * sentence or phrase, which no formula, symbol, class name or key is.
 */
const SENTENCE = /[A-Za-z][a-z’']+(?:[ ,;:]+[A-Za-z][a-z’']+){2,}/;

export function holdsSentence(text: string): boolean {
  return SENTENCE.test(text.replace(/\\[A-Za-z]+/g, ' '));
}

/**
 * What the scan's sentence mode reports in code: two words in a row ('the bias'), or a word
 * beside a template's value ('input ${k}', written here as 'input {}'). Stricter than
 * holdsSentence, which judges translated text where a name such as 'Leaky ReLU' may stay.
 */
const WORDS = /[A-Za-z][a-z’']+(?:[ ,;:]+[A-Za-z][a-z’']+)+/;
const WORD_BESIDE_VALUE = /[A-Za-z][a-z]{2,}\s*\{\}|\{\}\s*[a-z]{3,}/;

function holdsWords(text: string): boolean {
  const plain = text.replace(/\\[A-Za-z]+/g, ' ');
  return WORDS.test(plain) || WORD_BESIDE_VALUE.test(plain);
}

export interface ScanOptions {
  /** Also report any string literal holding words, wherever it is used. */
  sentences?: boolean;
}

/**
 * The literal text of a string or template literal; a template's values are written as `{}`
 * (`valueMark`) or left out (the parts joined by a space).
 */
function literalText(node: ts.Node, valueMark = ' '): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(valueMark);
  }
  return null;
}

/**
 * Where a literal is no text for people: an import's module name, a class name, or the message
 * of an Error (a programmer's message about a broken invariant, never shown as the page's words).
 */
function notForPeople(node: ts.Node): boolean {
  let parent = node.parent;
  if (ts.isJsxExpression(parent)) parent = parent.parent;
  return (
    ts.isImportDeclaration(parent) ||
    ts.isExportDeclaration(parent) ||
    (ts.isJsxAttribute(parent) && parent.name.getText() === 'className') ||
    (ts.isNewExpression(parent) && parent.expression.getText() === 'Error')
  );
}

const LETTER = /\p{L}/u;

export function scanSource(
  file: string,
  source: string,
  isKey: (text: string) => boolean,
  options: ScanOptions = {},
): Finding[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const findings: Finding[] = [];
  /** Literals already reported, so a sentence given to a word property is reported once. */
  const seen = new Set<ts.Node>();
  const report = (node: ts.Node, where: string, text: string): void => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (!LETTER.test(clean) || isKey(clean)) return;
    seen.add(node);
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    findings.push({ file, line, where, text: clean });
  };
  /** Every piece of literal text an expression can evaluate to (both branches of a ?: …). */
  const literals = (expr: ts.Expression, where: string): void => {
    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) {
      report(expr, where, expr.text);
    } else if (ts.isTemplateExpression(expr)) {
      const parts = [expr.head.text, ...expr.templateSpans.map((s) => s.literal.text)];
      report(expr, where, parts.join(' '));
    } else if (ts.isConditionalExpression(expr)) {
      literals(expr.whenTrue, where);
      literals(expr.whenFalse, where);
    } else if (ts.isBinaryExpression(expr)) {
      const op = expr.operatorToken.kind;
      if (
        op === ts.SyntaxKind.AmpersandAmpersandToken ||
        op === ts.SyntaxKind.BarBarToken ||
        op === ts.SyntaxKind.QuestionQuestionToken
      ) {
        literals(expr.right, where);
        if (op !== ts.SyntaxKind.AmpersandAmpersandToken) literals(expr.left, where);
      } else if (op === ts.SyntaxKind.PlusToken) {
        literals(expr.left, where);
        literals(expr.right, where);
      }
    } else if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr)) {
      literals(expr.expression, where);
    } else if (ts.isArrayLiteralExpression(expr)) {
      for (const element of expr.elements) literals(element, where);
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      report(node, 'jsx text', node.text);
    } else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      literals(node.expression, 'jsx text');
    } else if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(sf);
      const value = node.initializer;
      if (READ_ATTRIBUTES.has(name) && value) {
        if (ts.isStringLiteral(value)) report(value, name, value.text);
        else if (ts.isJsxExpression(value) && value.expression) literals(value.expression, name);
      }
    } else if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      ['textContent', 'innerText', 'title', 'ariaLabel'].includes(node.left.name.text)
    ) {
      // Views that draw once a frame write their words straight into the DOM.
      literals(node.right, node.left.name.text);
    } else if (ts.isPropertyAssignment(node)) {
      const name = node.name.getText(sf).replace(/['"]/g, '');
      if (WORD_PROPERTIES.has(name)) literals(node.initializer, `property ${name}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  if (options.sentences) {
    const sentences = (node: ts.Node): void => {
      const marked = literalText(node, '{}');
      if (marked !== null && !seen.has(node) && !notForPeople(node) && holdsWords(marked)) {
        report(node, 'sentence', literalText(node) ?? marked);
      }
      ts.forEachChild(node, sentences);
    };
    sentences(sf);
    findings.sort((x, y) => x.line - y.line);
  }
  return findings;
}
