/**
 * The link format in words, generated from the key table and the field table so it cannot
 * drift from the code. docs/link-format.md embeds `linkFormatTable()`; a test checks it does.
 */
import { defaultConfig } from './defaults';
import type { FieldSpec } from './fields';
import { LINK_KEYS, LINK_VERSION, specOf, writeSimple } from './linkKeys';
import { ACTIVATION_CODES, writeLayers } from './linkLayers';
import { formatNumber } from './numbers';
import { getPath } from './paths';
import { HIDDEN_ACTIVATIONS, type LayerConfig } from './types';

export interface LinkKeyDoc {
  key: string;
  /** Dotted path of the config field. */
  field: string;
  label: string;
  /** How the value is written. */
  format: string;
  /** The default as it would be written; a key with its default value is left out of links. */
  defaultText: string;
}

export function describeLinkFormat(): LinkKeyDoc[] {
  const defaults = defaultConfig();
  const rows: LinkKeyDoc[] = LINK_KEYS.map(({ key, path }) => {
    const spec = specOf(path);
    const value = getPath(defaults, path);
    return {
      key,
      field: path === 'initialParams' ? `${path}.${key === 'w' ? 'weights' : 'biases'}` : path,
      label: spec.label,
      format: formatOf(spec, key),
      defaultText:
        spec.kind === 'layers'
          ? writeLayers(value as LayerConfig[])
          : value === null || value === ''
            ? '(none)'
            : writeSimple(value),
    };
  });
  rows.push({
    key: 'ch',
    field: 'changes',
    label: 'Live changes',
    format:
      'entries `step_key_value` separated by `,`: a setting by its key (`500_lr_0.1`), a weight `w` layer.to.from (`900_w2.1.3_0.5`), a bias `b` layer.to, a step on picked samples `s` (`12_s_3.17`) or on a typed-in sample `x` (inputs `;;` targets); replayed at their steps',
    defaultText: '(none)',
  });
  rows.push({
    key: 'v',
    field: '',
    label: 'Link format version',
    format:
      'integer; written last, so a link that lost its end is noticed. It also names the maths: ' +
      '`1` trains with the tanh of links written before version 2 (the same bits as then), ' +
      '`2` with a faster tanh by table (src/core/detmath.ts)',
    defaultText: String(LINK_VERSION),
  });
  return rows;
}

function formatOf(spec: FieldSpec, key: string): string {
  switch (spec.kind) {
    case 'number': {
      const open = spec.minExclusive ? '(' : '[';
      const close = spec.maxExclusive ? ')' : ']';
      const range =
        spec.max === Infinity
          ? `≥ ${formatNumber(spec.min)}`
          : `in ${open}${formatNumber(spec.min)}, ${formatNumber(spec.max)}${close}`;
      const note = spec.rangeNote ? ` (${spec.rangeNote})` : '';
      return `${spec.integer ? 'integer' : 'number'} ${range}${note}`;
    }
    case 'choice':
      return `one of ${spec.choices.join(', ')}`;
    case 'boolean':
      return '1 (on) or 0 (off)';
    case 'subset':
      return `comma-separated, distinct, in order, from ${spec.choices.join(', ')}`;
    case 'text':
      return `base64url (no padding) of the UTF-8 text, at most ${spec.maxLength} characters`;
    case 'layers': {
      const codes = HIDDEN_ACTIVATIONS.map((name) => `${ACTIVATION_CODES[name]} ${name}`).join(
        ', ',
      );
      return (
        `comma-separated layers, each width + activation code (${codes}), then ` +
        `\`_b0\` for no bias, \`_d<p>\` for dropout p, \`_n\` for batch normalization ` +
        `(options in that order); \`none\` for no hidden layers`
      );
    }
    case 'params': {
      const what = key === 'w' ? 'weights[l] (row-major W, entry j·nIn + i)' : 'biases[l]';
      return `${what}: numbers separated by \`,\`, layers by \`;\`; \`w\` and \`b\` come together`;
    }
  }
}

/** The key table as markdown, for the README and docs/link-format.md. */
export function linkFormatTable(): string {
  const lines = ['| Key | Field | Label | Value | Default |', '| --- | --- | --- | --- | --- |'];
  for (const row of describeLinkFormat()) {
    const field = row.field === '' ? '—' : `\`${row.field}\``;
    lines.push(
      `| \`${row.key}\` | ${field} | ${row.label} | ${row.format} | \`${row.defaultText}\` |`,
    );
  }
  return lines.join('\n');
}
