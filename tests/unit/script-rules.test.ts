// The word rules of src/lib/search/languages.ts load per script, as the browser fetches
// them: text analysed with only its own scripts' rules loaded gives the tokens it gave
// with every rule in one bundle, and a word whose rules are missing is refused, never
// analysed otherwise than the index was.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

/**
 * One text per script of the table, and one mixing several, with each analysis's output
 * with every rule loaded at once (as before the rules were split by script, commit b6c3586).
 * A rule changed on purpose changes these on purpose: check the change, then write the file
 * again with `npx vitest run --config tests/vitest.config.ts --project unit
 * tests/unit/script-rules.test.ts -u` (the per-script cases read the file before it is written:
 * run once more to see them pass). A new case is an entry with its `text` and `lang`, its
 * outputs written the same way.
 */
const EXPECTED: Record<string, { text: string; lang: string | null } & Record<string, unknown>> = JSON.parse(
  readFileSync(new URL('../fixtures/script-analysis-tokens.json', import.meta.url), 'utf8'),
);

/** The analysis modules afresh, with no rules loaded: a reader's first search. */
async function freshModules() {
  vi.resetModules();
  return {
    rules: await import('../../src/lib/search/script-rules.ts'),
    search: await import('../../src/lib/search/text.ts'),
    quick: await import('../../src/lib/search/quick-tokens.ts'),
    // Index time always has the spelling converters; they are not fetched per script.
    spellings: await import('../../src/lib/search/spelling-variants.ts').then((m) => m.loadSpellingVariants()),
  };
}

async function analyse({ search, quick }: Awaited<ReturnType<typeof freshModules>>, text: string, lang: string | undefined) {
  const indexed = search.indexText(text, lang);
  return {
    text,
    lang: lang ?? null,
    indexText: indexed,
    indexForms: search.indexForms(text, lang),
    displayText: search.displayText(indexed),
    analyzeQuery: search.analyzeQuery(text),
    quickTokens: quick.quickTokens(text),
    quickQueryTokens: quick.quickQueryTokens(text),
    quickIndexWords: quick.quickIndexWords(text),
  };
}

describe('word rules fetched per script', () => {
  it.each(Object.entries(EXPECTED))(
    '%s: with only its own scripts’ rules loaded, every analysis gives the same tokens',
    async (_name, expected) => {
      const modules = await freshModules();
      await modules.search.loadQueryRules(expected.text);
      expect(await analyse(modules, expected.text, expected.lang ?? undefined)).toEqual(expected);
    },
  );

  it('with every rule loaded (index time), the same tokens too', async () => {
    const modules = await freshModules();
    await modules.search.loadQueryRules();
    const analysed: typeof EXPECTED = {};
    for (const [name, { text, lang }] of Object.entries(EXPECTED)) analysed[name] = await analyse(modules, text, lang ?? undefined);
    // The file itself is the expectation, so `-u` writes it again (see EXPECTED).
    await expect(`${JSON.stringify(analysed, null, 2)}\n`).toMatchFileSnapshot('../fixtures/script-analysis-tokens.json');
  });

  it('loads only the scripts a text holds, and refuses a word whose rules are not loaded', async () => {
    const { rules, search, quick } = await freshModules();
    expect(() => search.analyzeQuery('والبطاريات')).toThrow(/Arabic word rules are not loaded/);
    expect(() => quick.quickQueryTokens('בחיפה')).toThrow(/Hebrew word rules are not loaded/);
    const loaded = await rules.loadScriptRules('Xiaomi والبطاريات');
    // Five entries write Latin (English's, the languages that write compounds as one word, Swahili's, the Nguni
    // languages' and Welsh's), two Arabic (Arabic's own, and Persian's, Urdu's, Pashto's and Kurdish's).
    expect(loaded.map((e) => e.script)).toEqual(['Latin', 'Latin', 'Latin', 'Latin', 'Latin', 'Arabic', 'Arabic']);
    expect(rules.stripPrefix('والبطاريات')).toBe('بطاريات');
    expect(() => rules.stripPrefix('בחיפה')).toThrow(/Hebrew/);
    expect(() => rules.foldScripts('Xiaomi מַיִם')).toThrow(/Hebrew/);
    // How a script is written needs no word rules: Khmer is cut and spelled without any.
    expect(search.displayText(search.indexText('ក្រុមហ៊ុនបើករោងចក្រថ្មី')).trim()).toBe('ក្រុមហ៊ុនបើករោងចក្រថ្មី');
  });

  it('a query in a stemmed script waits for its stemmer too', async () => {
    const { rules, search } = await freshModules();
    await rules.loadScriptRules('δορυφόρων');
    expect(() => search.analyzeQuery('δορυφόρων')).toThrow(/greek stemmer is not loaded/);
    await search.loadQueryRules('δορυφόρων');
    expect(search.analyzeQuery('δορυφόρων')).toBe('δορυφορ');
  });

  it('indexing Chinese without the spelling converters is refused, and a query never needs them', async () => {
    vi.resetModules();
    const search = await import('../../src/lib/search/text.ts');
    await search.loadQueryRules();
    expect(() => search.indexForms('电动车', 'zh')).toThrow(/chinese spelling variants are not loaded.*loadSpellingVariants/);
    // Japanese-tagged Han text names no converter; a query is analysed without one.
    expect(search.indexForms('電動車', 'ja')).toEqual([]);
    expect(search.analyzeQuery('電動車')).toBe('電動車');
  });

  it('a failed fetch is forgotten, so the next search asks again', async () => {
    vi.resetModules();
    const { SCRIPT_RULES } = await import('../../src/lib/search/languages.ts');
    const hebrew = SCRIPT_RULES.find((e) => e.script === 'Hebrew')!;
    const fetchRules = hebrew.words!;
    let offline = true;
    hebrew.words = () => (offline ? Promise.reject(new Error('offline')) : fetchRules());
    const rules = await import('../../src/lib/search/script-rules.ts');
    await expect(rules.loadScriptRules('בחיפה')).rejects.toThrow('offline');
    offline = false;
    await rules.loadScriptRules('בחיפה');
    expect(rules.stripPrefix('בחיפה')).toBe('חיפה');
  });
});
