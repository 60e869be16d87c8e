import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { english } from '../../../src/core/i18n/message';
import { defaultConfig } from '../../../src/config/defaults';
import { FIELD_SPECS, fieldSpec, PARAMS_LIMITS } from '../../../src/config/fields';
import { checkLinkLength, decodeLink, encodeLink } from '../../../src/config/link';
import { linkFormatTable } from '../../../src/config/linkFormat';
import { LINK_KEYS, type LinkReport } from '../../../src/config/linkKeys';
import { newParamBudget, readParamLists } from '../../../src/config/linkParams';
import { MAX_LINK_PAIRS } from '../../../src/config/linkText';
import { LIMITS } from '../../../src/config/limits';
import type { RunConfig } from '../../../src/config/types';

/** An XOR run a teacher might share: ReLU layers, sigmoid output, explicit weights. */
function xorRun(): RunConfig {
  const config = defaultConfig();
  config.data.dataset = 'xor';
  config.network.hidden = [
    { size: 3, activation: 'relu', bias: true, dropout: 0 },
    { size: 2, activation: 'leaky-relu', bias: false, dropout: 0.2 },
  ];
  config.network.output.activation = 'sigmoid';
  config.network.loss = 'bce';
  config.training.optimizer.learningRate = 0.1;
  config.initialParams = {
    weights: [
      [0.15, 0.2, 0.25, 0.3, -0.5, 1],
      [0.4, 0.45, 0.5, 0.55, 0.6, 0.65],
      [-0.1, 2e-7],
    ],
    biases: [[0.35, 0.35, 0], [0, 0], [0.6]],
  };
  config.open = { ...config.open, step: 500, view: 'inspector', focusSample: 3 };
  return config;
}

const messages = (text: string) => decodeLink(text).problems.map((p) => p.message);

describe('encodeLink', () => {
  it('writes only what differs from the defaults, the version last', () => {
    expect(encodeLink(defaultConfig())).toBe('v=2');
    expect(encodeLink(xorRun())).toBe(
      'ds=xor&h=3r,2k_b0_d0.2&out=sigmoid&loss=bce&lr=0.1' +
        '&w=0.15,0.2,0.25,0.3,-0.5,1;0.4,0.45,0.5,0.55,0.6,0.65;-0.1,2e-7&b=0.35,0.35,0;0,0;0.6' +
        '&step=500&view=inspector&focus=3&v=2',
    );
  });

  it('writes lists, booleans, CSV data and no hidden layers readably', () => {
    const config = defaultConfig();
    config.data.features = ['x1sq', 'x1'];
    config.data.normalize = true;
    config.data.csv = '1,2\n3,4';
    config.network.hidden = [];
    expect(encodeLink(config)).toBe('f=x1sq,x1&norm=1&csv=MSwyCjMsNA&h=none&v=2');
  });
});

