/**
 * The page's own words in English: controls, legends, tooltips, captions, notices.
 * Keys are `area.thing`; `{name}` marks a parameter filled by `translate`. The Korean
 * catalogue (`../ko/ui.ts`) must have exactly these keys: the compiler checks it.
 */
export const enUi = {
  'transport.toolbar': 'Training controls',
  'transport.play': 'Play',
  'transport.pause': 'Pause',
  'transport.playTitle': 'Play (Space)',
  'transport.pauseTitle': 'Pause (Space)',
  'transport.step': 'Step',
  'transport.stepTitle': 'Step: one training step (→)',
  'transport.reset': 'Reset',
  'transport.resetTitle': 'Reset: back to step 0 (R)',
  'transport.speed': 'Speed',
  'transport.speedTitle': 'Speed: how many training steps a second Play aims at',
  'language.label': 'Language',
} as const;
