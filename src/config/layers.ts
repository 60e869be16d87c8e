/**
 * Validation of the hidden-layer list: at most LIMITS.hiddenLayers layers, each checked
 * field by field with LAYER_FIELD_SPECS. A bad field of one layer does not cost the others.
 */
import { checkBoolean, checkChoice, checkNumber, type Report } from './checks';
import { LAYER_FIELD_SPECS, NEW_LAYER, type LayersSpec } from './fields';
import { isPlainObject, readOwn } from './paths';
import { inSentence, quote, type Problem } from './problems';
import type { HiddenActivation, LayerConfig } from './types';

/** '4 tanh, 2 tanh' — how a list of layers reads in a message. */
export function describeLayers(layers: readonly LayerConfig[]): string {
  return layers.length === 0 ? 'none' : layers.map((l) => `${l.size} ${l.activation}`).join(', ');
}

export function checkLayers(
  spec: LayersSpec,
  raw: unknown,
  fallback: readonly LayerConfig[],
  problems: Problem[],
): LayerConfig[] {
  const copyOfFallback = (): LayerConfig[] => fallback.map((layer) => ({ ...layer }));
  if (raw === undefined) return copyOfFallback();
  const noun = inSentence(spec.label);
  if (!Array.isArray(raw)) {
    problems.push({
      field: spec.path,
      message: `${noun} ${quote(raw)} is not a list; using ${describeLayers(fallback)}`,
    });
    return copyOfFallback();
  }
  if (raw.length > spec.maxCount) {
    problems.push({
      field: spec.path,
      message: `${raw.length} ${noun} exceed the limit ${spec.maxCount}; using the first ${spec.maxCount}`,
    });
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
  const name = `hidden layer ${index + 1}`;
  const path = `${spec.path}.${index}`;
  if (!isPlainObject(raw)) {
    problems.push({
      field: path,
      message: `${name} ${quote(raw)} is not a layer; using ${describeLayers([NEW_LAYER])}`,
    });
    return { ...NEW_LAYER };
  }
  const layer: LayerConfig = { ...NEW_LAYER };
  // Batch norm: on only when the layer says exactly true; absent means off (older configs).
  const batchNorm = readOwn(raw, 'batchNorm');
  if (batchNorm === true) layer.batchNorm = true;
  else if (batchNorm !== undefined && batchNorm !== false) {
    problems.push({
      field: `${path}.batchNorm`,
      message: `${name} batch normalization ${quote(batchNorm)} is not true or false; leaving it off`,
    });
  }
  for (const field of LAYER_FIELD_SPECS) {
    const value = readOwn(raw, field.path);
    const noun = `${name} ${inSentence(field.label)}`;
    const report: Report = (message) => problems.push({ field: `${path}.${field.path}`, message });
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
