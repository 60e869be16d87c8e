/**
 * Links are a promise: every v=1 link keeps replaying to the same bits. The fixture was
 * recorded by scripts/record-links.ts from the engine as it stood before the registries,
 * the core layer and the speed work; every later engine must reproduce it exactly.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RECORDED_LINKS, replayLink } from '../../fixtures/recordedLinks';

interface Record_ {
  name: string;
  link: string;
  steps: number | null;
  result: Record<string, unknown>;
}

const recorded: Record_[] = JSON.parse(
  readFileSync(new URL('../../fixtures/recorded-links.json', import.meta.url), 'utf8'),
);

describe('recorded v=1 links replay bit for bit', () => {
  it('covers at least 20 varied links, the lessons, a ch= link, digits and explicit weights', () => {
    expect(recorded.length).toBeGreaterThanOrEqual(20);
    expect(recorded.map((r) => r.link)).toEqual(RECORDED_LINKS.map((r) => r.link));
    expect(recorded.some((r) => r.link.includes('ch='))).toBe(true);
    expect(recorded.some((r) => r.link.includes('ds=digits'))).toBe(true);
    expect(recorded.some((r) => r.link.includes('&w='))).toBe(true);
  });

  for (const record of recorded) {
    it(record.name, () => {
      // JSON round trip: the fixture holds numbers as their shortest exact decimal forms, so
      // equality after the same round trip is equality of the doubles, bit for bit.
      const now = JSON.parse(JSON.stringify(replayLink(record.link, record.steps)));
      expect(now).toEqual(record.result);
    });
  }
});
