// Thin wrapper over Pagefind's browser API: loads the bundle under the site base on
// first use, runs the query through the same analyzer the index used (with the rules of
// the query's scripts, fetched beside Pagefind), and turns results into plain hits for rendering.
import {
  aliasNote,
  analyzeQuery,
  displayText,
  loadQueryRules,
  matchesQueryWord,
  mentionNote,
  NAME_SEPARATOR,
  readerWords,
  topicNote,
} from '../lib/search/text.ts';
import { rankHits } from '../lib/search/rank.ts';
import { chooseExcerpt, ELLIPSIS, type ExcerptSource } from '../lib/search/excerpt.ts';
import { retryStems, retryStemsByStemmer } from '../lib/search/stemmers.ts';
import { entriesOf, foldWord, respellWord } from '../lib/search/script-rules.ts';
import { alternateForms, cliticFreeForms, compoundTails, unspacedSplits } from '../lib/search/word-forms.ts';

export interface SearchHit {
  url: string;
  title: string;
  type: string;
  language?: string | undefined;
  date?: string | undefined;
  excerpt: string;
  names?: string[] | undefined;
  /** Why the result matched when its title and excerpt do not show it ("Mentions Xiaomi (小米)"). */
  via?: string | undefined;
}

interface PagefindResultData extends ExcerptSource {
  url: string;
  meta: Record<string, string>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(
    q: string | null,
    o?: { filters?: Record<string, string | string[]> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
}

/**
 * Pagefind adds a boost to a page whose metadata field holds the query's words (title 5 by
 * default, other fields 1). An entity's `names` (every name and alias) weigh the most, so a
 * query that names an entity ranks its page above briefs and deals that repeat the name in
 * their text or their `mentions`; the first page of results can then stay short.
 */
const META_WEIGHTS = { names: 10 };
/** Words in an excerpt. */
const EXCERPT_LENGTH = 24;

let pagefind: Promise<Pagefind> | undefined;

function load(base: string): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await module.options({ excerptLength: EXCERPT_LENGTH, excerptEllipsis: ELLIPSIS, ranking: { metaWeights: META_WEIGHTS } });
    return module;
  })();
  return pagefind;
}

/** A settled search: how many pages match, and a way to load any slice of them as hits. */
export interface SearchResponse {
  total: number;
  /** Query words no page has: the results are for the other words. */
  missing: string[];
  /** Hits from `start` to `end`. The first page is re-ranked so an exact name comes first. */
  hits(start: number, end: number): Promise<SearchHit[]>;
}

/** A result's indexed content and metadata, for matchesQueryWord. */
const resultText = (data: PagefindResultData) => `${data.content} ${Object.values(data.meta).join(' ')}`;

/** Whether some page (within `filters`) has a word that the analysed query word really matches. */
async function foundAlone(pf: Pagefind, word: string, filters: Record<string, string>): Promise<boolean> {
  const top = (await pf.search(word, { filters })).results[0];
  return top ? matchesQueryWord(word, resultText(await top.data())) : false;
}

/**
 * The query's words that no page has (`lost`: analysed words), named as the reader typed
 * them: a typed word all of whose analysed pieces were lost, or else only the pieces lost
 * (Japanese 建設する is cut into 建設 and する; when only する is on no page, it is named).
 */
function missingWords(query: string, lost: Set<string>): string[] {
  const named: string[] = [];
  for (const raw of query.split(/\s+/)) {
    const pieces = analyzeQuery(raw).split(' ').filter(Boolean);
    const gone = pieces.filter((w) => lost.has(w));
    if (!gone.length) continue;
    named.push(...(gone.length === pieces.length ? [raw] : gone.map(displayText)));
  }
  return named.length ? named : [...lost].map(displayText);
}

const QUERY_FORMS = new Map<string, { forms: string[]; tails: string[] }>();

/**
 * For a word of a result's text (as the index holds it), the words a query would be analysed
 * into and its respelling: how chooseExcerpt finds the word a query reached through the index's
 * hidden forms (בחיפה for חיפה, a clitic taken off; eröffnet for eroeffnet). With them, the
 * word's compound tails among the page's hidden forms (`hidden`: Großbäckerei for Bäckerei on a
 * page in German, whose tails the index holds). Only words in the scripts of `query`, whose rules
 * and stemmers its search loaded (loadQueryRules).
 */
