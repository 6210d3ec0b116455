// Hostile text and the free-text fields of the test tree (tests/support/content-tree.ts) it can
// be put in: shared by the property test of the output writers and the build test that
// publishes such text through a whole build.
import fc from 'fast-check';
import { parseDocument as parseYaml } from 'yaml';
import { BASE_TREE, BRIEF_PATH } from './content-tree.ts';

/** Every free-text field of every content type in the test tree, as file and YAML path. */
export const TEXT_FIELDS: ReadonlyArray<readonly [string, ReadonlyArray<string | number>]> = [
  [BRIEF_PATH, ['title']],
  [BRIEF_PATH, ['keyFacts', 0]],
  [BRIEF_PATH, ['source', 'outlet']],
  [BRIEF_PATH, ['source', 'author']],
  [BRIEF_PATH, ['source', 'wire']],
  [BRIEF_PATH, ['source', 'headline']],
  [BRIEF_PATH, ['source', 'headlineTranslation']],
  [BRIEF_PATH, ['caveats', 0, 'text']],
  [BRIEF_PATH, ['figures', 0, 'label']],
  [BRIEF_PATH, ['figures', 0, 'unit']],
  [BRIEF_PATH, ['figures', 0, 'measure']],
  [BRIEF_PATH, ['figures', 0, 'note']],
  ['entities/northwind-motors.yaml', ['name']],
  ['entities/northwind-motors.yaml', ['description']],
  ['entities/northwind-motors.yaml', ['aliases', 0, 'name']],
  ['entities/northwind-motors.yaml', ['aliases', 1, 'note']],
  ['entities/northwind-motors.yaml', ['facts', 0, 'label']],
  ['entities/northwind-motors.yaml', ['facts', 0, 'value']],
  ['entities/tallow-bay-capital.yaml', ['relations', 0, 'note']],
  ['deals/northwind-series-b.yaml', ['title']],
  ['deals/northwind-series-b.yaml', ['round']],
  ['deals/northwind-series-b.yaml', ['note']],
  ['deals/northwind-series-b.yaml', ['caveats', 0]],
  ['deals/northwind-series-b.yaml', ['amount', 'note']],
  ['deals/northwind-series-b.yaml', ['date', 'note']],
  ['topics/harbour-trade.yaml', ['name']],
  ['topics/harbour-trade.yaml', ['description']],
];
/** The body of the brief: MDX, written to the file as it is. */
export const BODY = 'body';

/** Characters and snippets that have broken writers: controls, noncharacters, surrogates, bidi, zero-width, markup. */
export const HOSTILE_PIECES = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u000C',
  '\r',
  '\n',
  '\t',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u009F',
  '\uFFFE',
  '\uFFFF',
  '\uFDD0',
  '\u{1FFFE}',
  '\u{10FFFF}',
  '\uD800',
  '\uDFFF',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u2028',
  '\u2029',
  '\u00AD',
  '\u180E',
  '\u3164',
  '\u{E0041}',
  '<script>alert(1)</script>',
  '</title>',
  ']]>',
  '<![CDATA[',
  '&',
  '&amp;',
  '&#x41;',
  '&#0;',
  '"',
  "'",
  '<',
  '>',
  '{',
  '}',
  '\\',
  '=1+1',
  '+cmd',
  '-2',
  '@SUM(A1)',
  ',',
  ';',
  '"";',
  '---',
  '# ',
  '> ',
  '- ',
  '* ',
  '`',
  '![x](https://t.example/p.png)',
  '[a](javascript:alert(1))',
  'Xiaomi',
  'নর‌্যাব',
  'می‌خواهم',
  '👩‍💻',
  '🏴󠁧󠁢󠁳󠁣󠁴󠁿',
  '小米',
  'e\u0301',
  'ﬁ',
  'Ａ',
];

/** Hostile text: mixes of the pieces above, arbitrary code points, and long runs of one piece. */
export const hostileText = fc.oneof(
  fc.array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ maxLength: 8 })), { maxLength: 12 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc
    .tuple(fc.constantFrom(...HOSTILE_PIECES, 'a', ' ', 'x '), fc.integer({ min: 100, max: 20_000 }), fc.string({ maxLength: 4 }))
    .map(([piece, n, tail]) => piece.repeat(n) + tail),
);

/** The test tree with fields replaced: each value is written as a YAML double-quoted scalar (JSON escapes). */
export function withFields(changes: ReadonlyArray<readonly [string, ReadonlyArray<string | number>, string]>): Record<string, string> {
  const out: Record<string, string> = {};
  const byFile = new Map<string, (readonly [ReadonlyArray<string | number>, string])[]>();
  for (const [path, field, value] of changes) byFile.set(path, [...(byFile.get(path) ?? []), [field, value] as const]);
  for (const [path, fields] of byFile) {
    const text = BASE_TREE[path]!;
    const isBrief = path === BRIEF_PATH;
    const [, yamlText, body] = isBrief ? /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)! : [text, text, ''];
    const doc = parseYaml(yamlText!);
    const placeholders = new Map<string, string>();
    for (const [n, [field, value]] of fields.entries()) {
      const placeholder = `VALUE-PLACEHOLDER-7f3a-${n}`;
      // Fields absent from the base tree get a valid surrounding object first.
      if (field[0] === 'caveats' && isBrief && !doc.has('caveats')) doc.set('caveats', doc.createNode([{ kind: 'figure', text: 'x' }]));
      if (field[0] === 'figures' && !doc.has('figures'))
        doc.set(
          'figures',
          doc.createNode([{ key: 'northwind-round', entity: 'northwind-motors', label: 'Round size', value: 120, unit: 'EUR' }]),
        );
      if (field[0] === 'caveats' && !isBrief && !doc.has('caveats')) doc.set('caveats', doc.createNode(['x']));
      doc.setIn(field as unknown[], placeholder);
      placeholders.set(placeholder, value);
    }
    // JSON.stringify escapes controls and lone surrogates; JSON strings are YAML double-quoted scalars.
    let yaml = doc.toString({ lineWidth: 0 });
    for (const [placeholder, value] of placeholders) yaml = yaml.replace(new RegExp(`"?${placeholder}"?`), () => JSON.stringify(value));
    out[path] = isBrief ? `---\n${yaml}---\n${body}` : yaml;
  }
  return out;
}

/** The test tree with one field replaced. */
export const withField = (path: string, field: ReadonlyArray<string | number>, value: string) => withFields([[path, field, value]]);
