// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { Suspense, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyView } from '../../src/views/shared/lazyView';

/** A counter standing in for a view's module: its chunk arrives when `arrive` is called. */
function deferredCounter() {
  let arrive: () => void = () => {};
  let fail: (error: Error) => void = () => {};
  let calls = 0;
  function Counter({ label }: { label: string }) {
    const [count, setCount] = useState(0);
    return (
      <button type="button" onClick={() => setCount(count + 1)}>
        {label} {count}
      </button>
    );
  }
  const load = () => {
    calls += 1;
    return new Promise<typeof Counter>((resolve, reject) => {
      arrive = () => resolve(Counter);
      fail = reject;
    });
  };
  return { load, arrive: () => arrive(), fail: (e: Error) => fail(e), calls: () => calls };
}

const page = (View: React.ComponentType<{ label: string }>, label: string) => (
  <Suspense fallback={<p>loading</p>}>
    <View label={label} />
  </Suspense>
);

describe('a lazy view', () => {
  it('holds its place with the fallback until its chunk is here, then keeps its state', async () => {
    const chunk = deferredCounter();
    const { View } = lazyView(chunk.load);
    const { rerender } = render(page(View, 'clicks'));
    expect(screen.getByText('loading')).toBeTruthy();
    await act(async () => chunk.arrive());
    fireEvent.click(screen.getByRole('button', { name: 'clicks 0' }));
    fireEvent.click(screen.getByRole('button', { name: 'clicks 1' }));
    // A re-render after the chunk arrived must not remount the view (its count would reset).
    rerender(page(View, 'taps'));
    expect(screen.getByRole('button').textContent).toBe('taps 2');
    expect(chunk.calls()).toBe(1);
  });

  it('renders at once, without the fallback, once preloaded', async () => {
    const chunk = deferredCounter();
    const { View, preload } = lazyView(chunk.load);
    const loading = preload();
    expect(chunk.calls()).toBe(1);
    chunk.arrive();
    await loading;
    render(page(View, 'ready'));
    expect(screen.queryByText('loading')).toBeNull();
    expect(screen.getByRole('button').textContent).toBe('ready 0');
    await preload();
    expect(chunk.calls()).toBe(1); // fetched once
  });

  it('tries again after a failed fetch', async () => {
    const chunk = deferredCounter();
    const { View, preload } = lazyView(chunk.load);
    const first = preload();
    chunk.fail(new Error('offline'));
    await expect(first).resolves.toBeUndefined(); // a preload never throws
    const second = preload();
    expect(chunk.calls()).toBe(2);
    chunk.arrive();
    await second;
    render(page(View, 'again'));
    expect(screen.getByRole('button').textContent).toBe('again 0');
  });
});
