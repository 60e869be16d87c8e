/** U+2060 WORD JOINER: no line break here. */
const JOIN = '\u2060';

/**
 * Course notation kept on one line: browsers may break after '/', which splits ∂C/∂w or
 * √(2/nᵢₙ) across two lines. A word joiner after each slash forbids that break.
 */
export function keepTogether(text: string): string {
  return text.replaceAll('/', `/${JOIN}`);
}
