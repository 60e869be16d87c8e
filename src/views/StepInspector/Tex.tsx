import { memo, useMemo } from 'react';
import { useKatex } from './useKatex';

/** A formula typeset by KaTeX; its TeX source until KaTeX has loaded. */
export const Tex = memo(function Tex({ tex, display = true }: { tex: string; display?: boolean }) {
  const katex = useKatex();
  const html = useMemo(
    () =>
      katex?.renderToString(tex, {
        displayMode: display,
        throwOnError: false,
        output: 'htmlAndMathml',
        // Our formulas use no \href, \url or \includegraphics and no macros: refuse them all.
        trust: false,
        maxExpand: 100,
      }) ?? null,
    [katex, tex, display],
  );
  if (html === null) {
    return <code className="si-tex-source">{tex}</code>;
  }
  // KaTeX builds markup from our own TeX (numbers and fixed symbols), never from user text.
  return <span className="si-tex" dangerouslySetInnerHTML={{ __html: html }} />;
});
