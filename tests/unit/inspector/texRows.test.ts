import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { texRows } from '../../../src/views/StepInspector/Tex';
import { texSum } from '../../../src/views/StepInspector/tex';

describe('a formula is set row by row, so that a narrow column can wrap each row', () => {
  it('an aligned block gives its rows without alignment marks; continuing rows are marked', () => {
    const tex =
      '\\begin{aligned} a^{(2)}_{1} &= \\sum_{i=1}^{4} w_{1i} z_i \\\\ &= {0.5 \\cdot (-0.9)} + {0.4 \\cdot 0.2} \\\\ &\\qquad + {0.1} \\\\ b &= 2 \\end{aligned}';
    expect(texRows(tex)).toEqual([
      { tex: 'a^{(2)}_{1} = \\sum_{i=1}^{4} w_{1i} z_i', continues: false },
      { tex: '= {0.5 \\cdot (-0.9)} + {0.4 \\cdot 0.2}', continues: true },
      { tex: '\\qquad + {0.1}', continues: true },
      { tex: 'b = 2', continues: false },
    ]);
  });

  it('any other formula is one row, as it is', () => {
    const tex = "h'(a) = 1 - z^2 = 1 - (-0.5)^2 = 0.75";
    expect(texRows(tex)).toEqual([{ tex, continues: false }]);
  });

  it('texSum makes each term a group: a line may break after a +, never inside a product', () => {
    expect(texSum(['1 \\cdot 2', '3 \\cdot 4'])).toBe('{1 \\cdot 2} + {3 \\cdot 4}');
    expect(texSum(['a', 'b', 'c', 'd'], 2)).toBe('{a} + {b} + \\cdots');
    expect(texSum([])).toBe('0');
    // KaTeX (inline, where it may break lines) leaves a break opportunity after each + of the
    // sum and none after the ·: the top-level pieces it sets are one per term.
    const html = katex.renderToString(
      `\\displaystyle ${texSum(['0.63 \\cdot 0.91', '0.40 \\cdot 0.98', '0.12'])}`,
      {
        displayMode: false,
      },
    );
    const pieces = html.match(/<span class="katex-base">/g) ?? [];
    expect(pieces.length).toBe(3);
  });
});
