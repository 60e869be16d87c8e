// Shared test setup. Component tests opt into a DOM with `// @vitest-environment happy-dom`.
import { afterEach } from 'vitest';
import { clearLive } from '../src/state/live';

afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
  // The live run is a module singleton: a test must not see the previous test's numbers.
  clearLive();
});
