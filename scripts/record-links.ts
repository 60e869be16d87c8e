/**
 * Records what `npm run replay` gives for a fixed set of varied v=1 links into
 * tests/fixtures/recorded-links.json. Run it only when a link's meaning is *meant* to change:
 * the test tests/unit/config/recordedLinks.test.ts compares every later engine with this file,
 * bit for bit, which is the promise that every link shared today keeps replaying the same.
 *
 *   npx tsx scripts/record-links.ts
 */
import { writeFileSync } from 'node:fs';
import { RECORDED_LINKS, replayLink } from '../tests/fixtures/recordedLinks';

const records = RECORDED_LINKS.map(({ name, link, steps }) => ({
  name,
  link,
  steps,
  result: replayLink(link, steps),
}));
writeFileSync(
  new URL('../tests/fixtures/recorded-links.json', import.meta.url),
  JSON.stringify(records, null, 1) + '\n',
);
console.log(`recorded ${records.length} links`);
