/**
 * The hand loop with V8's Math.exp/log/tanh instead of the engine's deterministic functions:
 * a second instance of handLoop.ts (its URL carries ?math=native), so its loops are compiled
 * separately from the default instance's and each stays monomorphic.
 */
const SPECIFIER: string = './handLoop.ts?math=native';
const native: typeof import('./handLoop') = await import(SPECIFIER);
if (!native.NATIVE_MATH) throw new Error('the Math.* hand loop did not load as a second instance');

export const NativeHandLoop = native.HandLoop;
