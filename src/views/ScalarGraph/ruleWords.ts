import type { Translate } from '../../core/i18n';
import type { PlainTextKey } from '../shared/richText';

/**
 * The gate rules and local-gradient notes the scalar-graph core names (in English, as its
 * identifiers), in the page's language. A note that is only a formula has no entry and is
 * shown as it is; so is any rule the core adds later until it gets words here.
 */
const RULES: Readonly<Record<string, PlainTextKey>> = {
  'add distributes': 'scalar.rule.add',
  'subtract distributes, negated': 'scalar.rule.sub',
  'multiply swaps': 'scalar.rule.mul',
  divide: 'scalar.rule.div',
  power: 'scalar.rule.pow',
  'negate flips the sign': 'scalar.rule.neg',
  'exp keeps its value': 'scalar.rule.exp',
  log: 'scalar.rule.log',
  'square root': 'scalar.rule.sqrt',
  'σ gate': 'scalar.rule.sigmoid',
  'relu routes (or stops)': 'scalar.rule.relu',
  'max routes': 'scalar.rule.max',
  'min routes': 'scalar.rule.min',
  'abs keeps or flips': 'scalar.rule.abs',
  'loss fused with its activation': 'scalar.rule.lossFused',
  loss: 'scalar.rule.loss',
  'from the layer above: Σₖ wₖⱼ δₖ': 'scalar.rule.fromAbove',
  activation: 'scalar.rule.activation',
  'the larger input gets all of it, the other none': 'scalar.note.max',
  'the smaller input gets all of it, the other none': 'scalar.note.min',
  '∂C/∂a in one formula, as the engine computes it': 'scalar.note.lossFused',
  '∂C/∂z from the loss': 'scalar.note.loss',
  '∂z/∂a = h′(a), times the dropout mask': 'scalar.note.masked',
};

/** A rule or note of the core in the page's language. */
export function ruleWords(t: Translate, text: string): string {
  const key = RULES[text];
  return key ? t(key) : text;
}
