import { useEffect, useState } from 'react';

type Katex = typeof import('katex').default;

let loaded: Katex | null = null;
let loading: Promise<Katex> | null = null;

/**
 * KaTeX and its stylesheet, fetched on first use: typesetting is a few hundred kilobytes the
 * page does not need until someone opens the step inspector.
 */
export function loadKatex(): Promise<Katex> {
  loading ??= Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(
    ([module]) => {
      loaded = module.default;
      return loaded;
    },
  );
  return loading;
}

/** KaTeX once loaded (null until then, and if it cannot be loaded). */
export function useKatex(): Katex | null {
  const [katex, setKatex] = useState<Katex | null>(loaded);
  useEffect(() => {
    if (katex) return;
    let live = true;
    loadKatex().then(
      (k) => {
        if (live) setKatex(k);
      },
      () => {
        // Offline or blocked: the formulas stay readable as TeX source.
        loading = null;
      },
    );
    return () => {
      live = false;
    };
  }, [katex]);
  return katex;
}
