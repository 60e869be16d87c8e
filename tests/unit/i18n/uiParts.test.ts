import { describe, expect, it } from 'vitest';
import { enUi, UI_PARTS } from '../../../src/core/i18n/en/ui';

describe('the ui catalogue', () => {
  it('defines each key in one of its parts only (a spread would hide the other)', () => {
    const total = UI_PARTS.reduce((n, part) => n + Object.keys(part).length, 0);
    expect(Object.keys(enUi)).toHaveLength(total);
  });
});
