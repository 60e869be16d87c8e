import { describe, expect, it } from 'vitest';
import { gzipSize, parseInitialAssets } from '../../../bench/ui/initialJs';

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

describe('gzipSize', () => {
  it('measures the compressed bytes', () => {
    const text = new TextEncoder().encode('const x = 1;\n'.repeat(1000));
    const size = gzipSize(text);
    expect(size).toBeGreaterThan(20);
    expect(size).toBeLessThan(text.length / 20);
  });
});
