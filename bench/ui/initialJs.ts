import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What index.html makes the browser fetch before any user action. */
export interface InitialAssets {
  /** Module scripts and modulepreload links, in document order, without duplicates. */
  scripts: string[];
  /** Stylesheets. */
  styles: string[];
}

/** The value of `name` in one tag's attribute text (quoted or bare), or null. */
function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(
    tag,
  );
  return match ? (match[1] ?? match[2] ?? match[3]) : null;
}

/** Local URLs only: data:, blob:, protocol-relative and absolute http(s) URLs are not ours. */
function isLocal(url: string): boolean {
  return !/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url);
}

/**
 * The scripts and stylesheets index.html loads up front: `<script type="module" src>`,
 * `<link rel="modulepreload" href>` and `<link rel="stylesheet" href>`. Inline scripts, other
 * link kinds and remote URLs are ignored; comments are skipped.
 */
export function parseInitialAssets(html: string): InitialAssets {
  const text = html.replace(/<!--[\s\S]*?-->/g, '');
  const scripts: string[] = [];
  const styles: string[] = [];
  const add = (list: string[], url: string | null): void => {
    if (url && isLocal(url) && !list.includes(url)) list.push(url);
  };
  for (const [tag] of text.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    if (/^<script/i.test(tag)) {
      if ((attribute(tag, 'type') ?? '').toLowerCase() === 'module')
        add(scripts, attribute(tag, 'src'));
      continue;
    }
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('modulepreload')) add(scripts, attribute(tag, 'href'));
    else if (rel.includes('stylesheet')) add(styles, attribute(tag, 'href'));
  }
  return { scripts, styles };
}

/** Bytes after gzip at level 9 (what a server compressing at its best would send). */
export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 9 }).length;
}

export interface SizedFile {
  file: string;
  bytes: number;
  gzip: number;
}

export interface BundleSizes {
  initialJs: SizedFile[];
  initialCss: SizedFile[];
  /** JavaScript not loaded up front: the worker and lazily imported chunks. */
  deferredJs: SizedFile[];
  deferredCss: SizedFile[];
}

/** One chunk of Vite's build manifest (.vite/manifest.json), as far as it is read here. */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

/**
 * What the page's entry script loads before the page can show anything: its static imports
 * and the chunks it imports dynamically (src/start.ts imports the page's code at once, or once
 * a long opening's worker has trained its first slice), each with theirs, and their styles.
 * Paths as in index.html ('/assets/…').
 */
export function entryClosure(
  manifest: Record<string, ManifestChunk>,
  entryKey: string,
): InitialAssets {
  const scripts: string[] = [];
  const styles: string[] = [];
  const seen = new Set<string>();
  const visit = (key: string, dynamicToo: boolean): void => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    scripts.push(`/${chunk.file}`);
    for (const css of chunk.css ?? []) if (!styles.includes(`/${css}`)) styles.push(`/${css}`);
    for (const next of chunk.imports ?? []) visit(next, false);
    if (dynamicToo) for (const next of chunk.dynamicImports ?? []) visit(next, false);
  };
  visit(entryKey, true);
  return { scripts, styles };
}

/** The scripts and styles loaded up front: index.html's, and its entry's closure when known. */
function initialAssets(distDir: string): InitialAssets {
  const html = parseInitialAssets(readFileSync(join(distDir, 'index.html'), 'utf8'));
  let manifest: Record<string, ManifestChunk>;
  try {
    const text = readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8');
    manifest = JSON.parse(text) as Record<string, ManifestChunk>;
  } catch {
    return html;
  }
  const closure = entryClosure(manifest, 'index.html');
  const add = (list: string[], more: string[]): string[] => [
    ...list,
    ...more.filter((url) => !list.includes(url)),
  ];
  return { scripts: add(html.scripts, closure.scripts), styles: add(html.styles, closure.styles) };
}

/** Gzipped sizes of what a built site loads up front, and of everything it defers. */
export function measureBundle(distDir: string): BundleSizes {
  const { scripts, styles } = initialAssets(distDir);
  const size = (file: string): SizedFile => {
    const local = file.replace(/^\.?\//, '').replace(/[?#].*$/, '');
    const bytes = readFileSync(join(distDir, local));
    return { file: local, bytes: bytes.length, gzip: gzipSize(bytes) };
  };
  const initialJs = scripts.map(size);
  const initialCss = styles.map(size);
  const initial = new Set([...initialJs, ...initialCss].map((f) => f.file));
  const assets = readdirSync(join(distDir, 'assets'))
    .map((name) => `assets/${name}`)
    .filter((file) => !initial.has(file));
  return {
    initialJs,
    initialCss,
    deferredJs: assets.filter((f) => f.endsWith('.js')).map(size),
    deferredCss: assets.filter((f) => f.endsWith('.css')).map(size),
  };
}
