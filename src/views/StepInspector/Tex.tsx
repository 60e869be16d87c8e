import { memo, useMemo } from 'react';
import { useKatex } from './useKatex';

/**
 * KaTeX settings. Our formulas use no \href, \url, \includegraphics or \htmlClass and no
 * user macros, so `trust: false` refuses them all and `maxExpand` bounds macro expansion.
 */
export const KATEX_OPTIONS = {
  throwOnError: false,
  output: 'htmlAndMathml',
  trust: false,
  maxExpand: 100,
} as const;

/** A formula typeset by KaTeX; its TeX source until KaTeX has loaded. */
export const Tex = memo(function Tex({ tex, display = true }: { tex: string; display?: boolean }) {
  const katex = useKatex();
  const html = useMemo(
    () => katex?.renderToString(tex, { ...KATEX_OPTIONS, displayMode: display }) ?? null,
    [katex, tex, display],
  );
  if (html === null) {
    return <code className="si-tex-source">{tex}</code>;
  }
  // KaTeX builds markup from our own TeX (numbers and fixed symbols), never from user text.
  return <span className="si-tex" dangerouslySetInnerHTML={{ __html: html }} />;
});
