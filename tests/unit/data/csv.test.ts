import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/config/limits';
import { buildDataset } from '../../../src/data';
import { csvData, parseCsv } from '../../../src/data/csv';
import { build, configFor, rows } from './helpers';
import { english as englishText } from '../../../src/core/i18n/message';

type Task = 'regression' | 'classification';

function csvError(csv: string, csvTargets = 1, csvTask: Task = 'regression'): string {
  const result = csvData({ csv, csvTargets, csvTask });
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

function table(csv: string) {
  const parsed = parseCsv(csv);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

describe('CSV parsing', () => {
  it('lists the problems of up to five lines at once and counts the rest', () => {
    const english = (csv: string) => {
      const parsed = parseCsv(csv);
      if (parsed.ok) throw new Error('expected problems');
      return [parsed.error, ...(parsed.more ?? []).map(englishText)];
    };
    expect(english('1,2\n3,x\n5,6\n7\n,8')).toEqual([
      'line 2, column 2: "x" is not a number',
      'line 4 has 1 column, expected 2',
      'line 5, column 1 is empty',
    ]);
    const bad = Array.from({ length: 9 }, (_, k) => `${k},y${k}`).join('\n');
    const listed = english(`0,0\n${bad}`);
    expect(listed).toHaveLength(6);
    expect(listed[4]).toBe('line 6, column 2: "y4" is not a number');
    expect(listed[5]).toBe('4 more lines have problems');
    expect(english(`0,0\n${bad.split('\n').slice(0, 6).join('\n')}`).at(-1)).toBe(
      'one more line has a problem',
    );
  });

  it('reads commas, semicolons, tabs and spaces; skips blank lines and # comments', () => {
    const text = [
      '# measurements',
      '1,2,3',
      '',
      '4; 5; 6   # trailing comment',
      '7\t8\t9',
      '   10   11    12   ',
      '"13", "14" ,15',
      '-1.5e2,+.5,6.',
    ].join('\r\n');
    const t = table(text);
    expect(t.columns).toBe(3);
    expect(t.header).toBeNull();
    expect(rows(t.values, 3)).toEqual([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
      [10, 11, 12],
      [13, 14, 15],
      [-150, 0.5, 6],
    ]);
    expect(Array.from(t.lineOf)).toEqual([2, 4, 5, 6, 7, 8]);
  });

  it('takes a first line of names as the header', () => {
    const t = table('\n# comment first\nheight, "weight", label\n1,2,0\n3,4,1\n');
    expect(t.header).toEqual(['height', 'weight', 'label']);
    expect(t.rows).toBe(2);
    const d = build(configFor('csv', { csv: 'height,weight,bmi\n1.7,70,24.2\n1.8,80,24.7' }));
    expect(d.inputNames).toEqual(['height', 'weight']);
  });

  it('names unnamed columns x₁, x₂, …', () => {
    const d = build(configFor('csv', { csv: '1,2,3,4\n5,6,7,8', csvTargets: 2 }));
    expect(d.inputNames).toEqual(['x₁', 'x₂']);
    expect(d.outputSize).toBe(2);
    expect(d.rawKind).toBe('table');
    expect(d.rawDomain).toEqual([
      [1, 5],
      [2, 6],
    ]);
  });
});

describe('CSV errors name the line', () => {
  it.each([
    ['1,2,3\n4,5,6\n\n# note\n7,8\n', 'line 5 has 2 columns, expected 3'],
    ['1,2,3\n4,5,6\n7,8,9,10', 'line 3 has 4 columns, expected 3'],
    ['x,y\n1,2,3', 'line 1 (the header) has 2 names, but line 2 has 3 columns'],
    ['1,2\n3,abc\n', 'line 2, column 2: "abc" is not a number'],
    ['1,2\n3,4\n5,0x10', 'line 3, column 2: "0x10" is not a number'],
    ['1,2\n3,Infinity', 'line 2, column 2: "Infinity" is not a number'],
    ['1,2\n3,NaN', 'line 2, column 2: "NaN" is not a number'],
    ['1,2\n3,1e999', 'line 2, column 2: 1e999 is too large'],
    ['1,,2\n', 'line 1, column 2 is empty'],
    ['1,2,\n', 'line 1, column 3 is empty'],
    ['x,1\n2,3', 'line 1, column 1: "x" is not a number (a header line must contain only names)'],
    ['a,b\n1,2\nc,d', 'line 3, column 1: "c" is not a number'],
    ['', 'the data is empty'],
    ['\n  \n# only a comment\n', 'the data is empty'],
    ['x,y\n', 'the data has a header but no rows'],
    ['5\n6\n', 'no input columns: each row has 1 column and the last 1 is the target'],
    ['1,2\n', 'no input columns: each row has 2 columns and the last 2 are targets', 2],
    ['1,2,3\n', 'the number of target columns must be a whole number of at least 1, not 0', 0],
    ['1,2,3\n', 'the number of target columns must be a whole number of at least 1, not 1.5', 1.5],
    ['1,2,3,4,5,6,7,8,9,10,11,12,13\n', 'too many target columns (12 > 10)', 12],
  ])('%j → %s', (csv, message, targets = 1) => {
    expect(csvError(csv, targets)).toBe(message);
  });

  it('quotes only the first 20 characters of a long bad value', () => {
    expect(csvError(`1,2\n1,${'z'.repeat(50)}`)).toBe(
      `line 2, column 2: "${'z'.repeat(20)}…" is not a number`,
    );
  });

  it.each([
    ['1,0\n2,1\n3,1.5\n', 'line 3, column 2: the label 1.5 is not a whole number'],
    ['1,0\n\n2,-1\n', 'line 3, column 2: the label -1 is out of range (labels are 0 to 9)'],
    ['1,0\n2,10\n', 'line 2, column 2: the label 10 is out of range (labels are 0 to 9)'],
    ['1,0\n2,0\n', 'classification needs at least two classes, but every label is 0'],
  ])('classification: %j → %s', (csv, message) => {
    expect(csvError(csv, 1, 'classification')).toBe(message);
  });

  it('classification needs exactly one target column', () => {
    expect(csvError('1,2,0\n', 2, 'classification')).toBe(
      'classification needs exactly one target column (of class labels), not 2',
    );
  });

  it('buildDataset returns the message instead of throwing', () => {
    const result = buildDataset(configFor('csv', { csv: '1,2\n3' }));
    expect(result).toMatchObject({ ok: false, error: 'line 2 has 1 column, expected 2' });
  });
});

describe('CSV limits', () => {
  it('rejects a 10 MB text by its length alone', () => {
    // Its first line is bad too: the length message proves nothing was scanned first.
    const huge = 'abc,2\n' + '1,2\n'.repeat(2_500_000);
    const error = csvError(huge);
    expect(error).toBe('the data is too long (10,000,006 characters; the limit is 200,000)');
  });

  it('accepts exactly the row limit and counts the rows beyond it', () => {
    const atLimit = '1,2\n'.repeat(LIMITS.csvRows);
    expect(table(atLimit).rows).toBe(5000);
    expect(csvError(atLimit + '3,4\n')).toBe('too many rows (5,001 > 5,000)');
    expect(csvError('x,y\n' + atLimit + '3,4\n# c\n5,6\n')).toBe('too many rows (5,002 > 5,000)');
  });

  it('rejects a row with too many columns, naming it', () => {
    const wide = Array.from({ length: LIMITS.csvColumns + 1 }, () => '1').join(',');
    expect(csvError(`1,2\n${wide}`)).toBe('line 2 has too many columns (801 > 800)');
  });

  it('rejects more inputs than the network can take', () => {
    const row = Array.from({ length: 790 }, () => '0.5').join(',');
    expect(csvError(row)).toBe('too many input columns (789 > 784)');
  });

  it('parses a text at the character limit', () => {
    const row = '0.123,4.56,7.89,1\n'; // 18 characters
    const text = row.repeat(Math.floor(LIMITS.csvRows)).slice(0, LIMITS.csvChars);
    const parsed = table(text);
    expect(parsed.rows).toBe(5000);
    expect(parsed.values[4999 * 4 + 2]).toBe(7.89);
  });
});

describe('CSV as a dataset', () => {
  it('one input column is a line (1-D regression), with a padded domain', () => {
    const d = build(configFor('csv', { csv: 'x,y\n0,1\n2,5\n4,9\n1,3', testFraction: 0 }));
    expect(d.task).toBe('regression');
    expect(d.rawKind).toBe('line');
    expect(d.rawDomain).toEqual([[-0.2, 4.2]]);
    expect(d.train.count).toBe(4);
    const pairs = rows(d.train.raw, 1).map(([x], s) => [x, d.train.targets[s]]);
    expect(pairs.sort((a, b) => a[0] - b[0])).toEqual([
      [0, 1],
      [1, 3],
      [2, 5],
      [4, 9],
    ]);
  });

  it('classification: labels 0..k−1, binary for k = 2, one-hot for more', () => {
    const binary = build(
      configFor('csv', { csv: '1,1,0\n2,2,1\n3,3,1', csvTask: 'classification', testFraction: 0 }),
    );
    expect(binary.task).toBe('binary');
    expect(binary.classes).toBe(2);
    expect(binary.classNames).toEqual(['0', '1']);
    const multi = build(
      configFor(
        'csv',
        { csv: '1,0\n2,3\n3,1\n4,2', csvTask: 'classification', testFraction: 0 },
        { output: 'softmax' },
      ),
    );
    expect(multi.task).toBe('multiclass');
    expect(multi.classes).toBe(4);
    expect(multi.outputSize).toBe(4);
    const byX = rows(multi.train.raw, 1).map(([x], s) => [x, multi.train.labels[s]]);
    expect(byX.sort((a, b) => a[0] - b[0])).toEqual([
      [1, 0],
      [2, 3],
      [3, 1],
      [4, 2],
    ]);
  });

  it('regression with several targets keeps them in order', () => {
    const d = build(configFor('csv', { csv: '1,10,20\n2,30,40', csvTargets: 2, testFraction: 0 }));
    const byX = rows(d.train.raw, 1).map(([x], s) => [
      x,
      ...d.train.targets.subarray(2 * s, 2 * s + 2),
    ]);
    expect(byX.sort((a, b) => a[0] - b[0])).toEqual([
      [1, 10, 20],
      [2, 30, 40],
    ]);
  });
});
