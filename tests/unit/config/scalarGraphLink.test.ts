import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/defaults';
import { decodeLink, encodeLink } from '../../../src/config/link';
import { encodeBase64Url } from '../../../src/config/base64url';

describe('the graph view in the link', () => {
  it('keeps expression, values and backward position exactly', () => {
    const config = defaultConfig();
    config.open = {
      ...config.open,
      view: 'graph',
      graphExpression: '(x + σ(y)) / (σ(x) + (x + y)^2)',
      graphValues: '3,-4.000000000000001',
      graphStep: 4,
    };
    const link = encodeLink(config);
    expect(link).toMatch(/^view=graph&gx=[\w-]+&gv=[\w-]+&gb=4&v=2$/);
    const back = decodeLink(link);
    expect(back.problems).toEqual([]);
    expect(back.config.open).toEqual(config.open);
  });

  it('the default graph writes nothing', () => {
    expect(encodeLink(defaultConfig())).toBe('v=2');
  });

  it('a bad expression opens the default one, with a message naming the position', () => {
    const { config, problems } = decodeLink(
      `gx=${encodeBase64Url('(x+y))*z')}&gv=${encodeBase64Url('1,2,3')}&gb=2&v=1`,
    );
    expect(problems.map((p) => p.message)).toEqual([
      "graph expression '(x+y))*z': unexpected ')' at 6; using (x + y) * z",
    ]);
    expect(config.open).toMatchObject({
      graphExpression: '(x + y) * z',
      graphValues: '-2,5,-4',
      graphStep: 0,
    });
  });

  it('values that do not fit the variables become 0, named', () => {
    const { config, problems } = decodeLink(
      `gx=${encodeBase64Url('x*y')}&gv=${encodeBase64Url('1,abc')}&v=1`,
    );
    expect(problems.map((p) => p.message)).toEqual([
      "graph values '1,abc': value 2 'abc' is not a number; using x = 1, y = 0",
    ]);
    expect(config.open.graphValues).toBe('1,0');
    const cut = decodeLink(`gb=99999&v=1`);
    expect(cut.config.open.graphStep).toBe(500);
    expect(cut.problems[0].field).toBe('open.graphStep');
  });
});
