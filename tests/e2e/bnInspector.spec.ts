import { expect, test } from '@playwright/test';
import { decodeLink } from '../../src/config/link';
import { traceStep } from '../../src/engine';
import { prepareRun } from '../../src/run/prepare';
import { plainNum, texNum } from '../../src/views/StepInspector/tex';
import { ready, watchErrors } from './helpers';

const LINK = '/#v=1&seed=5&ds=xor&h=3t_n,2r_n&lr=0.1&batch=3';

/** The first step of the link's run, traced here in Node by the same engine. */
function firstTrace() {
  const { config } = decodeLink(LINK.replace(/^.*#/, ''));
  const prepared = prepareRun(config);
  if (!prepared.ok) throw new Error(prepared.error);
  return traceStep(prepared.trainer);
}

test('the step inspector walks batch norm: μ_B, σ²_B, â, y, and ∂C/∂a in three terms', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto(LINK);
  await ready(page);
  const trace = firstTrace();
  const norm = trace.norm[0];
  const s0 = trace.samples[0].norm[0];
  if (!norm || !s0) throw new Error('no batch norm in the trace');

  // γ and β are on the graph: a diamond and a square per neuron of both normalized layers.
  await expect(page.locator('[data-gamma]')).toHaveCount(5);
  await expect(page.locator('[data-beta]')).toHaveCount(5);
  await page.locator('[data-gamma="1:0"]').focus();
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText('γ⁽¹⁾₁');
  await expect(tip).toContainText('batch norm: scale');

  await page.getByRole('button', { name: /Inspect next mini-batch/ }).click();
  const inspector = page.getByRole('region', { name: 'Step inspector' });
  await expect(inspector.getByText(`of ${trace.ops.length}`, { exact: false })).toBeVisible();
  const chip = (title: RegExp) => inspector.getByRole('button', { name: title }).first();
  const annotations = () => inspector.locator('annotation').allTextContents();
  const result = inspector.getByTestId('op-result');

  // μ_B and σ²_B of neuron 1 over the batch of 3.
  await chip(/μ_B and σ²_B over the batch/).click();
  await expect(result).toHaveText(`σ²_B (a⁽¹⁾₁) = ${plainNum(norm.variance[0])}`);
  expect((await annotations()).join(' ')).toContain(`= ${texNum(norm.mean[0])}`);

  // â and y of the first sample.
  await chip(/â and y⁽¹⁾ = γ·â \+ β, sample 1 of 3/).click();
  await expect(result).toHaveText(`y⁽¹⁾₁ = ${plainNum(trace.samples[0].a[0][0])}`);
  expect((await annotations()).join(' ')).toContain(`= ${texNum(s0.hat[0])}`);

  // ∂C/∂γ and ∂C/∂β over the batch.
  await chip(
    /∂C\/∂γ and ∂C\/∂β, mean over the batch.*hidden layer 1|hidden layer 1.*∂C\/∂γ/,
  ).click();
  await expect(result).toHaveText(`∂C/∂γ⁽¹⁾₁ = ${plainNum(norm.gammaGrad[0])}`);

  // ∂C/∂a of sample 1 through â, σ²_B and μ_B, adding up to δ.
  await chip(/hidden layer 1 · δ⁽¹⁾ = ∂C\/∂a through â, σ²_B and μ_B, sample 1 of 3/).click();
  await expect(result).toHaveText(`δ⁽¹⁾₁ = ${plainNum(trace.samples[0].delta[0][0])}`);
  const tex = (await annotations()).join(' ');
  for (const term of [s0.direct[0], s0.viaVariance[0], s0.viaMean[0]]) {
    expect(tex).toContain(texNum(term));
  }
  await expect(inspector.getByText('directly, through â (μ_B and σ²_B held fixed)')).toBeVisible();
  expect(errors).toEqual([]);
});

const POSITIVE = '#2166ac';
const NEGATIVE = '#d6604d';
const signColor = (v: number): string => (v > 0 ? POSITIVE : v < 0 ? NEGATIVE : '#9aa1ad');

test('the graph paints ∂C/∂β backward and Δβ, Δγ in Δw mode at the update', async ({ page }) => {
  await page.goto(LINK);
  await ready(page);
  const trace = firstTrace();
  const norm = trace.norm[0];
  if (!norm) throw new Error('no batch norm in the trace');
  await page.getByRole('button', { name: /Inspect next mini-batch/ }).click();
  const inspector = page.getByRole('region', { name: 'Step inspector' });
  const beta = page.locator('[data-beta="1:0"]');
  const gamma = page.locator('[data-gamma="1:0"]');
  // Backward, at ∂C/∂γ and ∂C/∂β: the markers carry the gradients' signs.
  await inspector.getByRole('button', { name: /hidden layer 1 · ∂C\/∂γ and ∂C\/∂β/ }).click();
  await expect(beta).toHaveAttribute('fill', signColor(norm.betaGrad[0]));
  await expect(gamma).toHaveAttribute('fill', signColor(norm.gammaGrad[0]));
  // At layer 1's update the graph is in Δw mode: the change, opposite to the gradient (SGD).
  await inspector
    .getByRole('button', { name: /Update · layer 1/ })
    .first()
    .click();
  const dBeta = norm.betaAfter[0] - norm.betaBefore[0];
  const dGamma = norm.gammaAfter[0] - norm.gammaBefore[0];
  expect(Math.sign(dBeta)).toBe(-Math.sign(norm.betaGrad[0]));
  await expect(beta).toHaveAttribute('fill', signColor(dBeta));
  await expect(gamma).toHaveAttribute('fill', signColor(dGamma));
  // The update's formula has γ's and β's lines, with γ after the step.
  expect((await inspector.locator('annotation').allTextContents()).join(' ')).toContain(
    texNum(norm.gammaAfter[0]),
  );
  // Hovering the marker shows β's number.
  await beta.hover();
  await expect(page.getByRole('tooltip')).toContainText('β⁽¹⁾₁');
});
