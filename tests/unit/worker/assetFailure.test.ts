import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/defaults';
import { english, messageIn } from '../../../src/core/i18n/message';
import { parseDigitsAsset } from '../../../src/data';
import type { WorkerEvent } from '../../../src/worker/protocol';
import { SessionHarness } from './sessionHost';

/** A session whose digits never arrive, failing with `error`; resolves with its error event. */
async function failedInit(error: unknown): Promise<Extract<WorkerEvent, { type: 'error' }>> {
  const harness = new SessionHarness(() => Promise.reject(error));
  const config = defaultConfig();
  config.data.dataset = 'digits';
  harness.send({ type: 'init', config, runId: 1 });
  await harness.until(() => harness.of('error').length > 0, 500);
  return harness.of('error')[0];
}

describe('digits that cannot be loaded', () => {
  it('are said in a sentence of the page, the fetch’s status in brackets', async () => {
    const failed = await failedInit(new Error('HTTP 404'));
    expect(failed.cause).toBe('data');
    expect(english(failed.text)).toBe('The handwritten digits could not be loaded (HTTP 404).');
    expect(messageIn('ko', failed.text)).toBe(
      '손글씨 숫자 데이터를 불러오지 못했습니다 (HTTP 404).',
    );
    expect(failed.message).toBe(english(failed.text));
  });

  it('a broken file keeps its technical detail inside the Korean sentence', async () => {
    let parseError: unknown = null;
    try {
      parseDigitsAsset(new Uint8Array(4));
    } catch (error) {
      parseError = error;
    }
    const failed = await failedInit(parseError);
    expect(messageIn('ko', failed.text)).toMatch(
      /^손글씨 숫자 데이터를 불러오지 못했습니다 \(the digits file .* only 4 bytes, not even a header\)\.$/,
    );
  });
});
