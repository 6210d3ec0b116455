// A deterministic synthetic content tree for the scale benchmark: `briefs` briefs
// (English summary of about 150-250 words plus, for sources in Chinese, Russian,
// Bengali, Indonesian or Spanish, a summary in that language), about one entity per
// five briefs with aliases in Latin, Han, Cyrillic and Bengali script, about one deal
// per two briefs, and twelve topics. The same size and seed give the same bytes.
// The tree passes `npm run check` with no errors and no warnings (every entity is
// mentioned, every money deal has an amount); provenance hashes are plausible but
// point at no real corpus, so the bench runs with CORPUS_DIR set to a missing folder.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import type { BriefData } from '../../../src/schemas/brief.ts';
import type { DealData, DealKind, PartyRole } from '../../../src/schemas/deal.ts';
import type { EntityData, EntityType } from '../../../src/schemas/entity.ts';
import type { PartialDate } from '../../../src/schemas/partial-date.ts';
import type { RelationType } from '../../../src/schemas/relation-types.ts';
import { CURRENCIES, formatAmount, formatCount, type BenchCurrency } from './amounts.ts';
import {
  COMPANY_SUFFIXES,
  coreWord,
  FUND_SUFFIXES,
  GIVEN_NAMES,
  MEDIA_SUFFIXES,
  ORGANISATION_SUFFIXES,
  PLACE_SUFFIX,
  rareWord,
  slugOf,
  type Spellings,
  type Suffix,
} from './names.ts';
import { CAVEATS, CITIES, CONTRADICTION, KEY_FACTS, OUTLETS, PHRASES, TOPICS, type TextLanguage } from './phrases.ts';
import { createRandom, type Random } from './random.ts';

export interface CorpusOptions {
  briefs: number;
  seed?: number;
}

export interface Corpus {
  /** Content-relative path ("briefs/x.mdx") → file text. */
  files: Map<string, string>;
  counts: { briefs: number; entities: number; deals: number; topics: number };
  /** Search queries in several scripts whose words occur in the corpus. */
  queries: string[];
  /** A brief of ordinary size, for page-weight measurements. */
  sampleBrief: string;
}

interface PlannedEntity {
  id: string;
  type: EntityType;
  /** The entity's name in each script (English is the page name). */
  names: Spellings;
  home: TextLanguage;
}

/** One entity type per slot, repeating every 20 entities: mostly companies, as in business news. */
const TYPE_CYCLE: readonly EntityType[] = [
  'company',
  'company',
  'person',
  'company',
  'fund',
  'company',
  'person',
  'company',
  'product',
  'company',
  'organisation',
  'company',
  'person',
  'fund',
  'company',
  'place',
  'company',
  'person',
  'media',
  'company',
];

const SOURCE_LANGUAGES: readonly [TextLanguage, number][] = [
  ['en', 0.3],
  ['zh-Hans', 0.2],
  ['ru', 0.15],
  ['bn', 0.1],
  ['id', 0.15],
  ['es', 0.1],
];

function weighted<T>(rng: Random, choices: readonly [T, number][]): T {
  let u = rng.next() * choices.reduce((s, [, w]) => s + w, 0);
  for (const [value, w] of choices) if ((u -= w) < 0) return value;
  return choices[choices.length - 1]![0];
}

const withSuffix = (core: Spellings, s: Suffix, zhJoin = ''): Spellings => ({
  en: `${core.en} ${s.en}`,
  zh: `${core.zh}${zhJoin}${s.zh}`,
  ru: `${core.ru} ${s.ru}`,
  bn: `${core.bn} ${s.bn}`,
});

