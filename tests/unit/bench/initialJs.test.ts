import { describe, expect, it } from 'vitest';
import { entryClosure, gzipSize, parseInitialAssets } from '../../../bench/ui/initialJs';

describe('parseInitialAssets', () => {
  it('reads what a Vite build writes', () => {
    const html = `<!doctype html>
<html><head>
  <link rel="icon" href="data:," />
  <script type="module" crossorigin src="/assets/index-buxvjmh-.js"></script>
  <link rel="modulepreload" crossorigin href="/assets/react-Cx1.js">
  <link rel="stylesheet" crossorigin href="/assets/index-CzohT7pe.css">
</head><body><div id="root"></div></body></html>`;
    expect(parseInitialAssets(html)).toEqual({
      scripts: ['/assets/index-buxvjmh-.js', '/assets/react-Cx1.js'],
      styles: ['/assets/index-CzohT7pe.css'],
    });
  });

  it('skips inline, classic, remote, commented-out and repeated scripts', () => {
    const html = `
  <script type="module">import('/assets/lazy.js')</script>
  <script src="/legacy.js"></script>
  <script type=module src='https://cdn.example.com/x.js'></script>
  <!-- <script type="module" src="/assets/old.js"></script> -->
  <script TYPE="Module" SRC=./assets/a.js></script>
  <link rel="modulepreload" href="./assets/a.js">
  <link rel="preload stylesheet" href="/assets/b.css">
  <link rel="prefetch" href="/assets/later.js">`;
    expect(parseInitialAssets(html)).toEqual({
      scripts: ['./assets/a.js'],
      styles: ['/assets/b.css'],
    });
  });
});

describe('entryClosure', () => {
  it('follows the entry’s imports and its dynamic ones, each with theirs, once each', () => {
    const manifest = {
      'index.html': {
        file: 'assets/index-A.js',
        isEntry: true,
        imports: ['_shared-S.js'],
        dynamicImports: ['src/main.tsx'],
      },
      '_shared-S.js': { file: 'assets/shared-S.js' },
      'src/main.tsx': {
        file: 'assets/main-M.js',
        isEntry: true,
        imports: ['_shared-S.js'],
        dynamicImports: ['src/views/Race.tsx'],
        css: ['assets/main-M.css'],
      },
      'src/views/Race.tsx': { file: 'assets/Race-R.js', css: ['assets/Race-R.css'] },
    };
    // The lazy views main.tsx imports later are not loaded up front.
    expect(entryClosure(manifest, 'index.html')).toEqual({
      scripts: ['/assets/index-A.js', '/assets/shared-S.js', '/assets/main-M.js'],
      styles: ['/assets/main-M.css'],
    });
    expect(entryClosure(manifest, 'missing.html')).toEqual({ scripts: [], styles: [] });
  });
});

describe('gzipSize', () => {
  it('measures the compressed bytes', () => {
    const text = new TextEncoder().encode('const x = 1;\n'.repeat(1000));
    const size = gzipSize(text);
    expect(size).toBeGreaterThan(20);
    expect(size).toBeLessThan(text.length / 20);
  });
});
