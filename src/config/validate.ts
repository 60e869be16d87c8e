/**
 * Turns anything — parsed JSON, a decoded link, a stored session — into a valid RunConfig and a
 * list of problems in words. It never throws: a bad field falls back to its default or is
 * clamped into range, and the problem says which field and what was used instead. A missing
 * field is not a problem (it means "use the default"), so partial configs are fine. Keys the
 * table does not know are ignored.
 */
import {
  checkBoolean,
  checkChoice,
  checkNumber,
  checkSubset,
  checkText,
  type Report,
} from './checks';
import { defaultConfig } from './defaults';
import { FIELD_SPECS, LOSS_NEEDS_OUTPUT, type FieldSpec } from './fields';
import { applyBudget } from './budget';
import { checkChanges } from './changes';
import { checkParamsStructure } from './initialParams';
import { checkLayers } from './layers';
import { getPath, isPlainObject, setPath, type PlainObject } from './paths';
import { msg, type Message } from '../core/i18n/message';
import { fieldLabel, problem, quote, type Problem } from './problems';
import {
  LOSSES,
  type FeatureName,
  type LayerConfig,
  type LossName,
  type OutputActivation,
  type RunConfig,
} from './types';
import { checkGraphOpen } from './scalarGraph';
import { CURRENT_MATHS, MATHS_VERSIONS, type MathsVersion } from '../core/detmath';

export type { Problem } from './problems';

export interface Validated {
  config: RunConfig;
  problems: Problem[];
}

/** Groups of settings; one that is present but not an object gets a single problem. */
const SECTIONS: readonly { path: string; label: Message }[] = [
  { path: 'data', label: msg('problem.section.data') },
  { path: 'network', label: msg('problem.section.network') },
  { path: 'network.output', label: msg('problem.section.output') },
  { path: 'network.init', label: msg('problem.section.init') },
  { path: 'training', label: msg('problem.section.training') },
  { path: 'training.optimizer', label: msg('problem.section.optimizer') },
  { path: 'training.schedule', label: msg('problem.section.schedule') },
  { path: 'training.regularization', label: msg('problem.section.regularization') },
  { path: 'open', label: msg('problem.section.open') },
];

export function validateConfig(input: unknown): Validated {
  try {
    return validateFields(input);
  } catch {
    // Only an exotic input (a Proxy or a getter that throws) gets here; JSON never does.
    return {
      config: defaultConfig(),
      problems: [problem('', msg('problem.config.unreadable'))],
    };
  }
}

function validateFields(input: unknown): Validated {
  const defaults = defaultConfig();
  const problems: Problem[] = [];
  if (input !== undefined && !isPlainObject(input)) {
    problems.push(problem('', msg('problem.config.notObject', { value: quote(input) })));
    return { config: defaults, problems };
  }
  for (const section of SECTIONS) {
    const raw = getPath(input, section.path);
    if (raw !== undefined && !isPlainObject(raw)) {
      const text = msg('problem.config.sectionNotObject', {
        section: section.label,
        value: quote(raw),
      });
      problems.push(problem(section.path, text));
    }
  }

  // Filled in field by field, in table order, so dynamic ranges see the fields before them.
  const config = defaultConfig();
  // The table names fields by path; this view lets us write by path. The field-table tests
  // check that every path exists in RunConfig with the kind of value the table says.
  const writable = config as unknown as PlainObject;
  for (const spec of FIELD_SPECS) {
    const report: Report = (text) => problems.push(problem(spec.path, text));
    const raw = getPath(input, spec.path);
    const fallback = getPath(defaults, spec.path);
    setPath(writable, spec.path, checkField(spec, raw, fallback, config, report, problems));
  }
  matchLossToOutput(config, problems);
  applyBudget(config, problems);
  checkGraphOpen(config.open, problems);
  config.changes = checkChanges(getPath(input, 'changes'), problems, config);
  config.mathsVersion = checkMathsVersion(getPath(input, 'mathsVersion'), problems);
  return { config, problems };
}

/** 1 or 2 (see MathsVersion); a config without it computes with the current version. */
function checkMathsVersion(raw: unknown, problems: Problem[]): MathsVersion {
  if (raw === undefined) return CURRENT_MATHS;
  if (MATHS_VERSIONS.some((v) => v === raw)) return raw as MathsVersion;
  const text = msg('problem.config.mathsVersion', {
    value: quote(raw),
    versions: MATHS_VERSIONS.join(', '),
    using: CURRENT_MATHS,
  });
  problems.push(problem('mathsVersion', text));
  return CURRENT_MATHS;
}

function checkField(
  spec: FieldSpec,
  raw: unknown,
  fallback: unknown,
  validatedSoFar: RunConfig,
  report: Report,
  problems: Problem[],
): unknown {
  const noun = fieldLabel(spec);
  switch (spec.kind) {
    case 'number':
      return checkNumber(
        spec,
        spec.range?.(validatedSoFar) ?? spec,
        raw,
        fallback as number,
        noun,
        report,
      );
    case 'choice':
      return checkChoice(spec, raw, fallback as string | number, noun, report);
    case 'boolean':
      return checkBoolean(spec, raw, fallback as boolean, noun, report);
    case 'subset':
      return checkSubset(spec, raw, fallback as FeatureName[], noun, report);
    case 'text':
      return checkText(spec, raw, fallback as string, noun, report);
    case 'layers':
      return checkLayers(spec, raw, fallback as LayerConfig[], problems);
    case 'params': {
      const hidden = validatedSoFar.network.hidden.length;
      const { params, problem } = checkParamsStructure(raw, hidden);
      if (problem) problems.push(problem);
      return params;
    }
  }
}

/**
 * Cross-entropy losses are fused with their output activation (that is what makes them
 * numerically stable), so a mismatch is fixed on the loss side: the output activation is the
 * more visible choice, and the loss follows it.
 */
function matchLossToOutput(config: RunConfig, problems: Problem[]): void {
  const { loss, output } = config.network;
  const needed = LOSS_NEEDS_OUTPUT[loss];
  if (needed === undefined || needed === output.activation) return;
  const replacement = lossFor(output.activation, defaultConfig().network.loss);
  config.network.loss = replacement;
  const text = msg('problem.config.lossNeedsOutput', {
    loss,
    needed,
    output: output.activation,
    using: replacement,
  });
  problems.push(problem('network.loss', text));
}

/** The loss fused with `output` if there is one, else the default loss if it fits, else mse. */
export function lossFor(output: OutputActivation, preferred: LossName): LossName {
  const fused = LOSSES.find((loss) => LOSS_NEEDS_OUTPUT[loss] === output);
  if (fused) return fused;
  return LOSS_NEEDS_OUTPUT[preferred] === undefined ? preferred : 'mse';
}
