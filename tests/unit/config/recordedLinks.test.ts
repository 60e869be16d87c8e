/**
 * Links are a promise: every v=1 link keeps replaying to the same bits. The fixture was
 * recorded by scripts/record-links.ts from the engine as it stood before the registries,
 * the core layer and the speed work; every later engine must reproduce it exactly. The links
 * of maths version 2 (`v=2`, a faster tanh) have a fixture of their own from the day it came.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  RECORDED_LINKS,
  RECORDED_LINKS_V2,
  replayLink,
  usesTanh,
} from '../../fixtures/recordedLinks';

interface Record_ {
  name: string;
  link: string;
  steps: number | null;
  result: Record<string, unknown>;
}

const read = (name: string): Record_[] =>
  JSON.parse(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8'));
const recorded = read('recorded-links.json');
const recordedV2 = read('recorded-links-v2.json');

/** JSON round trip: the fixtures hold numbers as their shortest exact decimal forms. */
const replayed = (link: string, steps: number | null): Record<string, unknown> =>
  JSON.parse(JSON.stringify(replayLink(link, steps)));

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
      expect(replayed(record.link, record.steps)).toEqual(record.result);
    });
  }
});

describe('recorded v=2 links replay bit for bit', () => {
  it('covers the recorded links that compute tanh, as v=2', () => {
    expect(recordedV2.map((r) => r.link)).toEqual(RECORDED_LINKS_V2.map((r) => r.link));
    expect(recordedV2.length).toBeGreaterThanOrEqual(10);
    expect(recordedV2.every((r) => r.link.endsWith('v=2'))).toBe(true);
  });

  for (const record of recordedV2) {
    it(record.name, () => {
      expect(replayed(record.link, record.steps)).toEqual(record.result);
    });
  }

  it('gives the v=1 bits to every recorded link without tanh', () => {
    const without = recorded.filter((r) => !usesTanh(r.link));
    expect(without.length).toBeGreaterThanOrEqual(8);
    for (const record of without) {
      const v2 = record.link.replace(/v=1$/, 'v=2');
      expect(replayed(v2, record.steps), record.name).toEqual(record.result);
    }
  });

  it('trains the default network to other last bits but the same losses to 9 digits', () => {
    const v1 = recorded.find((r) => r.name === 'default')!.result;
    const v2 = recordedV2.find((r) => r.name === 'default')!.result;
    expect(v2.weights).not.toEqual(v1.weights);
    const close = (a: unknown, b: unknown) => Math.abs((a as number) / (b as number) - 1);
    expect(close(v2.trainLoss, v1.trainLoss)).toBeLessThan(1e-9);
    expect(close(v2.testLoss, v1.testLoss)).toBeLessThan(1e-9);
  });
});
