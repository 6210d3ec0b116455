import { beforeAll, describe, expect, it } from 'vitest';
import { queryFormsFor } from '../../src/browser/search-client.ts';
import { chooseExcerpt, type ExcerptSource } from '../../src/lib/search/excerpt.ts';
import { aliasNote, loadQueryRules, topicNote } from '../../src/lib/search/text.ts';

// A page as Pagefind's result data describes it: its words, the headings with an id that cut it
// into sections (anchors, by word location) and an excerpt per section that has a match.
const title = 'Harbour crane maker opens plant';
const words = `${title}. Summary. The crane maker opened a plant at the harbour in May. Caveats. The date is a guess. Sources. A wire report.`;
const at = (word: string, from = 0) => words.split(' ').indexOf(word, from);
const anchors = [
  { location: at('Summary.'), text: 'Summary', element: 'h2' },
  { location: at('Caveats.'), text: 'Caveats', element: 'h2' },
  { location: at('Sources.'), text: 'Sources', element: 'h2' },
];
const page = (over: Partial<ExcerptSource>): ExcerptSource => ({
  content: words,
  excerpt: `Harbour <mark>crane</mark> maker opens plant. Summary. The crane`,
  meta: { title },
  anchors,
  sub_results: [],
  ...over,
});

describe('chooseExcerpt', () => {
  it('takes the section that holds the most query words, without its heading, when the head is only the title', () => {
    const source = page({
      sub_results: [
        { locations: [1] },
        { locations: [at('crane', 7)], anchor: anchors[0] },
        { locations: [at('date')], anchor: anchors[1] },
      ],
    });
    expect(chooseExcerpt(source, ['crane'], 24)).toBe('The <mark>crane</mark> maker opened a plant at the harbour in May.');
    expect(chooseExcerpt(source, ['date'], 24)).toBe('The <mark>date</mark> is a guess.');
  });

  it('shows the opening of the first section when only the title or the metadata matched', () => {
    const onlyTitle = page({ sub_results: [{ locations: [1] }] });
    expect(chooseExcerpt(onlyTitle, ['crane'], 5)).toBe('The crane maker opened a …');
    // It ends where the next section starts, before that section's heading.
    expect(chooseExcerpt(onlyTitle, ['crane'], 30)).toBe('The crane maker opened a plant at the harbour in May.');
    expect(chooseExcerpt(page({ sub_results: [] }), ['hafen'], 5)).toBe('The crane maker opened a …');
  });

  it('marks a word the query reached only through the forms the index keeps out of sight, in its section', () => {
    // As if the index held "harbor" for "harbour" and "surmise" for "guess" out of sight.
    const hiddenForms: Record<string, string[]> = { harbour: ['harbor'], 'guess.': ['surmise'] };
    const formsOf = (word: string) => hiddenForms[word] ?? [word.toLowerCase()];
    const metadataOnly = page({ sub_results: [] });
    expect(chooseExcerpt(metadataOnly, ['harbor'], 24, formsOf)).toBe('The crane maker opened a plant at the <mark>harbour</mark> in May.');
    expect(chooseExcerpt(metadataOnly, ['surmise'], 24, formsOf)).toBe('The date is a <mark>guess.</mark>');
    // Beside a word Pagefind located, in the section that now holds both query words.
    const located = page({ sub_results: [{ locations: [at('date')], anchor: anchors[1] }] });
    expect(chooseExcerpt(located, ['date', 'surmise'], 24, formsOf)).toBe('The <mark>date</mark> is a <mark>guess.</mark>');
    // A query word a located word starts with is not looked for again.
    expect(chooseExcerpt(located, ['date'], 24, () => ['date'])).toBe('The <mark>date</mark> is a guess.');
    // Without the forms, the opening, as before.
    expect(chooseExcerpt(metadataOnly, ['harbor'], 24)).toBe('The crane maker opened a plant at the harbour in May.');
  });

  it("shows a description under the title (an entity's) when it matched, else the best section, else its opening", () => {
    const content = `${title}. A maker of cranes. Summary. The crane yard.`;
    const described = (sub_results: ExcerptSource['sub_results']) =>
      page({ content, anchors: [{ location: 9, text: 'Summary', element: 'h2' }], sub_results });
    const head = { locations: [8] };
    const section = {
      locations: [11],
      anchor: { location: 9, text: 'Summary', element: 'h2' },
    };
    expect(chooseExcerpt(described([head, section]), ['crane'], 24)).toBe('A maker of <mark>cranes.</mark>');
    expect(chooseExcerpt(described([section]), ['crane'], 24)).toBe('The <mark>crane</mark> yard.');
    expect(chooseExcerpt(described([]), ['hafen'], 24)).toBe('A maker of cranes.');
    // Found by its title: the description says what it is, whatever section also matched.
    expect(chooseExcerpt(described([{ locations: [1] }, section]), ['crane'], 24)).toBe('A maker of cranes.');
  });

  it('cuts a page without sections (a deal record) after its title, around its matches', () => {
    const record = (content: string, locations: number[]) => page({ content, anchors: [], locations });
    const facts = `${title}. Acme (investor), Bolt (target). US$5 million. Series A. completed.`;
    expect(chooseExcerpt(record(facts, [1, 7]), ['bolt'], 24)).toBe(
      'Acme (investor), <mark>Bolt</mark> (target). US$5 million. Series A. completed.',
    );
    expect(chooseExcerpt(record(facts, [1]), ['crane'], 3)).toBe('Acme (investor), Bolt …');
    // A long record: the words around the densest matches, a few words before the first, an ellipsis where the text goes on.
    const long = `${title}. ${Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')}`;
    expect(chooseExcerpt(record(long, [20, 30, 32]), ['w'], 8)).toBe('… w23 w24 <mark>w25</mark> w26 <mark>w27</mark> w28 w29 w30 …');
  });

  it("keeps Pagefind's excerpt where the text does not start with the title, or holds nothing else", () => {
    expect(chooseExcerpt(page({ content: `${title}.`, anchors: [] }), ['crane'], 24)).toBe(page({}).excerpt);
    expect(chooseExcerpt(page({ meta: {} }), ['crane'], 24)).toBe(page({}).excerpt);
    expect(chooseExcerpt(page({ meta: { title: 'Another title' } }), ['crane'], 24)).toBe(page({}).excerpt);
  });

  it('keeps a heading the query matched, and escapes the text it cuts itself', () => {
    const source = page({
      sub_results: [{ locations: [at('Caveats.')], anchor: anchors[1] }],
    });
    expect(chooseExcerpt(source, ['caveats'], 24)).toBe('<mark>Caveats.</mark> The date is a guess.');
    // A heading Pagefind matched by a shorter start of a query word, or that a short query word
    // only starts, does not make its section the excerpt: the page's opening is shown instead.
    expect(chooseExcerpt(source, ['cavern'], 24)).toBe('The crane maker opened a plant at the harbour in May.');
    expect(chooseExcerpt(source, ['ca'], 24)).toBe('The crane maker opened a plant at the harbour in May.');
    const angled = page({ content: words.replace('The crane', 'The <b>crane'), sub_results: [] });
    expect(chooseExcerpt(angled, ['x'], 3)).toBe('The &lt;b&gt;crane maker …');
  });

  it('leaves text without spaces between words to Pagefind', () => {
    const source = page({ raw_content: `${title}.\u200BSummary.`, sub_results: [] });
    expect(chooseExcerpt(source, ['crane'], 24)).toBe(source.excerpt);
  });
});

