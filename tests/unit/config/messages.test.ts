import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../../../src/config/base64url';
import { decodeLink } from '../../../src/config/link';
import { escapeUnsafe, MAX_PROBLEMS } from '../../../src/config/problems';
import { prepareRun } from '../../../src/run/prepare';

const messages = (link: string): string[] => decodeLink(link).problems.map((p) => p.message);

describe('clean messages (issue 8)', () => {
  it('escape control characters and direction overrides instead of passing them on', () => {
    expect(escapeUnsafe('a\u001b[31mb\u202Ec\nd\u2066e')).toBe(
      'a\\u001B[31mb\\u202Ec\\u000Ad\\u2066e',
    );
    expect(escapeUnsafe('plain ünïcode ✓')).toBe('plain ünïcode ✓');
    const csv = encodeBase64Url('1,2\n3,\u001b[31mred\u202Eabc\n');
    const run = prepareRun(decodeLink(`ds=csv&csv=${csv}&v=1`).config);
    expect(run.ok).toBe(false);
    if (run.ok) return;
    expect(run.error).toBe('line 2, column 2: "\\u001B[31mred\\u202Eabc" is not a number');
    expect(messages('ds=%E2%80%AEcircle&v=1')).toEqual([
      "unknown dataset '\\u202Ecircle'; using circle",
    ]);
  });

  it('say that CSV text is not base64url', () => {
    expect(messages('ds=csv&csv=!!!!&v=1')).toEqual([
      'CSV data in the link is not valid base64url text; using none',
    ]);
  });

  it('refuse exponents and fractions in integers', () => {
    expect(messages('h=1e309t&v=1')).toEqual([
      "hidden layer 1 width '1e309' is not an integer; using 4",
    ]);
    expect(messages('n=1e3&batch=2.5&v=1')).toEqual([
      "samples '1e3' is not an integer; using 400",
      "batch size '2.5' is not an integer; using 10",
    ]);
    // An 'e' that is not an exponent is still the ELU code.
    expect(decodeLink('h=4e&v=1').config.network.hidden[0]).toMatchObject({
      size: 4,
      activation: 'elu',
    });
  });

  it('quote a bad list item with its position', () => {
    expect(messages('h=4,x&v=1')).toEqual(["hidden layer 2 'x' is not a layer; using 4 tanh"]);
    expect(messages('f=x1,zz,x2&v=1')).toEqual([
      "unknown 'zz' (item 2) in features; leaving it out",
    ]);
  });

  it('stop at 20, then say how many more', () => {
    const problems = decodeLink(`ch=${','.repeat(399_000)}&v=1`).problems;
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems[0].message).toBe(
      'the link has 399001 live changes, above the limit 1000; reading the first 1000',
    );
    expect(problems[1].message).toBe("live change 1: '' is unreadable; dropped it");
    expect(problems[20].message).toBe('…and 981 more');
  });
});
