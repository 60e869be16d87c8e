import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/defaults';
import { english, messageIn } from '../../../src/core/i18n/message';
import { parseDigitsAsset } from '../../../src/data';
import type { WorkerEvent } from '../../../src/worker/protocol';
import { TrainingSession } from '../../../src/worker/session';

/** A session whose digits never arrive, failing with `error`; resolves with its error event. */
async function failedInit(error: unknown): Promise<Extract<WorkerEvent, { type: 'error' }>> {
  const events: WorkerEvent[] = [];
  const session = new TrainingSession({
    post: (event) => events.push(event),
    now: () => performance.now(),
    soon: (task) => setTimeout(task, 0),
    later: (task, ms) => setTimeout(task, ms),
    loadAssets: () => Promise.reject(error),
  });
  const config = defaultConfig();
  config.data.dataset = 'digits';
  session.handle({ type: 'init', config, runId: 1 });
  for (let k = 0; k < 100 && !events.some((e) => e.type === 'error'); k++)
    await new Promise((resolve) => setTimeout(resolve, 5));
  const found = events.find(
    (e): e is Extract<WorkerEvent, { type: 'error' }> => e.type === 'error',
  );
  if (!found) throw new Error('no error event');
  return found;
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
