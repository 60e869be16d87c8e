/**
 * fast-check arbitraries for hostile link text: random and unicode strings, key=value soups
 * with dangerous keys and values, and valid links damaged the ways links get damaged.
 */
import fc from 'fast-check';
import { encodeLink } from '../../../src/config/link';
import { LINK_KEYS } from '../../../src/config/linkKeys';
import { formatNumber } from '../../../src/config/numbers';
import { validConfigArb } from './configArbitraries';

const HOSTILE_KEYS = [
  '__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf',
  '__proto__.polluted', 'constructor.prototype.polluted', 'data.dataset', 'V', 'LR', '', '&', '=',
]; // prettier-ignore

const HOSTILE_VALUES = [
  '', '1e999', '-1e999', 'NaN', 'Infinity', '-Infinity', '-5', '-0', '0', '99999', '1e308',
  '5e-324', '0x10', '1_000', ' 7 ', '5.', '.5', '+3', '1e', 'e1', 'none', 'null', 'undefined',
  'true', 'yes', '[]', '{}', '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>',
  '%', '%%', '%2', '%E0%A4%A', '%FF', '%253D', '%26', '%3D', '%23', '%00', '\u0000', '😀',
  '\ud800', '99999t', '4t,,2t', '4x', '4t_q', '4t_d', '4t_d2', '4t_b7', ',,,,', ';;;;',
  '1,2;3', 'x1,x1', 'x1,zz', 'AAAA', 'AAA', 'A', '____', '-_-_',
]; // prettier-ignore

const knownKeyArb = fc.constantFrom(...LINK_KEYS.map((entry) => entry.key), 'v');
const keyArb = fc.oneof(knownKeyArb, fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 8 }));
const valueTextArb = fc.oneof(
  fc.constantFrom(...HOSTILE_VALUES),
  fc.double().map(formatNumber),
  fc.double().map(String),
  fc.integer().map(String),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.array(fc.constantFrom(...HOSTILE_VALUES), { maxLength: 6 }).map((v) => v.join(',')),
);

const pairsArb = fc
  .array(fc.tuple(keyArb, valueTextArb), { maxLength: 30 })
  .map((pairs) => pairs.map(([key, value]) => `${key}=${value}`).join('&'));

/** Ways a valid link gets damaged on its way from one person to another. */
const mangledLinkArb = fc
  .tuple(validConfigArb, fc.nat(), fc.integer({ min: 0, max: 9 }), valueTextArb, keyArb)
  .map(([config, at, how, value, key]) => {
    const link = encodeLink(config);
    const cut = at % (link.length + 1);
    switch (how) {
      case 0:
        return link.slice(0, cut); // truncated
      case 1:
        return encodeURIComponent(link); // doubly encoded
      case 2:
        return encodeURIComponent(encodeURIComponent(encodeURIComponent(link)));
      case 3:
        return encodeURI(`https://example.org/lab/?utm=1#${link}`);
      case 4:
        return `${link.slice(0, cut)}${value}${link.slice(cut)}`; // text inserted
      case 5:
        return `${link}&${key}=${value}`; // a key appended
      case 6:
        return `${key}=${value}&${link}`;
      case 7:
        return link.toUpperCase();
      case 8:
        return encodeURIComponent(link).slice(0, cut); // encoded and cut
      default:
        return link.replace(/=[^&]*/, `=${value}`); // first value replaced
    }
  });

export const hostileLinkArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc
    .array(fc.constantFrom(...HOSTILE_VALUES, ...HOSTILE_KEYS, '&', '=', '#', '?', 'v=1', 'h='), {
      maxLength: 40,
    })
    .map((pieces) => pieces.join('')),
  pairsArb,
  pairsArb.map((pairs) => `https://example.org/#${pairs}&v=1`),
  mangledLinkArb,
);
