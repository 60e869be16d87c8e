import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './scripts/csp.ts';

// The training engine runs in a module worker; `worker.format: 'es'` keeps it an ES module
// in the production build as well as in dev.
//
// index.html loads one small script, src/start.ts, which starts a long opening's worker at once
// and then imports the page's code, src/main.tsx (worker/early.ts says why). main.tsx is an entry
// of its own so that everything it imports statically goes into one chunk ('$initial': the
// entries and their static imports), apart from the start script's own modules. Left alone, the
// bundler cuts the modules main.tsx shares with the lazy views (Korean texts, step inspection,
// scalar graph, digits, exports, race, landscape) into a dozen small chunks the page fetches up
// front anyway: more requests and a few KB more after gzip, which compresses one file better
// than many. The manifest tells `npm run bench:ui` what the start script loads.
/** The start script's modules (and index.html's own, which imports it). */
const START_MODULES = /(\/src\/start\.ts|\/src\/worker\/early\.ts|\/index\.html.*)$/;

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true,
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        main: fileURLToPath(new URL('./src/main.tsx', import.meta.url)),
      },
      output: {
        codeSplitting: {
          groups: [
            { name: 'start', test: START_MODULES, priority: 2 },
            { name: 'main', tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
