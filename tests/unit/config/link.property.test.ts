import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink } from '../../../src/config/link';
import { validateConfig } from '../../../src/config/validate';
import { validConfigArb } from './configArbitraries';
import { hostileLinkArb } from './linkArbitraries';

/**
 * Thousands of runs take a few seconds alone but several times that on a busy 2-core machine;
 * the timeout only guards against flakiness, it measures nothing.
 */
const SLOW = { timeout: 120_000 };

/** Characters a link we write may contain: no '%', '+', '#', spaces or quotes. */
const URL_SAFE = /^[A-Za-z0-9\-_.,;=&]*$/;

describe('encodeLink → decodeLink', () => {
  it(
    'gives back every valid config exactly, numbers bit for bit and -0 with its sign',
    SLOW,
    () => {
      fc.assert(
        fc.property(validConfigArb, (config) => {
          expect(validateConfig(config).problems).toEqual([]); // the arbitrary makes valid configs
          const link = encodeLink(config);
          expect(link).toMatch(URL_SAFE);
          // toEqual compares numbers with Object.is: -0 ≠ 0, so a lost sign fails here.
          const version = config.mathsVersion; // the link version names the maths
          expect(decodeLink(link)).toEqual({ config, problems: [], version, race: null });
        }),
        { numRuns: 1000 },
      );
    },
  );
});

describe('decodeLink on hostile text', () => {
  it('never throws, and always gives a config that is already valid', SLOW, () => {
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype);
    fc.assert(
      fc.property(hostileLinkArb, (text) => {
        const decoded = decodeLink(text);
        expect(validateConfig(decoded.config)).toEqual({ config: decoded.config, problems: [] });
        expect(decoded.problems.every((p) => typeof p.message === 'string')).toBe(true);
        // A decoded config is valid, so it survives a second trip through a link unchanged.
        expect(decodeLink(encodeLink(decoded.config)).config).toEqual(decoded.config);
        expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeBefore);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 3000 },
    );
  });
});
