/**
 * The Optimizers lesson's race variants: SGD, Momentum and Adam on 2-D surfaces, where their
 * paths can be seen (the race panel), each with one sentence on what to watch. The rates were
 * picked with `npm run race` so that each rule shows its character: on the rotated bowl SGD at
 * η = 0.09 zigzags across the valley (12 reversals, f < 10⁻³ after 44 steps), Momentum
 * overshoots a few times (58 steps), Adam's even per-coordinate steps arrive last (78 steps);
 * on Rosenbrock after 600 steps SGD still zigzags high on the wall (f ≈ 4.2) while Momentum and
 * Adam follow the bent valley floor (f ≈ 0.04).
 */
import { defaultRun, type RaceConfig } from '../config/race';
import { SURFACES, type SurfaceName } from '../core/surfaces';
import type { ConfigPatch, LessonVariant } from './types';

/** SGD, Momentum (μ = 0.9) and Adam from the surface's own start, at the given rates. */
function lessonRace(surface: SurfaceName, [sgd, momentum, adam]: number[]): RaceConfig {
  const [x, y] = SURFACES[surface].start;
  return {
    surface,
    from: [x, y],
    runs: [defaultRun('sgd', sgd), defaultRun('momentum', momentum), defaultRun('adam', adam)],
    step: 0,
    changes: [],
  };
}

/** The two race variants; the network beside them runs the lesson's Adam variant on `run`. */
export function optimizerRaceVariants(run: ConfigPatch): LessonVariant[] {
  const patch: ConfigPatch = {
    ...run,
    training: { optimizer: { kind: 'adam', learningRate: 0.01 } },
  };
  return [
    {
      id: 'race-bowl',
      label: 'Race: rotated bowl',
      patch,
      race: {
        config: lessonRace('rotated-bowl', [0.09, 0.01, 0.1]),
        watch: 'landscape.lesson.bowl',
      },
    },
    {
      id: 'race-rosenbrock',
      label: 'Race: Rosenbrock',
      patch,
      race: {
        config: lessonRace('rosenbrock', [0.001, 0.0005, 0.05]),
        watch: 'landscape.lesson.rosenbrock',
      },
    },
  ];
}
