// @vitest-environment happy-dom
import { act, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { live, touchLive } from '../../src/state/live';
import { drawOutOfSight } from '../../src/views/shared/onScreen';
import { useLiveFrame } from '../../src/views/shared/useLiveFrame';

/** The IntersectionObserver callbacks the page registered, to play the browser's part. */
let observers: { callback: (entries: { isIntersecting: boolean }[]) => void; stopped: boolean }[];

beforeEach(() => {
  observers = [];
  vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      private readonly entry: (typeof observers)[number];
      constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
        this.entry = { callback, stopped: false };
        observers.push(this.entry);
      }
      observe(): void {}
      disconnect(): void {
        this.entry.stopped = true;
      }
    },
  );
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Records the live version each time it draws. */
function Probe({ drawn, watch }: { drawn: number[]; watch: boolean }) {
  const box = useRef<HTMLDivElement>(null);
  useLiveFrame((run) => drawn.push(run.version), watch ? box : undefined);
  return <div ref={box} />;
}

function frame(): void {
  act(() => {
    touchLive();
    vi.advanceTimersByTime(16);
  });
}

describe('useLiveFrame with a target', () => {
  it('draws nothing while the target is out of sight, and the newest state when it comes back', () => {
    const drawn: number[] = [];
    const { unmount } = render(<Probe drawn={drawn} watch />);
    frame();
    const seen = drawn.length;
    expect(drawn[seen - 1]).toBe(live.version);
    act(() => observers[0].callback([{ isIntersecting: false }]));
    for (let k = 0; k < 5; k++) frame();
    expect(drawn).toHaveLength(seen);
    act(() => observers[0].callback([{ isIntersecting: true }]));
    expect(drawn).toHaveLength(seen + 1);
    expect(drawn[seen]).toBe(live.version); // caught up with the newest change at once
    frame();
    expect(drawn).toHaveLength(seen + 2);
    unmount();
    expect(observers[0].stopped).toBe(true);
  });

  it('drawOutOfSight brings a view out of sight to the newest numbers (a saved picture)', () => {
    const away: number[] = [];
    const shown: number[] = [];
    render(
      <>
        <Probe drawn={away} watch />
        <Probe drawn={shown} watch />
      </>,
    );
    frame();
    act(() => observers[0].callback([{ isIntersecting: false }]));
    for (let k = 0; k < 3; k++) frame();
    const [awayBefore, shownBefore] = [away.length, shown.length];
    act(() => drawOutOfSight());
    // The one out of sight draws the newest state at once; the one on screen is already there.
    expect(away).toHaveLength(awayBefore + 1);
    expect(away[away.length - 1]).toBe(live.version);
    expect(shown).toHaveLength(shownBefore);
    expect(shown[shown.length - 1]).toBe(live.version);
    // Nothing missed since: a second call draws nothing.
    act(() => drawOutOfSight());
    expect(away).toHaveLength(awayBefore + 1);
  });

  it('coming into sight without a missed change draws nothing extra', () => {
    const drawn: number[] = [];
    render(<Probe drawn={drawn} watch />);
    frame();
    const before = drawn.length;
    act(() => observers[0].callback([{ isIntersecting: false }]));
    act(() => observers[0].callback([{ isIntersecting: true }]));
    expect(drawn).toHaveLength(before);
  });

  it('without a target, draws on every changed frame as before', () => {
    const drawn: number[] = [];
    render(<Probe drawn={drawn} watch={false} />);
    frame();
    const seen = drawn.length;
    for (let k = 0; k < 3; k++) frame();
    expect(drawn).toHaveLength(seen + 3);
    expect(observers).toHaveLength(0);
  });
});
