/** English texts of one area of the lab; see `./ui.ts` for the conventions. */
export const enLandscape = {
  'landscape.loading': 'Loading the loss landscape…',
  'landscape.region': 'Loss landscape',
  'landscape.title': 'Loss landscape',
  'landscape.plane': 'Plane',
  'landscape.plane.random': 'two random directions',
  'landscape.plane.pca': 'principal components of the path',
  'landscape.grid': 'Grid',
  'landscape.gridOption': '{n}×{n}',
  'landscape.seed': 'Seed',
  'landscape.seedTitle': 'Seed of the random directions: another seed, another plane through θ',
  'landscape.compute': 'Compute landscape',
  'landscape.cancel': 'Cancel',
  'landscape.explain.random':
    'Two random directions d₁, d₂, each filter-normalized: every neuron’s incoming weights in a direction are scaled to the size of that neuron’s weights in θ (Li et al. 2018), so the picture does not depend on how large the weights are. α = β = 0 is the current network.',
  'landscape.explain.pca':
    'The first two principal components of the weights recorded while training: the plane in which the run moved most. The path is the run itself, seen in that plane.',
  'landscape.progress': 'Landscape points computed',
  'landscape.progressText': '{done} of {total} points',
  'landscape.coarse': 'A coarse first picture; the points between are being filled in.',
  'landscape.cancelled': 'Cancelled: the points computed so far are shown.',
  'landscape.refused.short-path':
    'The principal components need a path: train at least a few steps first.',
  'landscape.refused.batch-norm':
    'This network uses batch normalization, which the landscape does not model yet; turn it off to see the landscape.',
  'landscape.refused.no-run': 'The run is not ready yet.',
  'landscape.empty': 'Train a little, then compute the landscape around the current weights.',
  'landscape.mapLabel':
    'Loss landscape around the weights at step {step}, {grid}×{grid} points, with the training path',
  'landscape.caption':
    'Loss on θ + αd₁ + βd₂ for α, β in [−{range}, {range}] at step {step}. Darker is lower (log-spaced levels). The ringed dot is θ, the current weights.',
  'landscape.path.pca': 'The red line is the training path from step {first}, seen in this plane.',
  'landscape.path.random':
    'The training path from step {first} is drawn too, but in so many dimensions random directions are almost perpendicular to it, so it stays close to θ: choose the principal components to see it.',
  'landscape.lowest': 'Lowest loss on the map: {low}; at θ, its centre: {centre}.',
  // Shown with the Optimizers lesson's race variants (the lesson catalogue holds the lesson itself).
  'landscape.lesson.race': 'In the race:',
  'landscape.lesson.bowl':
    'Watch the narrow direction of the valley: SGD zigzags across it, Momentum overshoots a few times and then rolls down the floor, and Adam takes even steps with no zigzag yet arrives last, because the bowl is turned 45° and scaling each coordinate on its own does not help here.',
  'landscape.lesson.rosenbrock':
    'Watch the bent valley: all three zigzag across it at first, SGD the longest. Then SGD creeps along the floor, and after 600 steps it is still before the bend (f ≈ 4), while Momentum and Adam have followed the bend to near the minimum at (1, 1) (f ≈ 0.04).',
} as const;
