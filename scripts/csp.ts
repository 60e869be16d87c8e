/**
 * The Content-Security-Policy of the built site, as a <meta> tag Vite writes into index.html
 * (a static host needs no header configuration for it). Scripts and workers come from the
 * site itself only: no inline script, no eval, no script from anywhere else — so text from a
 * link can never run, even if a bug ever put it into the page as markup.
 *
 * Styles allow 'unsafe-inline' because KaTeX positions its glyphs with style attributes; a
 * style cannot run code. The dev server is left without the policy: its hot-reload client is
 * an inline script.
 *
 * A <meta> policy binds the page, not its worker, which compiles the fused training step of
 * small networks from integers only (src/engine/fusedStep.ts). Sent as a header, this policy
 * would bind the worker too: the worker then trains those networks layer by layer, to the same
 * numbers, slower.
 */
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head',
      },
    ],
  };
}
