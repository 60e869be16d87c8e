/**
 * How each dataset is named and described in the panel, in the page's language. The facts
 * (family, which settings it reads) stay in src/data/info.ts; these are only its words.
 */
import type { Translate } from '../../core/i18n';
import type { DatasetName } from '../../config/types';

type Gate = 'AND' | 'OR' | 'XOR' | 'XNOR' | 'NAND';
/** How the noise setting acts: jitter with σ = factor × noise, or one of the other two. */
type Noise = { jitter: number } | 'blobs' | 'target' | null;

interface Words {
  /** The menu entry (a gate is named by its operator, which reads the same everywhere). */
  label: (t: Translate) => string;
  about: (t: Translate) => string;
  noise: Noise;
}

const gate = (op: Gate, separable: boolean): Words => ({
  label: (t) => t('dataset.gate', { gate: op }),
  about: (t) =>
    separable
      ? t('dataset.about.gateLinear', { gate: op })
      : t('dataset.about.gateHidden', { gate: op }),
  noise: { jitter: 0.25 },
});

const WORDS: Record<DatasetName, Words> = {
  circle: {
    label: (t) => t('dataset.circle'),
    about: (t) => t('dataset.about.circle'),
    noise: { jitter: 1.5 },
  },
  xor: { label: () => 'XOR', about: (t) => t('dataset.about.xor'), noise: { jitter: 2 } },
  gaussians: {
    label: (t) => t('dataset.gaussians'),
    about: (t) => t('dataset.about.gaussians'),
    noise: 'blobs',
  },
  spiral: {
    label: (t) => t('dataset.spiral'),
    about: (t) => t('dataset.about.spiral'),
    noise: { jitter: 0.5 },
  },
  moons: {
    label: (t) => t('dataset.moons'),
    about: (t) => t('dataset.about.moons'),
    noise: { jitter: 1.5 },
  },
  'gate-and': gate('AND', true),
  'gate-or': gate('OR', true),
  'gate-xor': gate('XOR', false),
  'gate-xnor': gate('XNOR', false),
  'gate-nand': gate('NAND', true),
  sine: { label: (t) => t('dataset.sine'), about: (t) => t('dataset.about.sine'), noise: 'target' },
  abs: { label: (t) => t('dataset.abs'), about: (t) => t('dataset.about.abs'), noise: 'target' },
  step: { label: (t) => t('dataset.step'), about: (t) => t('dataset.about.step'), noise: 'target' },
  cubic: {
    label: (t) => t('dataset.cubic'),
    about: (t) => t('dataset.about.cubic'),
    noise: 'target',
  },
  plane: {
    label: (t) => t('dataset.plane'),
    about: (t) => t('dataset.about.plane'),
    noise: 'target',
  },
  bump: { label: (t) => t('dataset.bump'), about: (t) => t('dataset.about.bump'), noise: 'target' },
  iris: { label: (t) => t('dataset.iris'), about: (t) => t('dataset.about.iris'), noise: null },
  digits: {
    label: (t) => t('dataset.digits'),
    about: (t) => t('dataset.about.digits'),
    noise: null,
  },
  csv: { label: (t) => t('dataset.csv'), about: (t) => t('dataset.about.csv'), noise: null },
};

export function datasetLabel(name: DatasetName, t: Translate): string {
  return WORDS[name].label(t);
}

/** What the dataset is, and what its noise setting does (when it has one). */
export function datasetAbout(
  name: DatasetName,
  t: Translate,
): { about: string; noise: string | null } {
  const { about, noise } = WORDS[name];
  return { about: about(t), noise: noiseText(noise, t) };
}

function noiseText(noise: Noise, t: Translate): string | null {
  if (noise === null) return null;
  if (noise === 'blobs') return t('dataset.noise.blobs');
  if (noise === 'target') return t('dataset.noise.target');
  return t('dataset.noise.jitter', { factor: noise.jitter });
}
