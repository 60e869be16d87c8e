// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { setText } from '../../../src/views/shared/setText';

describe('setText', () => {
  it('keeps the text node when the words are the same, replaces it when they change', () => {
    const el = document.createElement('output');
    setText(el, '1,024');
    const node = el.firstChild;
    expect(el.textContent).toBe('1,024');
    setText(el, '1,024');
    // The same node: nothing for the browser to lay out again.
    expect(el.firstChild).toBe(node);
    setText(el, '1,025');
    expect(el.textContent).toBe('1,025');
    expect(el.firstChild).not.toBe(node);
    setText(null, 'x'); // an element not mounted yet is skipped
  });
});
