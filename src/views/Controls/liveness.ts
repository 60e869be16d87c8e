/**
 * Which settings apply live (between two training steps) and which restart the run. This
 * mirrors `classifyChange` in the controller, which makes the actual decision; a component test
 * checks the two agree for every field, so the marks in the panel never lie.
 */
export type ChangeMode = 'live' | 'restart';

const LIVE_PREFIXES = ['training.optimizer.', 'training.schedule.', 'training.regularization.'];

export function changeModeOf(path: string): ChangeMode {
  return LIVE_PREFIXES.some((prefix) => path.startsWith(prefix)) ? 'live' : 'restart';
}

export const CHANGE_MODE_TEXT: Record<ChangeMode, { mark: string; short: string; long: string }> = {
  live: {
    mark: '●',
    short: 'applies live',
    long: 'Applies live, between two training steps, without restarting the run.',
  },
  restart: {
    mark: '↻',
    short: 'restarts the run',
    long: 'Changing this restarts the run from step 0.',
  },
};