function planEntity(i: number, rng: Random): PlannedEntity {
  const type = TYPE_CYCLE[i % TYPE_CYCLE.length]!;
  const core = coreWord(i);
  let names: Spellings;
  switch (type) {
    case 'company':
      names = withSuffix(core, rng.pick(COMPANY_SUFFIXES));
      break;
    case 'fund':
      names = withSuffix(core, rng.pick(FUND_SUFFIXES));
      break;
    case 'organisation':
      names = withSuffix(core, rng.pick(ORGANISATION_SUFFIXES));
      break;
    case 'media':
      names = withSuffix(core, rng.pick(MEDIA_SUFFIXES));
      break;
    case 'place':
      names = withSuffix(core, PLACE_SUFFIX);
      break;
    case 'product': {
      const model = `${'SXTQ'[i % 4]}${1 + (i % 9)}`;
      names = { en: `${core.en} ${model}`, zh: `${core.zh}${model}`, ru: `${core.ru} ${model}`, bn: `${core.bn} ${model}` };
      break;
    }
    case 'person': {
      const given = rng.pick(GIVEN_NAMES);
      names = { en: `${given.en} ${core.en}`, zh: `${given.zh}·${core.zh}`, ru: `${given.ru} ${core.ru}`, bn: `${given.bn} ${core.bn}` };
      break;
    }
  }
  return { id: slugOf(names.en), type, names, home: weighted(rng, SOURCE_LANGUAGES) };
}

function entityData(e: PlannedEntity, i: number, rng: Random, ctx: { entities: PlannedEntity[]; briefIds: string[] }): EntityData {
  const kind = (lang: string) => (e.home === lang ? 'native' : 'transliteration');
  const aliases: EntityData['aliases'] = [
    { name: e.names.zh, lang: 'zh-Hans', kind: kind('zh-Hans') },
    { name: e.names.ru, lang: 'ru', kind: kind('ru') },
  ];
  if (rng.chance(0.6) || e.home === 'bn') aliases.push({ name: e.names.bn, lang: 'bn', kind: kind('bn') });
  if (e.type !== 'person' && e.type !== 'product') aliases.push({ name: coreWord(i).en, lang: 'en', kind: 'short' });
  if (e.type === 'company' && rng.chance(0.25)) aliases.push({ name: `${String(i).padStart(4, '0')}.HK`, lang: 'en', kind: 'ticker' });

  // Brief number i names entity i (see planBrief), so it can be cited for facts about it.
  const citing = { brief: ctx.briefIds[i % ctx.briefIds.length]! };
  const facts: EntityData['facts'] = [];
  const relations: EntityData['relations'] = [];
  if (e.type === 'company' || e.type === 'fund' || e.type === 'organisation') {
    facts.push({ label: 'Founded', value: String(rng.int(1985, 2022)), source: { reference: 'Company registry extract' } });
    if (rng.chance(0.5)) facts.push({ label: 'Headquarters', value: rng.pick(CITIES), source: citing });
  }
  const others = ctx.entities.length - 1;
  // Relations run from organisations (a person's links show as the inverse on the other page).
  for (let r = e.type !== 'person' && rng.chance(0.4) ? rng.int(1, 2) : 0; r > 0; r--) {
    const target = ctx.entities[(i + 1 + rng.int(0, others - 1)) % ctx.entities.length]!;
    const type: RelationType =
      target.type === 'person' ? 'led-by' : rng.pick(['invests-in', 'partner-of', 'competitor-of', 'subsidiary-of', 'supports'] as const);
    relations.push({
      type,
      target: target.id,
      source: citing,
      ...(rng.chance(0.3) ? { note: 'Mentioned in passing in the article.' } : {}),
    });
  }
  const sector = rng.pick(PHRASES.en.sectors);
  const DESCRIPTIONS: Record<EntityType, string> = {
    company: `A company working in ${sector}, mostly known from reports about its funding and partners.`,
    person: `An executive whom the briefs quote on ${sector}.`,
    fund: `An investment fund that backs companies in ${sector}.`,
    organisation: `A body that studies or promotes ${sector}.`,
    product: `A product line in ${sector}.`,
    place: `A city where several companies in ${sector} have plants.`,
    media: `A news outlet covering ${sector}.`,
  };
  return {
    name: e.names.en,
    type: e.type,
    aliases,
    description: DESCRIPTIONS[e.type],
    facts,
    relations,
    ...(e.type === 'company' && rng.chance(0.3) ? { website: `https://${e.id}.example` } : {}),
  };
}

