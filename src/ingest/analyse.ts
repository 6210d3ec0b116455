// Everything ingest finds in one raw article, as a pure function of its text and the entity index.
import type { PartialDate } from '../schemas/partial-date.ts';
import { findAmounts, type AmountMention } from './amounts.ts';
import { classifyLines, type LineClass } from './boilerplate.ts';
import { findOutlet, footerOutlet, languageBylineAuthor, nameBesideDomain, nameWithRole, reporterInText } from './byline.ts';
import { findDates, toPartialDate, type DateMention } from './dateline.ts';
import { detectLanguage, type DetectedLanguage } from './detect-language.ts';
import {
  findEntityMentions,
  findNameCandidates,
  type AliasLookup,
  type EntityMention,
  type MentionResult,
  type NameCandidate,
} from './entity-mentions.ts';
import { keyFactCandidates, type KeyFactCandidate } from './key-facts.ts';
import { findMtDamage, garbledNumbers, type MtDamage } from './mt-damage.ts';
import { countryOfOutlet } from './page-country.ts';
import { findPercentages, type PercentageMention } from './percentages.ts';
import { dominantScript } from './text-features.ts';
import type { LineRole, Removal, SourceLine } from './types.ts';

export interface ArticleInput {
  fileName: string;
  sha256: string;
  text: string;
}

export interface Analysis {
  fileName: string;
  sha256: string;
  language: DetectedLanguage;
  headline?: SourceLine & { lang?: string };
  headlineAlternate?: SourceLine;
  dateline?: DateMention;
  date?: PartialDate;
  outlet?: string;
  author?: string;
  /** Every line with its role; removed lines carry the reason. */
  roles: { line: number; role: LineRole }[];
  removed: (Removal & { text: string })[];
  /** The article's own text: body lines, in order, without headline, dateline or boilerplate. */
  body: SourceLine[];
  amounts: AmountMention[];
  percentages: PercentageMention[];
  entities: EntityMention[];
  unconfirmed: MentionResult['unconfirmed'];
  candidates: NameCandidate[];
  mtDamage: MtDamage[];
  keyFacts: KeyFactCandidate[];
  warnings: string[];
}

const MAX_CANDIDATES = 25;

export function splitLines(text: string): SourceLine[] {
  return text.split('\n').map((t, i) => ({ line: i + 1, text: t }));
}

/**
 * The line after the first body line, past a dateline, when that body line is short: a standfirst
 * under the headline ("… summary." then "di Giulia Rossi"), or a headline the classifier took for
 * the first paragraph (then the dateline, then "Jana Nováková, redaktorka"). Only a short line, which
 * the language's byline cues or a writer's role must still confirm.
 */
function bylineUnderStandfirst(lines: readonly LineClass[], firstBody: number): LineClass[] {
  const i = lines.findIndex((l) => l.line === firstBody);
  const standfirst = lines[i];
  if (!standfirst || standfirst.text.length > 300) return [];
  const next = lines.slice(i + 1).find((l) => l.role !== 'blank' && l.role !== 'dateline');
  return next && next.text.trim().length <= 80 ? [next] : [];
}