describe('decodeLink', () => {
  it('gives back exactly the config encoded', () => {
    expect(decodeLink(encodeLink(xorRun()))).toEqual({
      config: xorRun(),
      problems: [],
      version: 2,
      race: null,
    });
  });

  it('reads a full URL, a hash with or without #, and a bare query string', () => {
    const link = encodeLink(xorRun());
    for (const text of [
      link,
      `#${link}`,
      `?${link}`,
      `https://lab.example.org/backprop/?utm_source=mail#${link}`,
      `https://lab.example.org/backprop/?${link}`,
      `  ${link}\n`,
    ]) {
      expect(decodeLink(text), text).toEqual({
        config: xorRun(),
        problems: [],
        version: 2,
        race: null,
      });
    }
  });

  it('repairs doubly and triply percent-encoded links', () => {
    const link = `https://lab.example.org/#${encodeLink(xorRun())}`;
    const twice = encodeURIComponent(link);
    const thrice = encodeURIComponent(twice);
    for (const text of [twice, thrice, encodeURI(link), encodeURIComponent(encodeURI(link))]) {
      expect(decodeLink(text)).toEqual({ config: xorRun(), problems: [], version: 2, race: null });
    }
    expect(decodeLink('v%253D1%2526ds%253Dmoons').config.data.dataset).toBe('moons');
  });

  it('reads hand-written links: full activation names, a missing code, percent escapes', () => {
    const { config, problems } = decodeLink('h=8relu,4&ds=%73piral&v=1');
    expect(problems).toEqual([]);
    expect(config.network.hidden.map((l) => [l.size, l.activation])).toEqual([
      [8, 'relu'],
      [4, 'tanh'],
    ]);
    expect(config.data.dataset).toBe('spiral');
  });

  it('lets the last of a repeated key win, so appending overrides', () => {
    const link = `${encodeLink(xorRun())}&lr=0.5`;
    expect(decodeLink(link)).toMatchObject({
      problems: [],
      config: { training: { optimizer: { learningRate: 0.5 } } },
    });
  });

  it('notes unknown keys once and ignores them', () => {
    expect(messages('lrr=0.1&colour=red&v=1')).toEqual([
      "ignored unknown link keys 'lrr', 'colour'",
    ]);
  });

  it('routes values through validateConfig, with its messages', () => {
    expect(decodeLink('lr=NaN&h=4t,5000r&ds=foo&v=1')).toMatchObject({
      config: { data: { dataset: 'circle' }, training: { optimizer: { learningRate: 0.03 } } },
      problems: [
        { field: 'data.dataset', message: "unknown dataset 'foo'; using circle" },
        {
          field: 'network.hidden.1.size',
          message: 'hidden layer 2 width 5000 is above the limit 256; using 256',
        },
        {
          field: 'training.optimizer.learningRate',
          message: "learning rate 'NaN' is not a number; using 0.03",
        },
      ],
    });
    expect(messages('lr=1e999&v=1')).toEqual([
      "learning rate 'Infinity' is not a finite number; using 0.03",
    ]);
    expect(messages('lr=abc&v=1')).toEqual(["learning rate 'abc' is not a number; using 0.03"]);
    expect(messages('n=-5&v=1')).toEqual(['samples -5 is below the minimum 4; using 4']);
    expect(messages('norm=yes&v=1')).toEqual([
      "normalize inputs 'yes' is not true or false; using false",
    ]);
  });

  it('reads a link of a newer version as far as it can', () => {
    expect(decodeLink('ds=xor&v=7')).toMatchObject({
      version: 7,
      config: { data: { dataset: 'xor' } },
      problems: [
        {
          field: 'link',
          message: 'link version 7 is newer than this app (2); reading what it can',
        },
      ],
    });
    expect(decodeLink('ds=xor&v=abc')).toMatchObject({ version: null, problems: [{ message: "link version 'abc' is unknown; reading it as version 2" }] }); // prettier-ignore
    expect(decodeLink('ds=xor&v=0').version).toBe(0);
  });

  it('reads the maths version from the link version, and writes it back', () => {
    // Links written before version 2 keep the maths they were made with.
    const old = decodeLink('ds=xor&lr=0.1&v=1');
    expect(old).toMatchObject({ version: 1, problems: [], config: { mathsVersion: 1 } });
    expect(encodeLink(old.config)).toBe('ds=xor&lr=0.1&v=1');
    const current = decodeLink('ds=xor&lr=0.1&v=2');
    expect(current).toMatchObject({ version: 2, problems: [], config: { mathsVersion: 2 } });
    expect(encodeLink(current.config)).toBe('ds=xor&lr=0.1&v=2');
    // A newer version, an unreadable one and none at all compute with the current maths.
    for (const text of ['ds=xor&v=7', 'ds=xor&v=abc', 'ds=xor', '']) {
      expect(decodeLink(text).config.mathsVersion, text).toBe(2);
    }
    expect(decodeLink(encodeLink({ ...xorRun(), mathsVersion: 1 }))).toEqual({
      config: { ...xorRun(), mathsVersion: 1 },
      problems: [],
      version: 1,
      race: null,
    });
  });

  it('says when a link has lost its end', () => {
    const link = encodeLink(xorRun());
    expect(decodeLink(link.slice(0, link.indexOf('&step')))).toMatchObject({
      version: null,
      config: { open: { step: 0 } },
      problems: [
        {
          field: 'link',
          message:
            'the link has no version (v=…) at its end, so it may have been cut off; reading it as version 2',
        },
      ],
    });
    expect(decodeLink('')).toEqual({
      config: defaultConfig(),
      problems: [],
      version: null,
      race: null,
    });
  });

  it('reads every prefix of a link without throwing, and to a valid config', () => {
    const link = encodeLink({ ...xorRun(), data: { ...xorRun().data, csv: 'x,y\n1,2\né,😀' } });
    for (let end = 0; end <= link.length; end++) {
      const { config } = decodeLink(link.slice(0, end));
      expect(decodeLink(encodeLink(config)).problems).toEqual([]);
    }
  });

  it('refuses CSV data that is not base64url text', () => {
    expect(decodeLink('csv=a%2Bb&v=1')).toMatchObject({
      config: { data: { csv: '' } },
      problems: [
        {
          field: 'data.csv',
          message: 'CSV data in the link is not valid base64url text; using none',
        },
      ],
    });
  });

  it('reads hidden layers without building more than the limit', () => {
    expect(messages('h=99999&v=1')).toEqual([
      'hidden layer 1 width 99999 is above the limit 256; using 256',
    ]);
    const many = decodeLink(`h=${'4t,'.repeat(50_000)}4t&v=1`);
    expect(many.config.network.hidden).toHaveLength(LIMITS.hiddenLayers);
    expect(many.problems.map((p) => p.message)).toEqual([
      'the link asks for 50001 hidden layers, above the limit 10; using the first 10',
    ]);
    expect(decodeLink('h=4t_zz_d0.5&v=1').problems[0].message).toBe("unknown layer option 'zz' in the link; ignoring it"); // prettier-ignore
    expect(decodeLink('h=none&v=1').config.network.hidden).toEqual([]);
  });

  it('needs weights and biases together', () => {
    expect(decodeLink('w=1,2;3&v=1')).toMatchObject({
      config: { initialParams: null },
      problems: [{ field: 'initialParams', message: 'the link has initial parameters without biases (b=…); using the initializer' }],
    }); // prettier-ignore
  });

  it('stops reading initial parameters at the limits', () => {
    const problems: string[] = [];
    const report: LinkReport = (_field, text) => problems.push(english(text));
    const tooLong = new Array(PARAMS_LIMITS.perLayer + 1).fill('0').join(',');
    expect(readParamLists(tooLong, 'w', newParamBudget(), report)).toBeNull();
    expect(
      readParamLists(';'.repeat(PARAMS_LIMITS.layers), 'w', newParamBudget(), report),
    ).toBeNull();
    expect(problems).toHaveLength(2);
    const exactlyAtLimit = new Array(PARAMS_LIMITS.perLayer).fill('0').join(',');
    expect(readParamLists(exactlyAtLimit, 'w', newParamBudget(), report)?.[0]).toHaveLength(
      PARAMS_LIMITS.perLayer,
    );
  });

  it('reads at most the pair limit', () => {
    const { problems } = decodeLink(`${'x=1&'.repeat(MAX_LINK_PAIRS + 10)}v=1`);
    expect(problems.map((p) => p.message)).toContain(
      `the link has more than ${MAX_LINK_PAIRS} settings; ignoring the rest`,
    );
  });

  it('cannot pollute prototypes', () => {
    const before = Object.getOwnPropertyNames(Object.prototype);
    const { config } = decodeLink(
      '__proto__=1&constructor=2&prototype=3&__proto__.polluted=4&constructor.prototype.polluted=5&toString=6&v=2',
    );
    expect(config).toEqual(defaultConfig());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(before);
    expect(Object.getPrototypeOf(config)).toBe(Object.prototype);
  });

  it('never reads past the length cap (a 1 MB link)', () => {
    // Everything after the cap would be a problem if it were read: a bad learning rate and a
    // million hidden layers. The decoded result equals that of the capped text exactly.
    const head = encodeLink(xorRun()).replace('&v=2', '');
    const filler = '&x='.padEnd(LIMITS.linkChars - head.length, 'a');
    const beyond = `&lr=NaN&h=${'4t,'.repeat(300_000)}&v=1`;
    const huge = `${head}${filler}${beyond}`;
    expect(huge.length).toBeGreaterThan(1_000_000);

    const decoded = decodeLink(huge);
    const capped = decodeLink(huge.slice(0, LIMITS.linkChars));
    expect(decoded.problems[0]).toMatchObject({
      field: 'link',
      message: `the link has ${huge.length} characters, above the limit ${LIMITS.linkChars}; reading only the first ${LIMITS.linkChars}`,
    });
    expect({ ...decoded, problems: decoded.problems.slice(1) }).toEqual(capped);
    expect(decoded.config.training.optimizer.learningRate).toBe(0.1);
    expect(decoded.config.network.hidden).toEqual(xorRun().network.hidden);
  });

  it('is never given anything but text by the type, yet survives it', () => {
    expect(decodeLink(null as unknown as string).config).toEqual(defaultConfig());
  });
});

