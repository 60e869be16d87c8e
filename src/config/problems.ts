/**
 * A problem found in a config or a link: which field, and a sentence saying what was wrong and
 * what was used instead. Problems are shown to the user, so the words matter more than codes.
 */
export interface Problem {
  /** Dotted path of the field, e.g. 'training.optimizer.learningRate' or 'network.hidden.2.size'. */
  field: string;
  message: string;
}

/** Most problems shown for one link or config; more is not a list anyone reads. */
export const MAX_PROBLEMS = 20;

/**
 * The first MAX_PROBLEMS problems, then one line '…and N more', so a hostile link with
 * thousands of bad entries costs a short list on the page and in the CLI.
 */
export function boundProblems(problems: readonly Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return [...problems];
  const more = problems.length - MAX_PROBLEMS;
  return [...problems.slice(0, MAX_PROBLEMS), { field: '', message: `…and ${more} more` }];
}

/** Longest piece of untrusted text quoted in a message, so a hostile value cannot flood it. */
const QUOTE_CHARS = 40;

/**
 * A label as it reads inside a sentence: 'Learning rate' → 'learning rate', but labels that
 * start with an acronym or a name ('CSV data', 'L1 ratio', 'ELU alpha') keep their capitals.
 */
export function inSentence(label: string): string {
  const firstWord = label.split(' ')[0];
  const restOfWord = firstWord.slice(1);
  return restOfWord === restOfWord.toLowerCase() && !/\d/.test(restOfWord)
    ? label.charAt(0).toLowerCase() + label.slice(1)
    : label;
}

/** A value quoted for a message: short, on one line, whatever it is. */
export function quote(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  const text = typeof value === 'string' ? value : String(value);
  const short = text.length > QUOTE_CHARS ? `${cutAt(text, QUOTE_CHARS)}…` : text;
  return `'${withoutControlChars(short)}'`;
}

/** The first `length` UTF-16 units, one fewer if that would split a surrogate pair. */
function cutAt(text: string, length: number): string {
  const lastCode = text.charCodeAt(length - 1);
  const splitsPair = lastCode >= 0xd800 && lastCode <= 0xdbff;
  return text.slice(0, splitsPair ? length - 1 : length);
}

/** Control characters (newlines, tabs, NUL…) become spaces so a message stays one line. */
function withoutControlChars(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    out += code < 0x20 || code === 0x7f ? ' ' : char;
  }
  return out;
}

/** A list of choices or values as plain words: 'x1, x2'. */
export function listWords(values: readonly unknown[]): string {
  return values.map(String).join(', ');
}
