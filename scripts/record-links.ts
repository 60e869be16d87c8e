/**
 * Records what `npm run replay` gives for a fixed set of varied links: the v=1 links into
 * tests/fixtures/recorded-links.json, or (with `v2`) their maths-version-2 forms into
 * tests/fixtures/recorded-links-v2.json. Run it only when a link's meaning is *meant* to
 * change: tests/unit/config/recordedLinks.test.ts compares every later engine with these
 * files, bit for bit, which is the promise that every link shared today keeps replaying the
 * same. It will not overwrite a recording unless told to with --force.
 *
 *   npx tsx scripts/record-links.ts [v1|v2] [--force]
 */
import { existsSync, writeFileSync } from 'node:fs';
import { RECORDED_LINKS, RECORDED_LINKS_V2, replayLink } from '../tests/fixtures/recordedLinks';

const args = process.argv.slice(2);
const v2 = args.includes('v2');
const file = new URL(
  `../tests/fixtures/${v2 ? 'recorded-links-v2' : 'recorded-links'}.json`,
  import.meta.url,
);
if (existsSync(file) && !args.includes('--force')) {
  console.error(
    `${file.pathname} exists: links shared today must keep their bits (--force to overwrite)`,
  );
  process.exit(1);
}
const records = (v2 ? RECORDED_LINKS_V2 : RECORDED_LINKS).map(({ name, link, steps }) => ({
  name,
  link,
  steps,
  result: replayLink(link, steps),
}));
writeFileSync(file, JSON.stringify(records, null, 1) + '\n');
console.log(`recorded ${records.length} links`);
