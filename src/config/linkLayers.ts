/**
 * Hidden layers in a link: `h=8r,8r_d0.2,4t_b0,8r_n` — comma-separated layers, each its width,
 * an activation code, then options after '_' in this order: `b0` no bias, `d<p>` dropout p,
 * `n` batch normalization. `h=none` is no hidden layer. Only options that differ from a new
 * layer are written; the reader accepts them in any order.
 */
import { msg } from '../core/i18n/message';
import { ACTIVATION_DESCRIPTORS } from '../core/choices/activations';
import { NEW_LAYER } from './fields';
import type { LinkReport } from './linkKeys';
import { splitCapped } from './linkText';
import { LIMITS } from './limits';
import { formatNumber, parseIntegerText, parseNumberText } from './numbers';
import { quote } from './problems';
import { HIDDEN_ACTIVATIONS, type HiddenActivation, type LayerConfig } from './types';

/** One letter per hidden activation (its descriptor's link code); full names are accepted too. */
export const ACTIVATION_CODES = Object.fromEntries(
  HIDDEN_ACTIVATIONS.map((name) => [name, ACTIVATION_DESCRIPTORS[name].linkCode ?? name]),
) as Readonly<Record<HiddenActivation, string>>;

const NO_LAYERS = 'none';

export function writeLayers(layers: readonly LayerConfig[]): string {
  if (layers.length === 0) return NO_LAYERS;
  return layers
    .map((layer) => {
      let token = `${formatNumber(layer.size)}${ACTIVATION_CODES[layer.activation]}`;
      if (layer.bias !== NEW_LAYER.bias) token += `_b${layer.bias ? 1 : 0}`;
      if (!Object.is(layer.dropout, NEW_LAYER.dropout)) token += `_d${formatNumber(layer.dropout)}`;
      if (layer.batchNorm === true) token += '_n';
      return token;
    })
    .join(',');
}

export function readLayers(text: string, field: string, report: LinkReport): unknown[] {
  if (text === NO_LAYERS || text === '') return [];
  const { pieces, count } = splitCapped(text, ',', LIMITS.hiddenLayers);
  if (count > LIMITS.hiddenLayers) {
    report(field, msg('problem.link.tooManyLayers', { count, limit: LIMITS.hiddenLayers }));
  }
  return pieces.map((token, index) => readLayer(token, `${field}.${index}`, report));
}

/** Most options a layer token can carry (bias, dropout, batch norm), with room for a repeat. */
const MAX_LAYER_OPTIONS = 5;

function readLayer(
  token: string,
  field: string,
  report: LinkReport,
): Record<string, unknown> | string {
  const { pieces } = splitCapped(token, '_', MAX_LAYER_OPTIONS + 1);
  const [head, ...options] = pieces;
  // The width is the leading run of number characters; what follows names the activation.
  let widthEnd = 0;
  while (widthEnd < head.length && '0123456789.-+'.includes(head[widthEnd])) widthEnd++;
  // 'e' is the ELU code, so '4e' is 4 ELU; but 'e' followed by a digit or a sign is an
  // exponent ('1e309t'), which a width must not have.
  if (/^[eE][+-]?\d/.test(head.slice(widthEnd))) {
    widthEnd++;
    while (widthEnd < head.length && '0123456789+-'.includes(head[widthEnd])) widthEnd++;
  }
  // No width at all: the token is not a layer, and the message quotes it with its position.
  if (widthEnd === 0) return token;
  const layer: Record<string, unknown> = { size: parseIntegerText(head.slice(0, widthEnd)) };
  const code = head.slice(widthEnd);
  if (code !== '') layer.activation = activationFromCode(code);
  for (const option of options) {
    if (option === 'b0' || option === 'b1') layer.bias = option === 'b1';
    else if (option.startsWith('d')) layer.dropout = parseNumberText(option.slice(1));
    else if (option === 'n') layer.batchNorm = true;
    else report(field, msg('problem.link.layerOption', { value: quote(option) }));
  }
  return layer;
}

function activationFromCode(code: string): string {
  const byCode = HIDDEN_ACTIVATIONS.find((name) => ACTIVATION_CODES[name] === code);
  return byCode ?? code; // a full name, or text for the validator to refuse
}
