// @vitest-environment happy-dom
import { act, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ViewName } from '../../src/config/types';
import { initialAppState, useAppStore } from '../../src/state/store';
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