interface PlannedBrief {
  id: string;
  lang: TextLanguage;
  entities: PlannedEntity[];
  date: PartialDate;
  /** The day used to order briefs and date deals (YYYY-MM-DD). */
  day: string;
}

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2019, 0, 1);
const SPAN_DAYS = 2_860; // to the end of October 2026
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Fills {slots}; an unknown slot is a bug in the patterns, not something to publish. */
function fill(pattern: string, slots: Record<string, string>): string {
  return pattern.replace(/\{(\w+)\}/g, (_m, key: string) => {
    const value = slots[key];
    if (value === undefined) throw new Error(`pattern "${pattern}" uses {${key}}, which has no value`);
    return value;
  });
}

const nameIn = (e: PlannedEntity, lang: TextLanguage) =>
  lang === 'zh-Hans' ? e.names.zh : lang === 'ru' ? e.names.ru : lang === 'bn' ? e.names.bn : e.names.en;
const scriptOf = (s: Spellings, lang: TextLanguage) => (lang === 'zh-Hans' ? s.zh : lang === 'ru' ? s.ru : lang === 'bn' ? s.bn : s.en);

const ORG_FIRST: Record<EntityType, number> = { company: 0, fund: 0, organisation: 1, media: 1, product: 2, person: 2, place: 3 };

