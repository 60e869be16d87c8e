// Shared test setup. Component tests opt into a DOM with `// @vitest-environment happy-dom`.
import { afterEach, beforeAll } from 'vitest';
import { loadLanguage } from '../src/core/i18n';
import { clearLive } from '../src/state/live';
import { preloadLazyViews } from '../src/views/shared/lazyView';

// The page fetches the Korean catalogue before it shows Korean (main.tsx, languageActions); tests
// use Korean at once, even while they are collected (a describe body's translator('ko')), so it
// is here before the test file loads. tests/unit/i18n/loading.test.ts checks the loading itself
// on a fresh copy of the module.
await loadLanguage('ko');
// Likewise the lazy views this test file imports (the step inspection, the scalar graph's body…)
// are fetched first, so they render at once as on a page that has preloaded them when idle;
// tests/component/lazyView.test.tsx checks the loading itself.
beforeAll(() => preloadLazyViews());

afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
  // The live run is a module singleton: a test must not see the previous test's numbers.
  clearLive();
});
