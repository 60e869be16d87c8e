import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from '../../../src/config/base64url';
import { toWellFormed } from '../../../src/config/checks';
import { formatNumber, isDecimalLiteral, parseNumberText } from '../../../src/config/numbers';

describe('numbers as text', () => {
  it('writes the shortest form, -0 with its sign and exponents without +', () => {
    expect(formatNumber(0.1)).toBe('0.1');
    expect(formatNumber(-0)).toBe('-0');
    expect(formatNumber(1e21)).toBe('1e21');
    expect(formatNumber(1e-7)).toBe('1e-7');
    expect(formatNumber(5e-324)).toBe('5e-324');
    expect(formatNumber(Number.MAX_VALUE)).toBe('1.7976931348623157e308');
    expect(formatNumber(0.1 + 0.2)).toBe('0.30000000000000004');
  });

  it('reads back every double bit for bit', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(Object.is(parseNumberText(formatNumber(x)), x)).toBe(true);
      }),
      { numRuns: 5000 },
    );
    for (const x of [-0, 0, 5e-324, -5e-324, 1e308, -Number.MAX_VALUE, 2 ** 53 + 2]) {
      expect(Object.is(parseNumberText(formatNumber(x)), x)).toBe(true);
    }
  });

  it('reads decimal literals only, and names NaN and the infinities', () => {
    for (const text of ['1', '-0', '0.5', '.5', '+3', '1e-7', '1E+7', '007', '1.25e308']) {
      expect(isDecimalLiteral(text), text).toBe(true);
    }
    for (const text of ['', '-', '.', '5.', '1e', 'e1', '1e+', '0x10', '0b1', ' 1', '1 ', '1_000', '1,5', '--1', 'Infinity']) {
      expect(isDecimalLiteral(text), text).toBe(false);
      if (text !== 'Infinity') expect(parseNumberText(text)).toBe(text);
    } // prettier-ignore
    expect(parseNumberText('NaN')).toBeNaN();
    expect(parseNumberText('-Infinity')).toBe(-Infinity);
    expect(parseNumberText('1e999')).toBe(Infinity);
  });
});

describe('base64url', () => {
  it('matches RFC 4648 test vectors, without padding', () => {
    const vectors = ['', 'Zg', 'Zm8', 'Zm9v', 'Zm9vYg', 'Zm9vYmE', 'Zm9vYmFy'];
    vectors.forEach((code, n) => {
      expect(encodeBase64Url('foobar'.slice(0, n))).toBe(code);
      expect(decodeBase64Url(code)).toBe('foobar'.slice(0, n));
    });
    expect(encodeBase64Url('\u00ff\u00fe?>')).toBe('w7_Dvj8-'); // '-' and '_', not '+' and '/'
  });

  it('round-trips any well-formed text, a leading byte-order mark included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(decodeBase64Url(encodeBase64Url(text))).toBe(text);
      }),
      { numRuns: 2000 },
    );
    expect(decodeBase64Url(encodeBase64Url('\ufeff1,2\n'))).toBe('\ufeff1,2\n');
  });

  it('refuses what is not base64url or not UTF-8', () => {
    for (const code of ['A', 'Zm9v=', 'Zm+v', 'Zm/v', 'Zm 9', '%41', 'é', '_w', '__8']) {
      expect(decodeBase64Url(code), code).toBeNull();
    }
  });
});

describe('toWellFormed', () => {
  it('replaces half surrogate pairs and keeps whole ones', () => {
    expect(toWellFormed('a😀b')).toBe('a😀b');
    expect(toWellFormed('\ud800')).toBe('\ufffd');
    expect(toWellFormed('\udc00\ud83d')).toBe('\ufffd\ufffd');
    expect(toWellFormed('x\ud83d\ude00\ude00')).toBe('x😀\ufffd');
  });
});