describe('link length', () => {
  it('flags links too long to be read back', () => {
    expect(checkLinkLength(encodeLink(xorRun()))).toBeNull();
    const config = defaultConfig();
    config.data.csv = `${'0.125,-3.5,1\n'.repeat(15_400)}`.slice(0, LIMITS.csvChars);
    const link = encodeLink(config);
    expect(checkLinkLength(link)).toBeNull(); // the largest numeric CSV fits
    expect(decodeLink(link)).toEqual({ config, problems: [], version: 2, race: null });
    config.data.csv = '漢'.repeat(LIMITS.csvChars);
    expect(checkLinkLength(encodeLink(config))?.message).toMatch(/above the limit 400000/);
  });
});

describe('the link format', () => {
  it('gives every field a link key', () => {
    const linked = new Set<string>(LINK_KEYS.map((entry) => entry.path));
    expect(FIELD_SPECS.filter((spec) => !linked.has(spec.path))).toEqual([]);
    expect(LINK_KEYS.every((entry) => fieldSpec(entry.path) !== undefined)).toBe(true);
    const keys = LINK_KEYS.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps every v1 key for its field, in the order links write them', () => {
    // The keys are derived from the field table; this list is the promise they keep.
    expect(LINK_KEYS.map(({ key, path }) => `${key} ${path}`)).toEqual([
      'seed seed',
      'ds data.dataset',
      'n data.samples',
      'noise data.noise',
      'test data.testFraction',
      'cls data.classes',
      'f data.features',
      'norm data.normalize',
      'px data.digitSize',
      'csv data.csv',
      'csvy data.csvTargets',
      'csvtask data.csvTask',
      'h network.hidden',
      'out network.output.activation',
      'ob network.output.bias',
      'loss network.loss',
      'init network.init.kind',
      'iscale network.init.scale',
      'leak network.leakySlope',
      'elu network.eluAlpha',
      'opt training.optimizer.kind',
      'lr training.optimizer.learningRate',
      'mom training.optimizer.momentum',
      'rho training.optimizer.rho',
      'beta1 training.optimizer.beta1',
      'beta2 training.optimizer.beta2',
      'eps training.optimizer.epsilon',
      'wd training.optimizer.weightDecay',
      'sched training.schedule.kind',
      'decay training.schedule.decay',
      'gamma training.schedule.gamma',
      'every training.schedule.every',
      'lrlow training.schedule.cycleLow',
      'cycle training.schedule.cycleSteps',
      'batch training.batchSize',
      'reg training.regularization.kind',
      'lambda training.regularization.rate',
      'l1ratio training.regularization.l1Ratio',
      'w initialParams',
      'b initialParams',
      'step open.step',
      'view open.view',
      'focus open.focusSample',
      'op open.inspectOp',
      'gx open.graphExpression',
      'gv open.graphValues',
      'gb open.graphStep',
    ]);
  });

  it('is documented in docs/link-format.md, as generated from the code', () => {
    const cells = (table: string) =>
      table
        .split('\n')
        .filter((line) => line.startsWith('|') && !line.startsWith('| -'))
        .map((line) => line.split(' | ').map((cell) => cell.replace(/^\|\s*|\s*\|$/g, '').trim()));
    const doc = readFileSync(new URL('../../../docs/link-format.md', import.meta.url), 'utf8');
    expect(cells(doc.slice(doc.indexOf('## Keys')))).toEqual(cells(linkFormatTable()));
  });
});
