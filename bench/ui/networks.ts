import { defaultConfig, defaultLayer } from '../../src/config/defaults';
import { encodeLink } from '../../src/config/link';
import type { RunConfig } from '../../src/config/types';
import { validateConfig } from '../../src/config/validate';

/** A network the UI benchmark trains, as the link that opens it. */
export interface UiBenchNetwork {
  name: string;
  /** The link text for the page's hash (without '#'). */
  link: string;
  /** The frame-rate bar for this network. */
  minFps: number;
  /**
   * The bar for the worker's steps/s while the page draws, as a share of the engine alone:
   * 85% on the deep narrow network (issue 7), 80% elsewhere (issue 13 for the digits).
   */
  minWorkerShare: number;
  /** A region (by accessible name) scrolled into view before training, so its views draw. */
  onScreen?: string;
  /**
   * Its own warm-up and window (ms), when the common ones would run past the page's
   * 1 000 000-step limit: training stops there, and the window would measure a paused page.
   */
  timing?: { warmup: number; window: number; repeats: number };
}

function link(edit: (config: RunConfig) => void): string {
  const config = defaultConfig();
  edit(config);
  const { config: valid, problems } = validateConfig(config);
  if (problems.length > 0) {
    throw new Error(`bench config is invalid: ${problems.map((p) => p.message).join('; ')}`);
  }
  return encodeLink(valid);
}

/**
 * The 784-64-10 digits network (ReLU, softmax, cross-entropy, batch 32) on `samples` images;
 * `adam` makes it the digits preset (He-normal, Adam at 0.001, a 20% test set).
 */
function digits(c: RunConfig, samples: number, adam: boolean): void {
  c.data.dataset = 'digits';
  c.data.digitSize = 28;
  c.data.samples = samples;
  if (adam) c.data.testFraction = 0.2;
  c.network.hidden = [{ ...defaultLayer(64), activation: 'relu' }];
  c.network.output = { activation: 'softmax', bias: true };
  c.network.loss = 'cce';
  if (adam) c.network.init.kind = 'he-normal';
  c.training.batchSize = 32;
  if (adam) {
    c.training.optimizer = { ...c.training.optimizer, kind: 'adam', learningRate: 0.001 };
  }
}

/** The default page, a deep narrow tanh network, and the 784-64-10 digits network. */
export function uiBenchNetworks(): UiBenchNetwork[] {
  return [
    // About 900 000 steps a second at full speed (the fused step, src/engine/fusedStep.ts):
    // 0.25 s of warm-up and a 0.6 s window stay below the 10⁶-step limit, where training
    // stops. So short a window is noisy, so it is measured five times and the median counts.
    {
      name: '2-4-2-1 tanh circle',
      link: link(() => {}),
      minFps: 50,
      minWorkerShare: 0.8,
      timing: { warmup: 250, window: 600, repeats: 5 },
    },
    {
      name: '6-8-8-8-8-8-8-1 tanh',
      link: link((c) => {
        c.data.features = ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1'];
        c.network.hidden = Array.from({ length: 6 }, () => defaultLayer(8));
      }),
      minFps: 50,
      minWorkerShare: 0.85,
    },
    {
      name: '784-64-10 digits',
      link: link((c) => digits(c, 2000, false)),
      minFps: 30,
      minWorkerShare: 0.8,
    },
    // The digits at full scale (issue 13): the preset network with the weight images and the
    // confusion matrix on screen, drawn live while training.
    {
      name: '784-64-10 digits, weight images + confusion on screen',
      link: link((c) => digits(c, 5000, true)),
      minFps: 50,
      minWorkerShare: 0.8,
      onScreen: 'Handwritten digits',
    },
  ];
}

/** The step the opening measurement opens the default network at. */
export const OPENING_STEP = 1_000_000;

/** The default network as a link that opens at OPENING_STEP (the page trains there first). */
export function openingLink(): string {
  return link((c) => {
    c.open.step = OPENING_STEP;
  });
}

/** The loss landscape's case (issue 11): its grid, and the network it is computed for. */
export interface LandscapeCase {
  name: string;
  link: string;
  grid: number;
  /** The frame-rate bar while the landscape computes (training paused: the bar). */
  minFps: number;
  /**
   * The bar while it computes and the network trains at full speed: the digits network's own
   * bar while training (its page draws 784 inputs and thousands of edges every frame).
   */
  minFpsPlaying: number;
  /** The time bar of the computation (the 10 s for this network and grid). */
  maxMs: number;
}

/**
 * 784-64-10 on 2 000 training digits at the default 31×31 grid, opened at step 200 so the
 * path has points: the issue's own example.
 */
export function landscapeCase(): LandscapeCase {
  return {
    name: '784-64-10 digits (2 000 training samples), 31×31',
    link: link((c) => {
      digits(c, 2500, true);
      c.open.step = 200;
    }),
    grid: 31,
    minFps: 50,
    minFpsPlaying: 30,
    maxMs: 10_000,
  };
}