export function queryFormsFor(query: string): (word: string, hidden: ReadonlySet<string>) => string[] {
  const scripts = new Set(entriesOf(query));
  const formsOf = (shown: string, word: string) => {
    const lower = shown.toLowerCase();
    // The entry of the script's languages that write compounds as one word, if it has one.
    const compounding = entriesOf(shown).find((e) => e.tails);
    const tails = compounding
      ? [...new Set(compoundTails(foldWord(lower, compounding), compounding).flatMap((t) => [t, respellWord(t)]))]
      : [];
    // The index holds a word of plain ASCII letters as written, where Pagefind located any match.
    if (shown === word && /^[\x00-\x7F]*$/.test(word) && !/['\d]/.test(word)) return { forms: [], tails };
    // The index also holds a word respelled (eröffnet as eroeffnet) and in its other inflected
    // forms (гривень as гривнь), which a query keeps as typed.
    const folded = foldWord(lower);
    const inflected = [folded, ...cliticFreeForms(folded)].flatMap((w) => alternateForms(w));
    return { forms: [...analyzeQuery(shown).split(' ').filter(Boolean), respellWord(lower), ...inflected], tails };
  };
  return (word, hidden) => {
    let known = QUERY_FORMS.get(word);
    if (!known) {
      // A word of a script the query's search did not load the rules of is not one it reached;
      // not kept, since the next query may be in that script.
      const shown = displayText(word);
      if (!entriesOf(shown).every((e) => scripts.has(e))) return [];
      if (QUERY_FORMS.size > 20_000) QUERY_FORMS.clear();
      QUERY_FORMS.set(word, (known = formsOf(shown, word)));
    }
    const tails = known.tails.filter((t) => hidden.has(t));
    return tails.length ? [...known.forms, ...tails] : known.forms;
  };
}

/** Splits tried for a query word that no page has, at most: each costs a search. */
const MOST_SPLITS = 4;

/**
 * Whether one of the first three pages (within `filters`) that a search for the two words of
 * `pair` finds writes them side by side in its text: the words asked for, analysed as a query
 * (a clitic or an ending off: وشیر خشکها asks for شیر خشک), or undefined.
 */
async function foundSideBySide(pf: Pagefind, pair: [string, string], filters: Record<string, string>): Promise<string[] | undefined> {
  const asked = analyzeQuery(pair.join(' ')).split(' ').filter(Boolean);
  const [first, second] = asked.length === 2 ? asked : pair;
  const { results } = await pf.search(asked.join(' '), { filters });
  const pages = await Promise.all(results.slice(0, 3).map((result) => result.data()));
  for (const page of pages) {
    // The page's text and title, not its metadata: which hidden form is next to which means nothing.
    const words = `${page.meta.title ?? ''} ${page.content}`.split(/\s+/);
    if (words.some((w, i) => matchesQueryWord(first!, w) && matchesQueryWord(second!, words[i + 1] ?? ''))) return asked;
  }
  return undefined;
}

/** Whether a query word is spelled as typed, not in the ASCII spelling the analysis gives some scripts (Thai, Bengali…), which no stemmer or word rule reads. */
const spelledAsTyped = (word: string) => displayText(word) === word;

/**
 * Pagefind stems every query word as English, which writes a final y after a consonant as i:
 * Polish nowy is asked as nowi, which nowych does not start with. Asked without its y, the word
 * is a start of its other forms again (elektryczn, elektrycznych).
 */
function withoutFinalY(word: string): string[] {
  return /^\p{Script=Latin}{4,}$/u.test(word) && /(?<![aeiouy])y$/iu.test(word) ? [word.slice(0, -1)] : [];
}

/**
 * The search for `words` (within `filters`) when its top page has every one of them, else
 * undefined.
 */
async function searchTogether(
  pf: Pagefind,
  words: string[],
  filters: Record<string, string>,
): Promise<Awaited<ReturnType<Pagefind['search']>> | undefined> {
  const response = await pf.search(words.join(' '), { filters });
  const top = response.results[0];
  if (!top) return undefined;
  const text = resultText(await top.data());
  return words.every((w) => matchesQueryWord(w, text)) ? response : undefined;
}

/**
 * For each query word that no page has, the words some page has that may be asked instead, best
 * first: its other inflected forms (`alternate` word rules: an Arabic broken plural's singular),
 * its stems by the retry stemmers of the site's languages (`langs`, see retryStems) and the word
 * without a final y that Pagefind would stem (withoutFinalY), each found alone, then the pairs of
 * words it splits into where a space was left out (`unspacedAfter`: Persian شیرخشک) that some
 * page has side by side. A word the analysis spelled in ASCII (Thai, Bengali…) is not tried.
 */
async function replacementsFound(
  pf: Pagefind,
  query: string,
  lost: string[],
  langs: string[],
  filters: Record<string, string>,
): Promise<Map<string, string[][]>> {
  // The word the reader typed for each analysed word that is all of it: a split is made in what
  // was typed, before a clitic came off (بازکرد is باز کرد, not ب + ازکرد).
  const typed = new Map<string, string>();
  for (const raw of query.split(/\s+/)) {
    const pieces = analyzeQuery(raw).split(' ').filter(Boolean);
    if (pieces.length === 1) typed.set(pieces[0]!, raw);
  }
  const found = new Map<string, string[][]>();
  await Promise.all(
    lost.map(async (word) => {
      if (!spelledAsTyped(word)) return;
      const options: string[][] = [];
      const stems = langs.length ? await retryStems(word, langs, typed.get(word)) : [];
      for (const stem of new Set([...alternateForms(word), ...stems, ...withoutFinalY(word)])) {
        if (await foundAlone(pf, stem, filters)) options.push([stem]);
      }
      // Only the letters of what was typed («شیرخشک» is split as شیرخشک).
      const letters = (typed.get(word) ?? word)
        .normalize('NFC')
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\u200C\u200D]/gu, '');
      for (const pair of letters ? unspacedSplits(foldWord(letters)).slice(0, MOST_SPLITS) : []) {
        const asked = await foundSideBySide(pf, pair, filters);
        if (asked) options.push(asked);
      }
      if (options.length) found.set(word, options);
    }),
  );
  return found;
}

