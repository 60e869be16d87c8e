/**
 * The page's entry. A link that opens at a late step starts its run here, before the page's
 * own code is even fetched: the worker reads the address itself and trains while the page
 * loads. Everything else starts in main.tsx, imported next.
 */
import { earlyStartFor } from './worker/early';

const early = earlyStartFor(window.location.hash);
if (early) window.__earlyRun = early;
void (early ? early.firstSlice : Promise.resolve()).then(() => import('./main'));