export function generateCorpus({ briefs: briefCount, seed = 1 }: CorpusOptions): Corpus {
  if (!Number.isInteger(briefCount) || briefCount < 10) throw new Error(`a corpus needs at least 10 briefs (asked for ${briefCount})`);
  const rng = createRandom(seed);
  const entityCount = Math.max(10, Math.round(briefCount / 5));
  const dealCount = Math.floor(briefCount / 2);
  const entities = Array.from({ length: entityCount }, (_, i) => planEntity(i, rng));
  const companies = entities.filter((e) => e.type === 'company');
  const files = new Map<string, string>();
  const sectorUse = new Map<string, number>();
  const useSector = (lang: TextLanguage) => {
    const s = rng.pick(PHRASES[lang].sectors);
    sectorUse.set(s, (sectorUse.get(s) ?? 0) + 1);
    return s;
  };

  // Briefs first: entities cite them and deals come from them.
  const planned: PlannedBrief[] = [];
  const briefIds: string[] = [];
  for (let j = 0; j < briefCount; j++) {
    // Brief j names entity j mod entityCount, so every entity is mentioned; most briefs also
    // name a big company (a few companies appear in hundreds of briefs) and a few others.
    const chosen = new Set<PlannedEntity>([entities[j % entityCount]!]);
    if (rng.chance(0.75)) chosen.add(companies[rng.zipf(companies.length)]!);
    for (let extra = rng.int(1, 4); extra > 0 || chosen.size < 3; extra--) chosen.add(entities[rng.int(0, entityCount - 1)]!);
    const list = [...chosen].sort((a, b) => ORG_FIRST[a.type] - ORG_FIRST[b.type]);
    const dayMs = FIRST_DAY + Math.floor((j / briefCount) * SPAN_DAYS) * DAY_MS + rng.int(0, 20) * DAY_MS;
    const day = isoDay(Math.min(dayMs, FIRST_DAY + SPAN_DAYS * DAY_MS));
    const precision = weighted(rng, [
      ['day', 0.8],
      ['month', 0.15],
      ['year', 0.05],
    ] as const);
    const inferred = rng.chance(0.08);
    const date: PartialDate = {
      value: precision === 'day' ? day : precision === 'month' ? day.slice(0, 7) : day.slice(0, 4),
      precision,
      basis: inferred ? 'inferred' : 'stated',
      ...(inferred ? { note: 'The page gives no year; it is inferred from the events the article calls recent.' } : {}),
    };
    const lang = weighted(rng, SOURCE_LANGUAGES);
    const verb = rng.pick(['raises', 'talks', 'plant', 'stake', 'launch', 'shares', 'target', 'expands']);
    briefIds.push(`${list[0]!.id}-${verb}-${j}`);
    planned.push({ id: briefIds[j]!, lang, entities: list, date, day });
  }

  for (const [j, b] of planned.entries()) {
    const [a, bb, c] = [b.entities[0]!, b.entities[1]!, b.entities[2] ?? b.entities[0]!];
    const place = b.entities.find((e) => e.type === 'place');
    const year = Number(b.day.slice(0, 4));
    const currency = rng.pick(CURRENCIES);
    const value = rng.pick([1, 2, 3, 5, 8, 12, 15, 20, 35, 50, 80, 120, 150, 200, 350, 500, 800]) * 1e6 * (rng.chance(0.2) ? 10 : 1);
    const rare = rareWord(rng.zipf(briefCount * 5, 0.9));
    const shared = { n: String(rng.int(20, 900)), p: String(rng.int(2, 35)), y: String(year), y0: String(year - rng.int(3, 15)) };
    const slotsIn = (lang: TextLanguage): Record<string, string> => ({
      a: nameIn(a, lang),
      b: nameIn(bb, lang),
      c: nameIn(c, lang),
      place: place ? nameIn(place, lang) : rng.pick(CITIES),
      m: formatAmount(value, currency, lang),
      x: scriptOf(rare, lang),
      s: useSector(lang),
      n: formatCount(Number(shared.n), lang),
      p: formatCount(Number(shared.p), lang),
      y: formatCount(year, lang),
      y0: formatCount(Number(shared.y0), lang),
    });
    const compose = (lang: TextLanguage, sentences: number) => {
      const phrases = PHRASES[lang];
      const out = [fill(rng.pick(phrases.openers), slotsIn(lang))];
      for (const pattern of rng.sample(phrases.sentences, sentences)) out.push(fill(pattern, slotsIn(lang)));
      return out;
    };

    const english = compose('en', rng.int(9, 13));
    if (rng.chance(0.2))
      english.splice(1, 0, `In Chinese sources ${a.names.en} is written <LangText lang="zh-Hans">${a.names.zh}</LangText>.`);
    const third = Math.ceil(english.length / 3);
    const body = [english.slice(0, third), english.slice(third, 2 * third), english.slice(2 * third)].map((p) => p.join(' ')).join('\n\n');
    const headlineEn = fill(rng.pick(PHRASES.en.headlines), slotsIn('en'));
    const enSlots = slotsIn('en');
    const keyFacts = rng.sample(KEY_FACTS, rng.int(2, 4)).map((k) => fill(k, enSlots));
    const caveats: BriefData['caveats'] = rng
      .sample(CAVEATS, rng.chance(0.5) ? (rng.chance(0.3) ? 2 : 1) : 0)
      .map((cv) => ({ kind: cv.kind, text: fill(cv.text, enSlots) }));
    if (j > 0 && rng.chance(0.05)) caveats.push({ kind: 'contradiction', text: CONTRADICTION, briefs: [briefIds[rng.int(0, j - 1)]!] });
    const publishedMs = Date.parse(b.day) + rng.int(1, 30) * DAY_MS;
    const data: BriefData = {
      title: headlineEn,
      status: 'published',
      published: isoDay(publishedMs),
      topics: rng.sample(TOPICS, rng.int(1, 3)).map((t) => t.id),
      entities: b.entities.map((e) => e.id),
      ...(b.lang !== 'en' ? { sourceSummary: { lang: b.lang, text: compose(b.lang, rng.int(4, 6)).join(PHRASES[b.lang].join) } } : {}),
      keyFacts,
      // One key is one fact in one unit (the check refuses a key in two): the currency is part of it.
      figures: rng.chance(0.3)
        ? [
            {
              key: `${a.id}-round-${year}-${currency.toLowerCase()}`,
              entity: a.id,
              label: 'Round size',
              value,
              unit: currency,
              qualifier: 'about',
            },
          ]
        : [],
      caveats,
      ...(j > 0 && rng.chance(0.1) ? { related: [briefIds[rng.int(0, j - 1)]!] } : {}),
      source: {
        file: `${String(j).padStart(6, '0')}_${sha(`file:${seed}:${j}`).slice(0, 16)}.txt`,
        sha256: sha(`article:${seed}:${j}`),
        lang: b.lang,
        outlet: rng.pick(OUTLETS),
        ...(rng.chance(0.5) ? { author: `${rng.pick(GIVEN_NAMES).en} ${rareWord(j).en}` } : {}),
        headline: b.lang === 'en' ? headlineEn : fill(rng.pick(PHRASES[b.lang].headlines), slotsIn(b.lang)),
        ...(b.lang !== 'en' ? { headlineTranslation: headlineEn } : {}),
        ...(rng.chance(0.6) ? { url: `https://news.example/${b.lang.toLowerCase()}/${j}` } : {}),
        date: b.date,
      },
    };
    files.set(`briefs/${b.id}.mdx`, `---\n${yaml(data)}---\n\n${body}\n`);
  }

  for (const [i, e] of entities.entries()) {
    files.set(`entities/${e.id}.yaml`, yaml(entityData(e, i, rng, { entities, briefIds })));
  }

  for (let k = 0; k < dealCount; k++) {
    const j = Math.min(briefCount - 1, 2 * k + rng.int(0, 1));
    const deal = dealData(planned[j]!, rng, briefIds, entities);
    files.set(`deals/${slugOf(deal.title)}-${k}.yaml`, yaml(deal));
  }

  for (const t of TOPICS) files.set(`topics/${t.id}.yaml`, yaml({ name: t.name, description: t.description }));

  const hub = companies[0]!;
  const most = (lang: TextLanguage) => [...PHRASES[lang].sectors].sort((x, y) => (sectorUse.get(y) ?? 0) - (sectorUse.get(x) ?? 0))[0]!;
  return {
    files,
    counts: { briefs: briefCount, entities: entityCount, deals: dealCount, topics: TOPICS.length },
    queries: [hub.names.en, hub.names.zh, most('ru'), hub.names.bn, most('id'), most('en')],
    sampleBrief: briefIds[Math.floor(briefCount / 2)]!,
  };
}

