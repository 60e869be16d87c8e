import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './scripts/csp.ts';

// The training engine runs in a module worker; `worker.format: 'es'` keeps it an ES module
// in the production build as well as in dev.
//
// Everything the page imports statically goes into one chunk ('$initial': the entry and its
// static imports). Left alone, the bundler cuts the modules it shares with the lazy views
// (Korean texts, step inspection, scalar graph, digits, exports, race, landscape) into a dozen
// small chunks the page fetches up front anyway: more requests and a few KB more after gzip,
// which compresses one file better than many.
export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
