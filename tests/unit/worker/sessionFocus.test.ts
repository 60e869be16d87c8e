import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/defaults';
import { Header } from '../../../src/engine';
import { SessionHarness } from './sessionHost';

describe('focus sample', () => {
  it('a new focus sample gets a snapshot right away, even while paused', async () => {
    const h = new SessionHarness();
    await h.init(defaultConfig());
    h.recycleAll();
    const before = h.of('snapshot').length;
    h.send({ type: 'focus', sample: 5 });
    expect(h.of('snapshot').length).toBe(before + 1);
    expect(h.lastSnapshot()[Header.focusSample]).toBe(5);
  });
});