/** The most searches togetherByStem runs with every word cut at once, and then with one word cut at a time. */
const MOST_STEM_TRIES = 8;

type Found = { response: Awaited<ReturnType<Pagefind['search']>>; asked: string[] };

/**
 * Words that are each on some page but on none together, where one of them is another
 * language's word too (Uzbek fabrika, beside Serbian baterija, whose page writes fabriku), or
 * where each is in a form of its own (Italian mulini elettrici, for a page that writes mulino
 * elettrico): the first search whose top page has every word asked, with every word cut to its
 * stem by one language's retry stemmer (of the site's languages, `langs`: see retryStems), then
 * with one word at a time cut by any. `fixed`: how many of the last words are a word's
 * replacement already, asked as they are.
 */
async function togetherByStem(
  pf: Pagefind,
  words: string[],
  langs: string[],
  filters: Record<string, string>,
  fixed = 0,
): Promise<Found | undefined> {
  if (!langs.length || words.length < 2) return undefined;
  let tries = 0;
  const stems = await Promise.all(
    words.map((w, i) => (i < words.length - fixed && spelledAsTyped(w) ? retryStemsByStemmer(w, langs) : new Map<string, string[]>())),
  );
  const tried = new Set([words.join(' ')]);
  const attempt = async (asked: string[]) => {
    const key = asked.join(' ');
    if (tried.has(key) || ++tries > MOST_STEM_TRIES) return undefined;
    tried.add(key);
    const response = await searchTogether(pf, asked, filters);
    return response && { response, asked };
  };
  // Every word that has a stem cut at once, by one language's stemmer (mulini elettrici as mulin elettr).
  for (const name of new Set(stems.flatMap((s) => [...s.keys()]))) {
    const found = await attempt(words.map((w, i) => stems[i]!.get(name)?.[0] ?? w));
    if (found) return found;
  }
  tries = 0;
  for (let i = 0; i < words.length; i++) {
    for (const stem of new Set([...stems[i]!.values()].flat())) {
      const found = await attempt(words.map((w, j) => (j === i ? stem : w)));
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Runs `query` on Pagefind within `filters`. `langs`: the language tags of the site's briefs
 * (the search page's data-langs), whose retry stemmers a query word that no page has is tried
 * with before it is dropped.
 */
export async function runSearch(
  base: string,
  query: string,
  filters: Record<string, string>,
  firstPage = 20,
  langs: string[] = [],
): Promise<SearchResponse> {
  const [pf] = await Promise.all([load(base), loadQueryRules(query)]);
  const analyzed = query ? analyzeQuery(query) : null;
  let response = await pf.search(analyzed, { filters });
  // A query word that no indexed word starts with makes Pagefind fall back to a word the
  // query word starts with, down to one letter (see matchesQueryWord), or, when it finds
  // no such word either, leaves the whole query without results. Such words are tried cut
  // to a stem or split in two (replacementsFound) that some page has with the other words, else
  // dropped, and the search is run again; the status names the dropped words.
  const missing: string[] = [];
  if (analyzed) {
    const words = analyzed.split(' ');
    let kept = words;
    if (response.results[0]) {
      const text = resultText(await response.results[0].data());
      kept = words.filter((word) => matchesQueryWord(word, text));
    } else {
      // No page has every word: each is asked alone, and only those that no page has are
      // lost. When every word is on some page, but no page has them all, none is.
      const found = words.length > 1 ? await Promise.all(words.map((word) => foundAlone(pf, word, filters))) : [false];
      kept = words.filter((_, i) => found[i]);
    }
    const lost = words.filter((w) => !kept.includes(w));
    let asked = words;
    if (lost.length) {
      // A lost word's replacement is asked only where some page has it with the words asked so
      // far (mulin, for mulini, is on another page than elettrici), or else has them all cut to
      // their stems (mulin elettr); a word with no such replacement is dropped.
      const options = await replacementsFound(pf, query, lost, langs, filters);
      let found: Found | undefined;
      const dropped = new Set<string>();
      asked = kept;
      for (const word of lost) {
        const choices = options.get(word) ?? [];
        let next: Found | undefined;
        for (const choice of choices) {
          const together = [...asked, ...choice];
          const answer = asked.length ? await searchTogether(pf, together, filters) : await pf.search(together.join(' '), { filters });
          if ((next = answer && { response: answer, asked: together })) break;
        }
        if (!next && choices[0] && asked.length)
          next = await togetherByStem(pf, [...asked, ...choices[0]], langs, filters, choices[0].length);
        if (!next) {
          dropped.add(word);
          continue;
        }
        found = next;
        asked = next.asked;
      }
      missing.push(...missingWords(query, dropped));
      if (found) response = found.response;
      else response = asked.length ? await pf.search(asked.join(' '), { filters }) : { results: [] };
    }
    // Words each on some page, but none of whose pages has them all: asked again cut to their stems.
    if (!response.results.length && asked.length > 1) response = (await togetherByStem(pf, asked, langs, filters))?.response ?? response;
  }
  const asked = readerWords(query);
  const indexWords = analyzed?.split(' ').filter(Boolean) ?? [];
  const queryForms = queryFormsFor(query);
  const toHits = async (start: number, end: number) => {
    const data = await Promise.all(response.results.slice(start, end).map((r) => r.data()));
    return data.map((d) => {
      let hidden: Set<string> | undefined;
      const formsOf = (word: string) => queryForms(word, (hidden ??= new Set((d.meta.stems ?? '').split(' '))));
      const excerpt = displayText(chooseExcerpt(d, indexWords, EXCERPT_LENGTH, formsOf));
      const shown = `${displayText(d.meta.title ?? '')} ${excerpt}`;
      return {
        url: d.url,
        title: displayText(d.meta.title ?? d.url),
        type: d.meta.type ?? '',
        language: d.meta.language,
        date: d.meta.date,
        excerpt,
        names: d.meta.names ? displayText(d.meta.names).split(NAME_SEPARATOR) : undefined,
        via:
          [aliasNote(asked, shown, d.meta.names), mentionNote(asked, shown, d.meta.mentions), topicNote(asked, shown, d.meta.topics)]
            .filter(Boolean)
            .join('; ') || undefined,
      };
    });
  };
  // Fragments are fetched only when asked for, so a search overtaken by the next
  // keystroke costs no fragment requests. Re-ranking only reorders within the first
  // page, so later slices never repeat a hit.
  let first: Promise<SearchHit[]> | undefined;
  const firstHits = () => (first ??= toHits(0, firstPage).then((hits) => rankHits(hits, query)));
  return {
    total: response.results.length,
    missing,
    hits: async (start, end) => {
      if (start === 0 && end <= firstPage) return (await firstHits()).slice(0, end);
      if (start === 0) return [...(await firstHits()), ...(await toHits(firstPage, end))];
      return start >= firstPage ? toHits(start, end) : [...(await firstHits()).slice(start), ...(await toHits(firstPage, end))];
    },
  };
}
