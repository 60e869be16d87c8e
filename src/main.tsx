// First: the run starts in its worker before the rest of the page's code is evaluated.
import { controller, presentation, startLang } from './boot';
// The page's base styles come first in the stylesheet, so the views' own rules (and their
// narrow-screen variants) override them rather than the other way round.
import './styles.css';
import { StrictMode, startTransition, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { loadLanguage } from './core/i18n';
import { whenFirstRenderMayStart } from './state/opening';
import { ControllerContext } from './views/shared/controllerContext';
import { PresentationContext } from './views/shared/presentation';
import { App } from './views/App/App';
import { preloadLazyViewsWhenIdle } from './views/shared/lazyView';

/**
 * The page's root: the lab, or an embed's few panels (their own chunk: a page showing the lab
 * never fetches it).
 */
async function rootView(): Promise<ReactElement> {
  if (!presentation.embed) return <App />;
  const { EmbedApp } = await import('./views/Embed/EmbedApp');
  return <EmbedApp panels={presentation.embed} />;
}

// The run is already starting in its worker; the first render waits for the page language's
// catalogue (English is already here), so a Korean page never flashes English first. Should it
// fail to load, the page shows English rather than nothing. A long opening also waits for the
// worker's first slice of training (state/opening.ts).
const language = loadLanguage(startLang).catch((error: unknown) => {
  console.error(`The ${startLang} texts could not be loaded; showing English.`, error);
});
void Promise.all([rootView(), language, whenFirstRenderMayStart(600)]).then(([view]) => {
  const root = createRoot(document.getElementById('root')!);
  // The first render is a transition, rendered in slices. The worker's thread starts only once
  // this thread runs a task for it; one unsliced first render held that back by about 0.3 s, and
  // with it the training of a long link (npm run bench:ui -- --only=opening).
  startTransition(() => {
    root.render(
      <StrictMode>
        <ControllerContext value={controller}>
          <PresentationContext value={presentation}>{view}</PresentationContext>
        </ControllerContext>
      </StrictMode>,
    );
  });
  preloadLazyViewsWhenIdle();
});
