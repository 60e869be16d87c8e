import type { Translate } from '../../core/i18n';
import { activationLabel, layerName } from './notation';
import type { GraphShape } from './shape';
import { textWidth } from '../shared/textWidth';

/** The captions' font size (px). */
const CAPTION_PX = 11.5;
/** The node names' font size (px). */
const NAME_PX = 12;

/** The caption's rough width in pixels: Hangul takes almost twice a Latin letter's room. */
export function captionWidth(text: string): number {
  return textWidth(text, CAPTION_PX);
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
 * Room for names beside the nodes (input names on the left, output names on the right), at
 * most 110 px.
 */
export function labelWidth(names: readonly string[]): number {
  const longest = Math.max(0, ...names.map((name) => textWidth(name, NAME_PX)));
  return longest === 0 ? 0 : Math.min(110, longest + 10);
}