const KIND_WEIGHTS: readonly [DealKind, number][] = [
  ['funding-round', 0.3],
  ['investment', 0.15],
  ['stake-purchase', 0.1],
  ['investment-commitment', 0.05],
  ['fund-launch', 0.05],
  ['partnership', 0.15],
  ['joint-venture', 0.05],
  ['licence', 0.05],
  ['acquisition', 0.1],
];
const MONEY_KINDS: ReadonlySet<DealKind> = new Set([
  'funding-round',
  'stake-purchase',
  'investment',
  'investment-commitment',
  'fund-launch',
]);
const USD_RATE: Record<BenchCurrency, number> = { USD: 1, CNY: 0.14, HKD: 0.13, EUR: 1.08, IDR: 0.000063, RUB: 0.011 };

function dealData(b: PlannedBrief, rng: Random, briefIds: string[], entities: PlannedEntity[]): DealData {
  const kind = weighted(rng, KIND_WEIGHTS);
  const [e0, e1, e2] = b.entities;
  const optional = (e: PlannedEntity | undefined, role: PartyRole) => (e && rng.chance(0.5) ? [{ entity: e.id, role }] : []);
  const ROLES: Record<DealKind, { entity: string; role: PartyRole }[]> = {
    'funding-round': [{ entity: e0!.id, role: 'target' }, { entity: e1!.id, role: 'lead' }, ...optional(e2, 'participant')],
    investment: [
      { entity: e0!.id, role: 'target' },
      { entity: e1!.id, role: 'investor' },
    ],
    'investment-commitment': [
      { entity: e0!.id, role: 'target' },
      { entity: e1!.id, role: 'investor' },
    ],
    'stake-purchase': [
      { entity: e0!.id, role: 'target' },
      { entity: e1!.id, role: 'investor' },
    ],
    'fund-launch': [{ entity: e0!.id, role: 'manager' }, ...optional(e1, 'sponsor')],
    partnership: [{ entity: e0!.id, role: 'partner' }, { entity: e1!.id, role: 'partner' }, ...optional(e2, 'partner')],
    'joint-venture': [
      { entity: e0!.id, role: 'partner' },
      { entity: e1!.id, role: 'partner' },
    ],
    licence: [{ entity: e0!.id, role: 'licensee' }, ...optional(e1, 'issuer')],
    acquisition: [
      { entity: e1!.id, role: 'acquirer' },
      { entity: e0!.id, role: 'target' },
    ],
  };
  const round = kind === 'funding-round' ? rng.pick(['Angel', 'Series A', 'Series B', 'Series C', 'Series D', 'Pre-IPO']) : undefined;
  const [n0, n1] = [e0!.names.en, e1!.names.en];
  const TITLES: Record<DealKind, string> = {
    'funding-round': `${n0} ${round} round`,
    investment: `${n1} invests in ${n0}`,
    'stake-purchase': `${n1} buys a stake in ${n0}`,
    'investment-commitment': `${n1} commits funds to ${n0}`,
    'fund-launch': `${n0} launches a fund`,
    partnership: `${n0} and ${n1} partnership`,
    'joint-venture': `${n0} and ${n1} joint venture`,
    licence: `${n0} licence`,
    acquisition: `${n1} acquires ${n0}`,
  };
  const currency = rng.pick(CURRENCIES);
  const value = rng.pick([2, 5, 10, 25, 60, 100, 150, 300, 700, 1200]) * 1e6;
  const withAmount = MONEY_KINDS.has(kind) || rng.chance(0.3);
  const usd = currency !== 'USD' && rng.chance(0.4) ? Math.round(value * USD_RATE[currency]) : undefined;
  // A second brief that names the target, as when a later report follows up on the deal.
  const follow = briefIds[entities.indexOf(e0!) % briefIds.length]!;
  return {
    title: TITLES[kind],
    kind,
    ...(rng.chance(0.9) ? { date: b.date } : {}),
    parties: ROLES[kind],
    ...(withAmount ? { amount: { value, currency, ...(usd ? { usd } : {}), ...(rng.chance(0.2) ? { approximate: true } : {}) } } : {}),
    ...(round ? { round } : {}),
    ...(kind === 'stake-purchase' ? { stake: { percent: rng.int(1, 49), basis: 'stated' as const } } : {}),
    status: rng.pick(['announced', 'completed', 'completed', 'planned', 'in-talks', 'rumoured']),
    briefs: follow !== b.id && rng.chance(0.25) ? [b.id, follow] : [b.id],
    caveats: rng.chance(0.1) ? ['The amount is reported by one source only.'] : [],
  };
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const yaml = (data: unknown) => stringify(data, { lineWidth: 0 });

/** Writes the corpus under `dir` (content/ layout: briefs/, entities/, deals/, topics/). */
export function writeCorpus(dir: string, corpus: Corpus): void {
  const made = new Set<string>();
  for (const [path, text] of corpus.files) {
    const full = join(dir, path);
    const folder = dirname(full);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    writeFileSync(full, text);
  }
}
