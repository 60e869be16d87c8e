import type { Translate } from '../../core/i18n';
import { activationLabel, layerName } from './notation';
import type { GraphShape } from './shape';

/** Rough width of a caption character (11.5 px system font), and of a Hangul syllable. */
const CHAR = 6.6;
const WIDE_CHAR = 11.5;
const WIDE = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/;

/** The caption's rough width in pixels: Hangul takes almost twice a Latin letter's room. */
export function captionWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? WIDE_CHAR : CHAR;
  return width;
}

/** "Hidden 1 · 4 tanh" when it fits between the layers, else two lines, shortened if need be. */
export function caption(
  shape: GraphShape,
  l: number,
  depth: number,
  spacing: number,
  t: Translate,
): string[] {
  const fits = (text: string): boolean => captionWidth(text) <= spacing - 12;
  const n = shape.sizes[l];
  const name = layerName(l, depth, t);
  const image = l === 0 && shape.imageSide > 0 ? ` (${shape.imageSide}×${shape.imageSide})` : '';
  const act = l > 0 ? shape.activations[l - 1] : '';
  // A batch-normalized layer says so (BN, as in the layer control).
  const norm = l > 0 && shape.batchNorm[l - 1] ? ' + BN' : '';
  const what = l === 0 ? `${n}${image}` : `${n} ${activationLabel(act, t)}${norm}`;
  if (fits(`${name} · ${what}`)) return [`${name} · ${what}`];
  const shortName = l === 0 ? 'In' : l === depth ? 'Out' : `H${l}`;
  const shortWhat = l === 0 ? String(n) : `${n} ${activationLabel(act, t, true)}${norm}`;
  return [fits(name) ? name : shortName, fits(what) ? what : shortWhat];
}

/**
 * Room for names beside the nodes (input names on the left, output names on the right): about
 * 7 px a letter, 12 a Hangul syllable, at most 110 px.
 */
export function labelWidth(names: readonly string[]): number {
  let longest = 0;
  for (const name of names) {
    let width = 0;
    for (const ch of name) width += WIDE.test(ch) ? 12 : 7;
    longest = Math.max(longest, width);
  }
  return longest === 0 ? 0 : Math.min(110, longest + 10);
}
