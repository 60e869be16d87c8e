import { lazy, useState, type ComponentType } from 'react';

/**
 * A view split into a chunk of its own, out of the page's first JavaScript (DESIGN.md: initial
 * JavaScript ≤ 250 KB gzipped; tests/unit/bundle/initialImports.test.ts keeps these out of it).
 * Render `View` inside a <Suspense> whose fallback holds the view's place: it suspends only
 * while its chunk is still on the way, and renders at once when it is already here.
 */
export interface LazyView<Props> {
  View: ComponentType<Props>;
  /** Fetches the chunk (once); resolves when it is here, or has failed (the view says so). */
  preload: () => Promise<void>;
}

const preloads: (() => Promise<void>)[] = [];

/** `load` imports the view's module and picks the component out of it. */
export function lazyView<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): LazyView<Props> {
  let ready: ComponentType<Props> | null = null;
  let fetching: Promise<{ default: ComponentType<Props> }> | null = null;
  const fetch = (): Promise<{ default: ComponentType<Props> }> =>
    (fetching ??= load().then(
      (view) => {
        ready = view;
        return { default: view };
      },
      (error: unknown) => {
        fetching = null; // a failed fetch (a dropped connection) may be tried again
        throw error;
      },
    ));
  const Lazy = lazy(fetch);
  // Each place the view appears picks once, when it mounts: the component itself if the chunk
  // is here, else the lazy one (which shows it once loaded). Never switching keeps its state.
  function View(props: Props) {
    const [Shown] = useState<ComponentType<Props>>(() => ready ?? Lazy);
    return <Shown {...props} />;
  }
  const preload = (): Promise<void> =>
    fetch().then(
      () => {},
      () => {},
    );
  preloads.push(preload);
  return { View, preload };
}

/** Fetches every lazy view the page has met so far. */
export function preloadLazyViews(): Promise<void> {
  return Promise.all(preloads.map((preload) => preload())).then(() => {});
}

/**
 * Once the page has drawn and the browser is idle, fetches every lazy view, so the first click
 * that shows one (a step to inspect, the scalar graph) waits for nothing. It comes after the
 * first view, never before it.
 */
export function preloadLazyViewsWhenIdle(): void {
  const run = (): void => void preloadLazyViews();
  if (typeof window.requestIdleCallback === 'function')
    window.requestIdleCallback(run, { timeout: 3_000 });
  else window.setTimeout(run, 1_000);
}
