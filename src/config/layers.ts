/**
 * Validation of the hidden-layer list: at most LIMITS.hiddenLayers layers, each checked
 * field by field with LAYER_FIELD_SPECS. A bad field of one layer does not cost the others.
 */
import { checkBoolean, checkChoice, checkNumber, type Report } from './checks';
import { LAYER_FIELD_SPECS, NEW_LAYER, type LayersSpec } from './fields';
import { isPlainObject, readOwn } from './paths';
import { msg, type Arg } from '../core/i18n/message';
import { fieldLabel, problem, quote, type Problem } from './problems';
import type { HiddenActivation, LayerConfig } from './types';

/** '4 tanh, 2 tanh' — how a list of layers reads in a message. */
export function describeLayers(layers: readonly LayerConfig[]): Arg {
  return layers.length === 0
    ? msg('problem.value.none')
    : layers.map((l) => `${l.size} ${l.activation}`).join(', ');
}

export function checkLayers(
  spec: LayersSpec,
  raw: unknown,
  fallback: readonly LayerConfig[],
  problems: Problem[],
): LayerConfig[] {
  const copyOfFallback = (): LayerConfig[] => fallback.map((layer) => ({ ...layer }));
  if (raw === undefined) return copyOfFallback();
  const noun = fieldLabel(spec);
  if (!Array.isArray(raw)) {
    const using = describeLayers(fallback);
    problems.push(
      problem(spec.path, msg('problem.layers.notList', { noun, value: quote(raw), using })),
    );
    return copyOfFallback();
  }
  if (raw.length > spec.maxCount) {
    const counts = { count: raw.length, noun, limit: spec.maxCount };
    problems.push(problem(spec.path, msg('problem.layers.tooMany', counts)));
  }
  // Never look past the limit: a hostile list may be millions long. Array.from (not map)
  // visits the holes of a sparse list too, so none survives into the config.
  const kept: unknown[] = raw.slice(0, spec.maxCount);
  return Array.from(kept, (layer, index) => checkLayer(spec, layer, index, problems));
}

function checkLayer(
  spec: LayersSpec,
  raw: unknown,
  index: number,
  problems: Problem[],
): LayerConfig {
  const layerNumber = index + 1;
  const path = `${spec.path}.${index}`;
  if (!isPlainObject(raw)) {
    const using = describeLayers([NEW_LAYER]);
    const text = msg('problem.layers.notLayer', { layer: layerNumber, value: quote(raw), using });
    problems.push(problem(path, text));
    return { ...NEW_LAYER };
  }
  const layer: LayerConfig = { ...NEW_LAYER };
  // Batch norm: on only when the layer says exactly true; absent means off (older configs).
  const batchNorm = readOwn(raw, 'batchNorm');
  if (batchNorm === true) layer.batchNorm = true;
  else if (batchNorm !== undefined && batchNorm !== false) {
    const text = msg('problem.layers.batchNorm', { layer: layerNumber, value: quote(batchNorm) });
    problems.push(problem(`${path}.batchNorm`, text));
  }
  for (const field of LAYER_FIELD_SPECS) {
    const value = readOwn(raw, field.path);
    const noun = msg('problem.layers.field', {
      layer: layerNumber,
      field: fieldLabel(field, true),
    });
    const report: Report = (text) => problems.push(problem(`${path}.${field.path}`, text));
    switch (field.kind) {
      case 'number': {
        const key = field.path as 'size' | 'dropout';
        layer[key] = checkNumber(field, field, value, NEW_LAYER[key], noun, report);
        break;
      }
      case 'choice':
        layer.activation = checkChoice<HiddenActivation>(
          field,
          value,
          NEW_LAYER.activation,
          noun,
          report,
        );
        break;
      case 'boolean':
        layer.bias = checkBoolean(field, value, NEW_LAYER.bias, noun, report);
        break;
    }
  }
  return layer;
}
