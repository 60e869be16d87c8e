// @vitest-environment happy-dom
import { act, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ViewName } from '../../src/config/types';
import { initialAppState, useAppStore } from '../../src/state/store';
import { headerResized, scrollIntoSight } from '../../src/views/shared/scrollIntoSight';
import { useOpenViewScroll } from '../../src/views/shared/useOpenViewScroll';
import type { RunInfo } from '../../src/worker/protocol';

const scrolls = vi.fn();

function Probe({ view }: { view: ViewName }) {
  const box = useRef<HTMLDivElement>(null);
  useOpenViewScroll(box, view, 'nearest');
  return (
    <div
      ref={(el) => {
        box.current = el;
        if (el) el.scrollIntoView = scrolls;
      }}
    />
  );
}

/** What the controller does when a run starts (info cleared) and when its worker is ready. */
function openRun(view: ViewName): void {
  act(() => useAppStore.setState((s) => ({ view, info: null, runId: s.runId + 1 })));
  act(() => useAppStore.setState({ info: {} as RunInfo }));
}

afterEach(() => {
  useAppStore.setState(initialAppState, true);
  scrolls.mockReset();
});

describe('useOpenViewScroll', () => {
  it('scrolls a view into sight when a link opens on it, once the run is ready', () => {
    render(<Probe view="loss" />);
    act(() => useAppStore.setState({ view: 'loss', info: null }));
    expect(scrolls).not.toHaveBeenCalled();
    act(() => useAppStore.setState({ info: {} as RunInfo }));
    expect(scrolls).toHaveBeenCalledTimes(1);
    expect(scrolls).toHaveBeenCalledWith({ block: 'nearest' });
  });

  it('not again for a new run that keeps the view (a structural change), but again after a link elsewhere', () => {
    render(<Probe view="loss" />);
    openRun('loss');
    openRun('loss');
    expect(scrolls).toHaveBeenCalledTimes(1);
    openRun('network');
    expect(scrolls).toHaveBeenCalledTimes(1);
    openRun('loss');
    expect(scrolls).toHaveBeenCalledTimes(2);
  });
});

describe('scrollIntoSight: a view scrolled to as the page opens stays below the settling header', () => {
  function anchored(): { element: HTMLElement; scroll: ReturnType<typeof vi.fn> } {
    const element = document.createElement('section');
    document.body.append(element);
    const scroll = vi.fn();
    element.scrollIntoView = scroll;
    scrollIntoSight(element);
    return { element, scroll };
  }

  /** Waits `n` animation frames (the anchoring looks once a frame). */
  const frames = (n: number) =>
    new Promise<void>((resolve) => {
      const next = (k: number) => (k === 0 ? resolve() : requestAnimationFrame(() => next(k - 1)));
      next(n);
    });

  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('the header growing just after (a lesson note mounted) scrolls to the view again', () => {
    const { scroll } = anchored();
    expect(scroll).toHaveBeenCalledTimes(1);
    headerResized();
    headerResized();
    expect(scroll).toHaveBeenCalledTimes(3);
    expect(scroll).toHaveBeenLastCalledWith({ block: 'start' });
  });

  it('the view moving on the screen just after (panels above it drawn) scrolls to it again', async () => {
    const { element, scroll } = anchored();
    let top = 248;
    element.getBoundingClientRect = () => ({ top }) as DOMRect;
    await frames(3);
    expect(scroll).toHaveBeenCalledTimes(1);
    // The opening's run arrived and the panels above grew: the view is 250 px lower.
    top = 498;
    await frames(3);
    expect(scroll).toHaveBeenCalledTimes(2);
    // The reader scrolls: the view may go where they take it.
    window.dispatchEvent(new Event('wheel'));
    top = 900;
    await frames(3);
    expect(scroll).toHaveBeenCalledTimes(2);
  });

  it('a view that stopped short at the page end goes on once the page grows below it', async () => {
    const { element, scroll } = anchored();
    element.getBoundingClientRect = () => ({ top: 400 }) as DOMRect;
    const page = document.documentElement;
    let height = window.innerHeight; // the page ends at the bottom of the screen
    Object.defineProperty(page, 'scrollHeight', { configurable: true, get: () => height });
    await frames(3);
    expect(scroll).toHaveBeenCalledTimes(1);
    // A lazy panel below drew itself: the page can scroll on, and the view goes to the top.
    height = window.innerHeight + 600;
    await frames(3);
    expect(scroll.mock.calls.length).toBeGreaterThanOrEqual(2);
    Reflect.deleteProperty(page, 'scrollHeight');
  });

  it('not once the reader has scrolled or clicked, nor after five seconds, nor for a removed view', () => {
    const first = anchored();
    window.dispatchEvent(new Event('wheel'));
    headerResized();
    expect(first.scroll).toHaveBeenCalledTimes(1);

    const second = anchored();
    window.dispatchEvent(new Event('pointerdown'));
    headerResized();
    expect(second.scroll).toHaveBeenCalledTimes(1);

    vi.useFakeTimers({ toFake: ['performance'] });
    const third = anchored();
    vi.advanceTimersByTime(5_001);
    headerResized();
    expect(third.scroll).toHaveBeenCalledTimes(1);
    vi.useRealTimers();

    const fourth = anchored();
    fourth.element.remove();
    headerResized();
    expect(fourth.scroll).toHaveBeenCalledTimes(1);
  });
});
