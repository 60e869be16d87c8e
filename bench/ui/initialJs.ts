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

/** Gzipped sizes of what a built site loads up front, and of everything it defers. */
export function measureBundle(distDir: string): BundleSizes {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const { scripts, styles } = parseInitialAssets(html);
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