describe('topicNote', () => {
  it('names the topics a query word starts a word of, when the result does not show that word', () => {
    expect(topicNote(['smartphone'], 'Carmaker talks', 'Electric vehicles · Smartphones')).toBe('Topic: Smartphones');
    expect(topicNote(['elec', 'smart'], 'Carmaker talks', 'Electric vehicles · Smartphones')).toBe(
      'Topics: Electric vehicles, Smartphones',
    );
  });
  it('says nothing when the title or excerpt shows the word, or the word is inside a topic word', () => {
    expect(topicNote(['smartphones'], 'Smartphones sell', 'Smartphones')).toBeUndefined();
    expect(topicNote(['phones'], 'Carmaker talks', 'Smartphones')).toBeUndefined();
    expect(topicNote(['smart'], 'Carmaker talks', undefined)).toBeUndefined();
  });
});

describe('aliasNote', () => {
  it("names an entity's other name that holds a query word the result does not show", () => {
    expect(aliasNote(['al', 'jazira'], 'مجموعة الجزيرة 2030 A holding company', 'مجموعة الجزيرة 2030 | Al Jazira Holding')).toBe(
      'Also known as Al Jazira Holding',
    );
    expect(aliasNote(['小米'], 'Xiaomi Chinese smartphone maker', 'Xiaomi | 小米集团 | 小米')).toBe('Also known as 小米集团, 小米');
  });
  it('says nothing when the word is shown, or is only in the main name', () => {
    expect(aliasNote(['xiaomi'], 'Xiaomi Chinese smartphone maker', 'Xiaomi | 小米集团')).toBeUndefined();
    expect(aliasNote(['jazira'], 'A holding company', 'Jazira Group | Al Jazira Holding')).toBe('Also known as Al Jazira Holding');
    expect(aliasNote(['group'], 'A holding company', 'Jazira Group | Al Jazira Holding')).toBeUndefined();
    expect(aliasNote(['x'], 'text', undefined)).toBeUndefined();
  });
});

describe('the forms an excerpt marks a hidden match by (queryFormsFor)', () => {
  beforeAll(() => loadQueryRules());

  it('gives a word its clitic-free forms, and a compound the tails its page holds', () => {
    // As a query is analysed: its clitic and its plural ending off.
    expect(queryFormsFor('البطاريات')('بالبطاريات', new Set())).toContain('بطاري');
    const fahrer = queryFormsFor('Fahrer');
    expect(fahrer('Lastwagenfahrer', new Set(['fahrer']))).toContain('fahrer');
    // An English page holds no tails: nothing is marked through one.
    expect(fahrer('Lastwagenfahrer', new Set())).not.toContain('fahrer');
  });

  it('does not keep, for the next query, what a query in another script found no forms for', () => {
    // A Latin query's excerpts may hold Arabic words: it has not loaded their rules, so gives none.
    expect(queryFormsFor('eroeffnet')('والمياه', new Set())).toEqual([]);
    expect(queryFormsFor('مياه')('والمياه', new Set())).toContain('مياه');
    expect(queryFormsFor('مياه')('Kraftwerksbetreiber', new Set(['betreiber']))).toEqual([]);
    expect(queryFormsFor('Betreiber')('Kraftwerksbetreiber', new Set(['betreiber']))).toContain('betreiber');
  });
});