export function analyseArticle(input: ArticleInput, index: AliasLookup): Analysis {
  const source = splitLines(input.text);
  const warnings: string[] = [];

  // Month names are read in every language at once, so the lines are classified before the language
  // is known; the language is then detected on the article's own lines, free of the site's boilerplate.
  const c = classifyLines(source);
  const bodyText = c.lines
    .filter((l) => l.role === 'body' || l.role === 'headline')
    .map((l) => l.text)
    .join('\n');
  const language = detectLanguage(bodyText) ?? detectLanguage(input.text) ?? { tag: 'en', confidence: 0, method: 'script' as const };
  if (language.method === 'script') warnings.push(`language guessed from the script alone (${language.tag}): check source.lang`);
  const lang = language.tag;

  const body = c.lines.filter((l) => l.role === 'body').map(({ line, text }) => ({ line, text }));
  if (!body.length) warnings.push('no article text was found: every line looked like boilerplate or a title');
  const headlineLine = c.headline?.main;
  const kept = c.lines.filter((l) => l.role !== 'blank' && l.role !== 'boilerplate').map(({ line, text }) => ({ line, text }));
  const datelineLine = c.dateline ? kept.find((l) => l.line === c.dateline!.line) : undefined;

  // The lines above the article (its first body line): headline, dateline, byline and page furniture.
  const firstBody = c.lines.find((l) => l.role === 'body')?.line ?? Infinity;
  const head = c.lines.filter((l) => l.line < firstBody && l.role !== 'blank');
  // A byline in the article's own language ("Autor: …", "di …", "Na …"), now that it is known, or a
  // name with the writer's role ("Mette Holm, journalist"); the line was page furniture to the
  // classifier, which reads no language's own cues.
  let languageAuthor: string | undefined;
  if (!c.bylineAuthor) {
    for (const l of [...head, ...bylineUnderStandfirst(c.lines, firstBody)]) {
      // A byline line may end in the photo credit ("Testua: … · Argazkiak: …") and was removed as one.
      if (l.role === 'headline' || (l.removal && l.removal.category !== 'navigation' && l.removal.category !== 'photo-credit')) continue;
      const kicker = headlineLine !== undefined && l.line < headlineLine.line;
      languageAuthor = languageBylineAuthor(l.text, lang, kicker) ?? nameWithRole(l.text);
      if (!languageAuthor) continue;
      if (l.role === 'boilerplate') {
        l.role = 'byline';
        l.removal = undefined;
      }
      if (l.role === 'body') {
        l.role = 'byline';
        body.splice(
          body.findIndex((b) => b.line === l.line),
          1,
        );
      }
      break;
    }
  }

  let outlet = findOutlet(datelineLine?.text, c.lines, head);
  if (!outlet) {
    outlet = footerOutlet(c.lines);
    if (outlet)
      warnings.push(`outlet "${outlet}" read from the page's copyright or footer line, which no other line confirms: check source.outlet`);
  }
  if (!outlet)
    warnings.push(
      'no outlet found (copyright, legal and navigation lines are not read for it): set source.outlet by hand if the page names its publisher',
    );
  const author =
    c.bylineAuthor ??
    languageAuthor ??
    c.bioAuthor ??
    head.map((l) => (l.role === 'headline' ? undefined : nameBesideDomain(l.text))).find(Boolean) ??
    kept.map((l) => reporterInText(l.text)).find(Boolean);

  // Entities are linked from the article's own lines, plus the author and outlet the page names.
  const extra: SourceLine[] = [];
  if (author) extra.push({ line: source.find((l) => l.text.includes(author))?.line ?? 1, text: author });
  const outletKey = outlet?.toLowerCase();
  if (outlet && outletKey) extra.push({ line: source.find((l) => l.text.toLowerCase().includes(outletKey))?.line ?? 1, text: outlet });
  const mentions = findEntityMentions([...kept, ...extra], index, lang);
  // An outlet known as an entity by its domain is named as the entity file names it: "Cailian Press (cls.cn)".
  const outletEntity = outletKey ? mentions.mentions.find((m) => m.aliases.some((a) => a.toLowerCase() === outletKey)) : undefined;
  if (outlet && outletEntity) {
    const name = index.names.get(outletEntity.entity)!;
    if (name.toLowerCase() !== outlet.toLowerCase()) outlet = `${name} (${outlet})`;
  }
  const textLines = c.lines.filter((l) => l.role === 'body' || l.role === 'headline').map(({ line, text }) => ({ line, text }));
  const candidates = findNameCandidates(textLines, mentions.spans, lang).slice(0, MAX_CANDIDATES);

  const figuresFrom = kept.filter((l) => l.line !== c.dateline?.line || !datelineLine);
  // The same figure in the headline, its translation and the body is one amount: the first is kept,
  // approximate when any of them is hedged (a headline's "40 million" is the body's "about 40 million").
  const everyAmount = findAmounts(figuresFrom, lang, countryOfOutlet(outlet));
  const same = (a: AmountMention, b: AmountMention) => b.value === a.value && b.currency === a.currency && b.usd === a.usd;
  const amounts = everyAmount
    .filter((a, i, all) => all.findIndex((b) => same(a, b)) === i)
    .map((a) => (!a.approximate && everyAmount.some((b) => b.approximate && same(a, b)) ? { ...a, approximate: true } : a));
  const percentages = findPercentages(figuresFrom, lang);
  const mtDamage = findMtDamage(kept, lang);
  const garbled = mtDamage.filter((d) => d.kind === 'garbled-number');
  if (garbled.length)
    warnings.push(
      `machine translation or OCR damage: ${garbled.length === 1 ? 'a number writes' : `${garbled.length} numbers write`} letters for digits (${garbled
        .slice(0, 3)
        .map((d) => `"${d.text}" in line ${d.line}`)
        .join(', ')}): check every figure against the original`,
    );
  const keyFacts = keyFactCandidates(body, everyAmount, percentages, lang);

  let dateline = c.dateline;
  // The dateline was read before the language was known; read its line again in that language, which
  // may not read it at all (English "may 5" in lower case is no date).
  if (dateline)
    dateline = findDates([{ line: dateline.line, text: source[dateline.line - 1]!.text }], lang).find((d) => d.text === dateline!.text);
  const date = dateline ? toPartialDate(dateline) : undefined;
  if (!dateline) warnings.push('no dateline found: set source.date by hand (basis: inferred, with a note) before publishing');
  else if (!date) {
    // "12 giugno 2O25": the year is there, with a letter for a digit.
    const garbled = garbledNumbers(source[dateline.line - 1]!.text).find((g) => g.length === 4);
    warnings.push(
      garbled
        ? `the dateline's year is garbled ("${garbled}", letters for digits): set source.date by hand from the original before publishing`
        : `the dateline "${dateline.text}" gives no year: set source.date by hand before publishing`,
    );
  }
  if (dateline?.ambiguity) warnings.push(`dateline: ${dateline.ambiguity}`);

  const analysis: Analysis = {
    fileName: input.fileName,
    sha256: input.sha256,
    language,
    roles: c.lines.map(({ line, role }) => ({ line, role })),
    removed: c.lines.filter((l) => l.removal).map((l) => ({ ...l.removal!, text: l.text })),
    body,
    amounts,
    percentages,
    entities: mentions.mentions,
    unconfirmed: mentions.unconfirmed,
    candidates,
    mtDamage,
    keyFacts,
    warnings,
  };
  if (headlineLine) {
    analysis.headline = { line: headlineLine.line, text: headlineLine.text.trim() };
    // A headline in another script than the article (a Chinese headline over an English translation).
    if (dominantScript(headlineLine.text) !== dominantScript(body.map((b) => b.text).join(' '))) {
      const own = detectLanguage(headlineLine.text);
      if (own && own.tag.split('-')[0] !== lang.split('-')[0]) analysis.headline.lang = own.tag;
    }
  } else {
    warnings.push('no headline found: write the title by hand');
  }
  if (c.headline?.alternate) analysis.headlineAlternate = { line: c.headline.alternate.line, text: c.headline.alternate.text.trim() };
  if (dateline) analysis.dateline = dateline;
  if (date) analysis.date = date;
  if (outlet) analysis.outlet = outlet;
  if (author) analysis.author = author;
  return analysis;
}
