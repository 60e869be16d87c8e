/**
 * The doctor's thresholds. Each FIRE value names a pattern; each RELEASE value is the looser
 * one a shown diagnosis must cross to go away, so a curve hovering at a threshold does not
 * make the hint flicker.
 */

/** Flat: judged only after this many steps, since even a good run can start slowly for a few dozen. */
export const FLAT_MIN_STEPS = 100;
/** Flat: the loss stayed within this share of its first value (the "less than 1%"). */
export const FLAT_FIRE_CHANGE = 0.01;
/** Flat ends once the loss has moved this far from its first value: clearly learning now. */
export const FLAT_RELEASE_CHANGE = 0.02;

/** Diverging: the recent loss is this many times its lowest value — no noise does that. */
export const DIVERGE_FIRE_FACTOR = 3;
/** Diverging ends when the recent loss is back under this multiple of its lowest value. */
export const DIVERGE_RELEASE_FACTOR = 2;
/**
 * Diverging: the rise must also be this share of the first loss, since a loss near 0 can
 * triple by jitter (0.02 → 0.06) without the run going anywhere.
 */
export const DIVERGE_MIN_RISE = 0.25;
/** Points whose median stands for "the recent loss", so one bad evaluation is not a divergence. */
export const RECENT_POINTS = 3;

/** Noise is measured over this many newest points: enough for a median, recent enough to change. */
export const NOISE_WINDOW = 12;
/**
 * Noisy: the typical jump off the local trend is this share of the loss. Healthy runs (the
 * lessons' good variants, dropout included) stay under 0.25; batch size 1 at η = 0.3 reaches 0.8.
 */
export const NOISE_FIRE_RATIO = 0.35;
/** Noisy ends once the typical jump is below this share of the loss. */
export const NOISE_RELEASE_RATIO = 0.2;
/** Noise is measured against at least this share of the first loss: jitter near 0 is harmless. */
export const NOISE_LEVEL_FLOOR = 0.05;

/**
 * Overfitting: the test loss must be this share above its minimum — more than the wobble of
 * a regularized run's test loss (under 0.18 in the overfitting lesson's dropout variant).
 */
export const OVERFIT_FIRE_RISE = 0.25;
/**
 * Overfitting: the rise must also be this share of the first test loss, since a test loss
 * already near 0 can rise by half (0.006 → 0.009) and still be an excellent fit.
 */
export const OVERFIT_MIN_RISE = 0.02;
/** Overfitting ends when the test loss is back within this share of its minimum. */
export const OVERFIT_RELEASE_RISE = 0.1;
/** Overfitting: the rise must have lasted this many steps since the minimum ("for a while"). */
export const OVERFIT_MIN_STEPS = 200;
/** Overfitting: the train loss must have fallen this share since the test minimum (it still learns). */
export const OVERFIT_TRAIN_FALL = 0.05;

/** Plateau: the loss stayed within this share of one value … */
export const PLATEAU_BAND = 0.02;
/** … for at least this many steps, long enough to look stuck. */
export const PLATEAU_MIN_STEPS = 200;
/** … and then fell by at least this share, within as many steps as the plateau lasted. */
export const PLATEAU_DROP = 0.3;

/**
 * First loss: farther than this share from ln C. Small random weights give logits near 0 and
 * a first loss within a few percent of ln C; being off by half means the logits are large.
 */
export const FIRST_LOSS_TOLERANCE = 0.5;
