// `npm run ingest:adversarial [KiB]`: times the analysis and draft rendering of hostile raw articles
// (tests/support/adversarial-articles.ts) at the given size (default: the 2 MiB ingest limit) and at a
// quarter of it, and prints the ratio (about 4 when the work grows linearly with the input).
import { readContent } from '../../src/check/read-content.ts';
import { analyseArticle } from '../../src/ingest/analyse.ts';
import { renderDraft } from '../../src/ingest/draft-writer.ts';
import { buildAliasLookup } from '../../src/ingest/entity-mentions.ts';
import { MAX_ARTICLE_BYTES } from '../../src/ingest/read-text.ts';
import { adversarialArticles } from '../support/adversarial-articles.ts';

const kib = Number(process.argv[2] ?? MAX_ARTICLE_BYTES / 1024);
const only = process.argv[3];
const index = buildAliasLookup(readContent('content').collections.entities);

/** CPU seconds (user + system) of one analysis and draft, so that other work on the machine does not count. */
function time(text: string): number {
  const started = process.cpuUsage();
  renderDraft(analyseArticle({ fileName: 'adversarial.txt', sha256: '0'.repeat(64), text }, index));
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
}

time('Warm-up headline\n\n3 March 2024\n\nThe company raised $5 million from investors in Berlin today.');
const small = adversarialArticles((kib * 1024) / 4);
const large = adversarialArticles(kib * 1024);
console.log(
  `CPU seconds of analysis and draft (user + system)\npattern                    ${String(kib / 4).padStart(6)} KiB  ${String(kib).padStart(6)} KiB  ratio`,
);
for (let i = 0; i < large.length; i++) {
  if (only && large[i]!.name !== only) continue;
  const a = time(small[i]!.text);
  const b = time(large[i]!.text);
  console.log(
    `${large[i]!.name.padEnd(26)} ${a.toFixed(3).padStart(8)} s  ${b.toFixed(3).padStart(8)} s  ${(b / a).toFixed(1).padStart(5)}`,
  );
}
