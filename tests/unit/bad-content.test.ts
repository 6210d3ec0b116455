// One named test per class of bad content: each breaks one thing in a valid tree
// (tests/support/content-tree.ts) and states the exact error the check must report.
import { chmodSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { contentDir } from '../../src/check/content-dir.ts';
import { corpusDir } from '../../src/check/corpus.ts';
import { MAX_FILE_BYTES, quotedLine, readContentFile } from '../../src/check/read-content.ts';
import { MAX_YAML_DEPTH } from '../../src/check/yaml-document.ts';
import { jsonSchemaValidator } from '../support/json-schema.ts';
import {
  BASE_TREE,
  BRIEF_BODY_LINE,
  BRIEF_PATH,
  FAKE_ARTICLE,
  FAKE_ARTICLE_FILE,
  checkTree,
  edit,
  errorsOf,
  replaceOnce,
  summarise,
  TEST_SITE,
  warningsOf,
  writeFakeCorpus,
  writeTree,
} from '../support/content-tree.ts';

afterAll(async () => (await import('../support/content-tree.ts')).removeTrees());

const ENTITY = 'entities/northwind-motors.yaml';
const FUND = 'entities/tallow-bay-capital.yaml';
const PERSON = 'entities/mira-okafor.yaml';
const DEAL = 'deals/northwind-series-b.yaml';
const file = (path: string) => `content/${path}`;
/** What the fix for text that YAML reads as syntax adds after the quoted line. */
const SYNTAX_NOTE = '(a colon and a space, or one of [ { " \' * & ! % @ ` | > - ? at its start, is YAML syntax)';
/** The fix for a date written YYYY-MM-DD that names no day, as an editor reads it. */
const REAL_DAY_FIX = 'write a day that exists: month 01 to 12, and a day the month has (e.g. 2025-02-28, not 2025-02-30)';

describe('files', () => {
  it('empty-file', () => {
    expect(errorsOf({ [PERSON]: '' })).toEqual([
      { file: file(PERSON), field: '(file)', message: 'file is empty', fix: 'write the entry or delete the file' },
    ]);
  });

  it('invalid-utf8', () => {
    const bytes = Buffer.concat([
      Buffer.from('name: Mira Okafor\ntype: person\ndescription: Caf'),
      Buffer.from([0xe9]),
      Buffer.from(' owner.\n'),
    ]);
    expect(errorsOf({ [PERSON]: bytes })).toEqual([
      {
        file: file(PERSON),
        line: 3,
        field: '(encoding)',
        message: 'file is not valid UTF-8',
        fix: 're-save the file as UTF-8 (it may be in a legacy encoding such as Windows-1252 or GBK)',
      },
    ]);
  });

  it('utf-16-file (with or without a byte-order mark, either byte order)', () => {
    const littleEndian = Buffer.from(BASE_TREE[PERSON]!, 'utf16le');
    const bigEndian = Buffer.from(littleEndian).swap16();
    for (const bytes of [
      Buffer.concat([Buffer.from([0xff, 0xfe]), littleEndian]),
      Buffer.concat([Buffer.from([0xfe, 0xff]), bigEndian]),
      littleEndian,
      bigEndian,
    ])
      expect(errorsOf({ [PERSON]: bytes })).toEqual([
        {
          file: file(PERSON),
          field: '(encoding)',
          message: 'file is UTF-16, not UTF-8',
          fix: 're-save the file as UTF-8 (an editor may call UTF-16 "Unicode")',
        },
      ]);
  });

  it('file-over-size-limit', () => {
    const text = `${BASE_TREE[PERSON]}note: ${'x'.repeat(MAX_FILE_BYTES)}\n`;
    expect(errorsOf({ [PERSON]: text })).toEqual([
      {
        file: file(PERSON),
        field: '(file)',
        value: `${Buffer.byteLength(text)} bytes`,
        message: 'file is larger than the 256 KiB limit',
        fix: 'shorten it: a brief is a summary, an entry is data, never bulk text',
      },
    ]);
  });

  it('unexpected-file-type', () => {
    expect(errorsOf({ 'entities/notes.txt': 'remember the vans' })).toEqual([
      {
        file: file('entities/notes.txt'),
        field: '(file)',
        message: 'unexpected file type ".txt" in content/entities',
        fix: 'rename it to .yaml or .yml, or move it out of the folder',
      },
    ]);
  });

  it('file-name-not-a-slug', () => {
    expect(errorsOf({ 'entities/Harbour_Pilot.yaml': 'name: Harbour Pilot\ntype: product\ndescription: A van.\n' })).toEqual([
      {
        file: file('entities/Harbour_Pilot.yaml'),
        field: '(file name)',
        value: 'Harbour_Pilot',
        message: 'the file name is the id and must be lower-case words joined by hyphens',
        fix: 'rename to harbour-pilot.yaml',
      },
    ]);
  });

  it('file-name-not-a-slug with letters beyond ASCII (the suggested name is folded to ASCII)', () => {
    for (const [name, suggested] of [
      ['probe-brïef', 'probe-brief'],
      ['probe-bri\u0308ef', 'probe-brief'],
      ['Straße-Café', 'strasse-cafe'],
      ['北京', 'beijing'],
    ]) {
      const path = `topics/${name}.yaml`;
      expect(errorsOf({ [path]: 'name: Probe\ndescription: A topic.\n' }).map((e) => [e.value, e.fix])).toEqual([
        [name, `rename to ${suggested}.yaml`],
      ]);
    }
  });

  it('duplicate-id-across-files', () => {
    expect(errorsOf({ 'entities/northwind-motors.yml': BASE_TREE[ENTITY]! })).toEqual([
      {
        file: file('entities/northwind-motors.yml'),
        field: '(id)',
        value: 'northwind-motors',
        message: 'duplicate id: content/entities/northwind-motors.yaml has the same id',
        fix: 'rename or remove one of the two files',
      },
    ]);
  });

  it('file-name-starting-with-underscore (read like any other, never skipped)', () => {
    expect(errorsOf({ 'entities/_hidden.yaml': 'name: Hidden\ntype: company\ndescription: A company.\n' })).toEqual([
      {
        file: file('entities/_hidden.yaml'),
        field: '(file name)',
        value: '_hidden',
        message: 'the file name is the id and must be lower-case words joined by hyphens',
        fix: 'rename to hidden.yaml',
      },
    ]);
  });

  it('folder-with-a-content-file-name', () => {
    const root = writeTree();
    mkdirSync(join(root, 'content', 'entities', 'harbour-pilot.yaml'));
    const report = checkContent(root, { corpusDir: join(root, 'no-corpus') });
    expect(report.errors.map(summarise)).toEqual([
      {
        file: file('entities/harbour-pilot.yaml'),
        field: '(file)',
        message: 'is a folder, not a content file',
        fix: 'entries are single files in content/entities/ itself: move the files it holds up into content/entities/, and the folder out of content/',
      },
    ]);
  });

  it('content-folder-missing: an error, never an empty site', () => {
    const root = writeTree();
    const report = checkContent(root, { corpusDir: join(root, 'no-corpus'), contentDir: join(root, 'contnet') });
    expect(report.errors.map(summarise)).toEqual([
      {
        file: 'contnet',
        field: '(folder)',
        message: 'the content folder does not exist',
        fix: 'point DOSSIER_CONTENT_DIR at the folder that holds briefs/, entities/, deals/, topics/ (default: content/ in the project)',
      },
    ]);
  });

  it('collection-folder-misnamed: an error naming the folder it should be', () => {
    const root = writeTree();
    mkdirSync(join(root, 'content', 'Deals'));
    writeFileSync(join(root, 'content', 'notes.txt'), 'Ideas for next week.\n');
    const report = checkContent(root, { corpusDir: join(root, 'no-corpus') });
    expect(report.errors.map(summarise)).toEqual([
      {
        file: file('Deals'),
        field: '(folder)',
        message: 'is not a collection folder, so nothing in it is read',
        fix: 'rename it to deals/',
      },
    ]);
    expect(report.warnings.map(summarise)).toContainEqual({
      file: file('notes.txt'),
      field: '(file)',
      message: 'is not in a collection folder, so it is not read',
      fix: 'move it out of the content folder, which holds briefs/, entities/, deals/, topics/',
    });
  });

  it('content-folder-without-collections', () => {
    const root = writeTree();
    const empty = join(root, 'empty');
    mkdirSync(empty);
    const report = checkContent(root, { corpusDir: join(root, 'no-corpus'), contentDir: empty });
    expect(report.errors.map(summarise)).toEqual([
      {
        file: 'empty',
        field: '(folder)',
        message: 'the content folder holds no collection folder, so the site would have no content',
        fix: 'put the content in briefs/, entities/, deals/, topics/ inside it, or point DOSSIER_CONTENT_DIR at the folder that holds them',
      },
    ]);
  });

  it('dangling-symbolic-link', () => {
    const root = writeTree();
    symlinkSync(join(root, 'nowhere.yaml'), join(root, 'content', 'entities', 'harbour-pilot.yaml'));
    const report = checkContent(root, { corpusDir: join(root, 'no-corpus') });
    expect(report.errors.map(summarise)).toEqual([
      {
        file: file('entities/harbour-pilot.yaml'),
        field: '(file)',
        message: 'is a symbolic link to a file that does not exist',
        fix: 'remove the link, or point it at the content file',
      },
    ]);
  });

  it('a symbolic link to a content file is read as that file', () => {
    // The person's file lives outside content/ and is linked in.
    const root = writeTree({ [PERSON]: null });
    const outside = join(root, 'mira.yaml');
    writeFileSync(outside, BASE_TREE[PERSON]!);
    symlinkSync(outside, join(root, 'content', PERSON));
    const report = checkContent(root, { corpusDir: join(root, 'no-corpus') });
    expect(report.errors).toEqual([]);
    expect(report.collections.entities.map((e) => e.id)).toContain('mira-okafor');
  });

  it('symbolic-link-loop: an error, not a crash', () => {
    const root = writeTree();
    symlinkSync('harbour-pilot.yaml', join(root, 'content', 'entities', 'harbour-pilot.yaml'));
    symlinkSync('loop', join(root, 'content', 'loop'));
    const report = checkContent(root, { corpusDir: join(root, 'no-corpus') });
    expect(report.errors.map(summarise)).toEqual([
      {
        file: file('entities/harbour-pilot.yaml'),
        field: '(file)',
        message: 'is a symbolic link that leads round in a loop, so there is nothing to read',
        fix: 'point the link at the content file, or remove it',
      },
    ]);
    expect(report.warnings.map(summarise)).toContainEqual(expect.objectContaining({ file: file('loop'), field: '(file)' }));
  });

  it('collection-folder-that-is-a-file: an error, never an empty collection', () => {
    const root = writeTree({ 'topics/harbour-trade.yaml': null });
    rmSync(join(root, 'content', 'topics'), { recursive: true, force: true });
    writeFileSync(join(root, 'content', 'topics'), 'name: Harbour trade\n');
    const report = checkContent(root, { corpusDir: join(root, 'no-corpus') });
    expect(report.errors.map(summarise)).toContainEqual({
      file: file('topics'),
      field: '(folder)',
      message: 'is a file where a collection folder belongs',
      fix: 'move the file away and make a folder of that name',
    });
  });

  it('file-gone-while-read: an error, not a crash', () => {
    const root = writeTree();
    const reading = readContentFile(
      {
        collection: 'entities',
        id: 'harbour-pilot',
        path: join(root, 'content', 'entities', 'harbour-pilot.yaml'),
        file: file('entities/harbour-pilot.yaml'),
      },
      root,
    );
    expect(reading.issues.map(summarise)).toEqual([
      {
        file: file('entities/harbour-pilot.yaml'),
        field: '(file)',
        message: 'the file disappeared while it was being read',
        fix: 'run the check again once the editing is done',
      },
    ]);
  });

  // Permissions do not bind root, who reads every file: run where the tests are not root.
  it.skipIf(process.getuid?.() === 0)('unreadable file and collection folder: errors, not a crash or an empty collection', () => {
    const root = writeTree();
    chmodSync(join(root, 'content', PERSON), 0o000);
    chmodSync(join(root, 'content', 'topics'), 0o000);
    try {
      const report = checkContent(root, { corpusDir: join(root, 'no-corpus') });
      expect(report.errors.map(summarise)).toEqual(
        expect.arrayContaining([
          {
            file: file(PERSON),
            field: '(file)',
            message: 'the file cannot be read: permission denied',
            fix: 'let your user read it (chmod u+r), or move it out of content/',
          },
          {
            file: file('topics'),
            field: '(folder)',
            message: 'the folder cannot be read: permission denied',
            fix: 'let your user read it (chmod u+rx), or move it out of content/',
          },
        ]),
      );
    } finally {
      chmodSync(join(root, 'content', 'topics'), 0o755);
    }
  });

  it('brief-without-frontmatter', () => {
    expect(errorsOf({ [BRIEF_PATH]: 'Northwind raised money.\n' })).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 1,
        field: '(frontmatter)',
        message: 'no frontmatter: the file must start with a line "---", the YAML fields, and a closing "---"',
        fix: 'add the frontmatter block',
      },
    ]);
  });

  it('unclosed-frontmatter', () => {
    expect(errorsOf(edit(BRIEF_PATH, '---\n\nNorthwind Motors, a van maker', '\nNorthwind Motors, a van maker'))).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 1,
        field: '(frontmatter)',
        message: 'the frontmatter opened on line 1 is never closed',
        fix: 'add a line "---" after the last YAML field, before the summary',
      },
    ]);
  });
});

describe('frontmatter', () => {
  /** The brief with its closing "---" forgotten, and `body` as its body: a "---" in it closes the frontmatter instead. */
  const unclosed = (body: string) => `${BASE_TREE[BRIEF_PATH]!.split('---\n\n')[0]!}\n${body}\n---\n\nThe plant opens in 2026.\n`;
  const closingHint = (summary: number) =>
    `; if the summary starts on line ${summary}, the frontmatter's closing "---" may be missing: add it after line 21, the last field`;

  it('unclosed-frontmatter closed by a thematic break in the body: the fix says where the closing "---" may be missing', () => {
    const summary = 'Northwind Motors, a van maker, has raised EUR 120 million.\n';
    expect(errorsOf({ [BRIEF_PATH]: unclosed(summary) })).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 23,
        field: '(yaml)',
        message: 'malformed YAML: Implicit map keys need to be followed by map values',
        fix: `fix the YAML syntax at that line (indentation, quotes, colons)${closingHint(23)}`,
      },
    ]);
    // A heading above the summary is a YAML comment: the summary is the first line read.
    expect(errorsOf({ [BRIEF_PATH]: unclosed(`## In short\n\n${summary}`) })[0]!.fix).toBe(
      `fix the YAML syntax at that line (indentation, quotes, colons)${closingHint(25)}`,
    );
    expect(errorsOf({ [BRIEF_PATH]: unclosed('Summary: Northwind Motors raised EUR 120 million.\n') })).toContainEqual({
      file: file(BRIEF_PATH),
      line: 23,
      field: 'Summary',
      value: 'Northwind Motors raised EUR 120 million.',
      message: 'unknown field "Summary"',
      fix: `remove it or correct its spelling (fields here: title, status, published, updated, topics, entities, sourceSummary, keyFacts, figures, caveats, related, source, ingest)${closingHint(23)}`,
    });
  });

  it('a field misspelt or malformed after a blank line, or a capitalised one right after a field, is not taken for the start of the summary', () => {
    const noHint = (text: string) => errorsOf({ [BRIEF_PATH]: text }).filter((e) => e.fix?.includes('closing "---"'));
    const brief = BASE_TREE[BRIEF_PATH]!;
    expect(noHint(replaceOnce(brief, 'status: published\n', '\nstatsu: published\n'))).toEqual([]);
    expect(noHint(replaceOnce(brief, 'status: published\n', '\nstatus: published: yes\n'))).toEqual([]);
    expect(noHint(replaceOnce(brief, 'status: published\n', 'Status: published\n'))).toEqual([]);
  });

  it('"---" at the end of a line does not close the frontmatter: what follows is still checked', () => {
    const text = replaceOnce(
      BASE_TREE[BRIEF_PATH]!,
      'status: published\n',
      'status: published\n# end of the checked part---\nrelated: [ghost-brief]\n',
    );
    expect(errorsOf({ [BRIEF_PATH]: text })).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 5,
        field: 'related[0]',
        value: 'ghost-brief',
        message: 'no brief with id "ghost-brief" exists in content/briefs',
        fix: 'correct the id, or add the brief to content/briefs/',
      },
    ]);
  });
});

describe('YAML', () => {
  it('second-frontmatter-block (the renderer would drop it)', () => {
    const fix = 'remove the second frontmatter block or move its fields into the frontmatter';
    const [head, body] = BASE_TREE[BRIEF_PATH]!.split('---\n\n');
    expect(errorsOf({ [BRIEF_PATH]: `${head}---\n---\ntitle: sneaky\n---\n${body}` })).toEqual([
      {
        file: file(BRIEF_PATH),
        line: BRIEF_BODY_LINE,
        field: '(body)',
        message: `the body starts with a second frontmatter block (lines ${BRIEF_BODY_LINE}-${BRIEF_BODY_LINE + 2}), which the site drops unseen`,
        fix,
      },
    ]);
    // An empty one too; a "---" after a blank line is a thematic break the renderer shows, and passes.
    expect(errorsOf({ [BRIEF_PATH]: `${head}---\n---\n---\n${body}` }).map((e) => e.message)).toEqual([
      `the body starts with a second frontmatter block (lines ${BRIEF_BODY_LINE}-${BRIEF_BODY_LINE + 1}), which the site drops unseen`,
    ]);
    expect(errorsOf({ [BRIEF_PATH]: `${head}---\n\n---\ntitle: shown\n---\n${body}` })).toEqual([]);
  });

  it('toml-frontmatter-block at the start of the body (the renderer reads "+++" as frontmatter too)', () => {
    const [head, body] = BASE_TREE[BRIEF_PATH]!.split('---\n\n');
    expect(errorsOf({ [BRIEF_PATH]: `${head}---\n+++\ntitle = "sneaky"\n+++\n${body}` })).toEqual([
      {
        file: file(BRIEF_PATH),
        line: BRIEF_BODY_LINE,
        column: 1,
        field: '(body)',
        message: 'the body starts with a "+++" block, which the renderer reads as frontmatter, so the site drops it unseen',
        fix: 'remove the "+++" block or move its fields into the frontmatter as YAML',
      },
    ]);
    // After a blank line it is text the page shows.
    expect(errorsOf({ [BRIEF_PATH]: `${head}---\n\n+++\ntitle = "shown"\n+++\n\n${body}` })).toEqual([]);
  });

  it('malformed-yaml', () => {
    expect(errorsOf(edit(PERSON, 'type: person', 'type: person\n  role: chief'))).toEqual([
      {
        file: file(PERSON),
        line: 2,
        field: '(yaml)',
        message: 'malformed YAML: Nested mappings are not allowed in compact mappings',
        fix: 'fix the YAML syntax at that line (indentation, quotes, colons)',
      },
    ]);
  });

  it('text that YAML reads as syntax: the fix quotes the line as written', () => {
    const title = 'title: Northwind Motors raises money for a van plant';
    for (const [written, quoted] of [
      ['title: Northwind Motors: money for a van plant', 'title: "Northwind Motors: money for a van plant"'],
      ['title: [Updated] Northwind raises money', 'title: "[Updated] Northwind raises money"'],
      ['title: *Exclusive* Northwind raises money', 'title: "*Exclusive* Northwind raises money"'],
      ['title: "Northwind" raises money', 'title: "\\"Northwind\\" raises money"'],
      ['title: %50 more vans', 'title: "%50 more vans"'],
      ['title: Northwind raises:', 'title: "Northwind raises:"'],
    ])
      expect(errorsOf(edit(BRIEF_PATH, title, written)), written).toEqual([
        expect.objectContaining({ line: 2, field: '(yaml)', fix: `put the value in quotes if it is text: ${quoted} ${SYNTAX_NOTE}` }),
      ]);
    // An alias in a list item, and a mapping's value inside a list item.
    expect(errorsOf(edit(ENTITY, '  - name: Northwind\n', '  - name: Northwind: vans\n'))).toEqual([
      expect.objectContaining({ field: '(yaml)', fix: `put the value in quotes if it is text: - name: "Northwind: vans" ${SYNTAX_NOTE}` }),
    ]);
  });

  it('YAML syntax that is not text gets no quoting fix: a block header, an alias, a merge key, an open list', () => {
    for (const line of ['text: >-', '  - text: |', 'base: *shared', '<<: *base', 'tags: [a, b', 'entities: [a, b]', 'title: "ok"'])
      expect(quotedLine(line), line).toBeUndefined();
    expect(quotedLine('title: Northwind: vans   ')).toBe('title: "Northwind: vans"');
  });

  it('a comment after a key is a comment: the schema says what the empty field needs, and an unknown field is still named', () => {
    const errors = errorsOf(edit(BRIEF_PATH, 'published: 2026-11-21', 'published:   # set when publishing'));
    expect(errors).toEqual([expect.objectContaining({ field: 'published' })]);
    expect(errors[0]!.message).not.toMatch(/starts with "#"/);
    expect(errorsOf(edit(BRIEF_PATH, 'status: published\n', 'status: published\nsubtitle: # none yet\n'))).toEqual([
      expect.objectContaining({ field: 'subtitle', message: expect.stringMatching(/unknown field/) }),
    ]);
  });

  it('value-starting-with-hash: read as a comment, so the field is empty', () => {
    expect(errorsOf(edit(BRIEF_PATH, 'title: Northwind Motors', 'title: #1 van maker Northwind Motors'))).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 2,
        field: 'title',
        value: null,
        message: 'the value starts with "#", which YAML reads as the start of a comment, so the field is empty',
        fix: 'put the value in quotes: title: "#1 van maker Northwind Motors raises money for a van plant"',
      },
    ]);
  });

  it('malformed-yaml-in-frontmatter (line counted in the .mdx file)', () => {
    expect(errorsOf(edit(BRIEF_PATH, 'status: published', 'status: published: yes'))).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 3,
        field: '(yaml)',
        message: 'malformed YAML: Nested mappings are not allowed in compact mappings',
        fix: `put the value in quotes if it is text: status: "published: yes" ${SYNTAX_NOTE}`,
      },
    ]);
  });

  it('duplicate-yaml-key', () => {
    expect(errorsOf(edit(PERSON, 'type: person\n', 'type: person\nname: M. Okafor\n'))).toEqual([
      {
        file: file(PERSON),
        line: 3,
        field: 'name',
        message: 'field "name" is written twice (lines 1 and 3)',
        fix: 'keep one (the rest of the file is checked with the last, on line 3)',
      },
    ]);
  });

  it('duplicate-yaml-key: every one in the file, nested ones by their path, and the rest of the file checked as the last one reads', () => {
    const repeated = (field: string, lines: number[], times = 'twice') => ({
      file: file(DEAL),
      line: lines[1],
      field,
      message: `field "${field}" is written ${times} (lines ${lines.slice(0, -1).join(', ')} and ${lines.at(-1)})`,
      fix: `keep one (the rest of the file is checked with the last, on line ${lines.at(-1)})`,
    });
    let deal = replaceOnce(
      BASE_TREE[DEAL]!,
      '  - entity: tallow-bay-capital\n',
      '  - entity: tallow-bay-capital\n    entity: tallow-bay\n',
    );
    deal = replaceOnce(deal, '  value: 120000000\n', '  value: 120000000\n  value: 0\n');
    deal = replaceOnce(deal, 'round: Series B\n', 'round: Series A\nround: Series B\nkind: funding_round\nround: Series C\n');
    expect(errorsOf({ [DEAL]: deal })).toEqual([
      repeated('parties[1].entity', [10, 11]),
      repeated('amount.value', [14, 15]),
      repeated('round', [17, 18, 20], '3 times'),
      repeated('kind', [2, 19]),
      // The last of each is what the schema and the references are checked with, at its own line.
      {
        file: file(DEAL),
        line: 19,
        field: 'kind',
        value: 'funding_round',
        message:
          'not one of the allowed values: funding-round, stake-purchase, investment, investment-commitment, fund-launch, partnership, joint-venture, licence, acquisition',
        fix: 'did you mean "funding-round"?',
      },
      {
        file: file(DEAL),
        line: 15,
        field: 'amount.value',
        value: 0,
        message: 'amount value must be greater than zero: write the amount as the source reports it',
      },
      {
        file: file(DEAL),
        line: 11,
        field: 'parties[1].entity',
        value: 'tallow-bay',
        message: 'no entity with id "tallow-bay" exists in content/entities',
        fix: 'did you mean "tallow-bay-capital"?',
      },
    ]);
  });

  it('yaml-not-a-mapping', () => {
    expect(errorsOf({ [PERSON]: '- Mira Okafor\n- person\n' })).toEqual([
      {
        file: file(PERSON),
        line: 1,
        field: '(yaml)',
        message: 'the YAML must be a mapping of field: value pairs',
        fix: 'write one "field: value" per line',
      },
    ]);
  });

  it('unknown-yaml-tag (named by its line and field, with the value to write instead)', () => {
    // Custom tags, YAML 1.1's types (which the reader does not resolve), a verbatim tag, an undeclared handle.
    for (const tag of ['!foo', '!!js/function', '!!binary', '!!timestamp', '!<tag:example.com,2000:type>', '!e!kind']) {
      expect(errorsOf(edit(PERSON, 'type: person', `type: ${tag} person`))).toEqual([
        {
          file: file(PERSON),
          line: 2,
          field: 'type',
          message: `unknown YAML tag ${tag}: a field holds plain text, numbers, true or false, lists and mappings`,
          fix: `remove the tag ${tag}, and quote the value if it is text (type: "person")`,
        },
      ]);
    }
  });

  it('unknown-yaml-tag on a list item, a key and a mapping: every tag, each at its line (counted in the .mdx file)', () => {
    const brief = replaceOnce(
      replaceOnce(
        replaceOnce(BASE_TREE[BRIEF_PATH]!, '  - tallow-bay-capital\n', '  - !entity tallow-bay-capital\n'),
        'keyFacts:',
        '!note keyFacts:',
      ),
      '  date:\n',
      '  date: !!omap\n',
    );
    const fix = (tag: string, example = '') => `remove the tag ${tag}, and quote the value if it is text${example}`;
    const message = (tag: string) => `unknown YAML tag ${tag}: a field holds plain text, numbers, true or false, lists and mappings`;
    expect(errorsOf({ [BRIEF_PATH]: brief })).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 9,
        field: 'entities[1]',
        message: message('!entity'),
        fix: fix('!entity', ' (- "tallow-bay-capital")'),
      },
      { file: file(BRIEF_PATH), line: 11, field: 'keyFacts', message: message('!note'), fix: fix('!note') },
      { file: file(BRIEF_PATH), line: 18, field: 'source.date', message: message('!!omap'), fix: fix('!!omap') },
    ]);
  });

  it('core-yaml-tag-that-does-not-fit-its-value', () => {
    expect(errorsOf(edit(PERSON, 'type: person', 'type: !!int person'))).toEqual([
      {
        file: file(PERSON),
        line: 2,
        field: 'type',
        message: 'the value does not fit its YAML tag !!int',
        fix: 'remove the tag !!int, and quote the value if it is text (type: "person")',
      },
    ]);
    expect(errorsOf(edit(PERSON, 'type: person', 'type: !!str\n  - person'))).toMatchObject([
      { line: 2, field: 'type', message: 'the value does not fit its YAML tag !!str' },
    ]);
  });

  it('a core tag the value fits is read as YAML 1.2 reads it, and the value must still pass its schema', () => {
    expect(errorsOf(edit(PERSON, 'type: person', 'type: !!int "5"'))).toEqual([
      {
        file: file(PERSON),
        line: 2,
        field: 'type',
        value: 5,
        message: 'not one of the allowed values: company, person, fund, organisation, product, place, media',
        fix: 'write one of those values, spelt as listed',
      },
    ]);
  });

  it('yaml-merge-key: "<<" is YAML 1.1, named once, without the fields it was to bring in reported missing', () => {
    const anchored = replaceOnce(BASE_TREE[ENTITY]!, '  - name: Northwind\n', '  - &english\n    name: Northwind\n');
    const merged = (item: string) =>
      replaceOnce(anchored, '  - name: Нордвинд Моторс\n    lang: ru\n    kind: transliteration\n', `  - <<: *english\n${item}`);
    const mergeKey = {
      file: file(ENTITY),
      line: 9,
      field: 'aliases[1]',
      message: 'merge keys ("<<") are not part of YAML 1.2 as Dossier reads it',
      fix: 'write the fields out in this mapping instead of "<<: *…"',
    };
    expect(errorsOf({ [ENTITY]: merged('    name: NWM\n') })).toEqual([mergeKey]);
    // A field written beside it is still checked.
    expect(errorsOf({ [ENTITY]: merged('    name: NWM\n    kind: shrt\n') })).toEqual([
      mergeKey,
      {
        file: file(ENTITY),
        line: 11,
        field: 'aliases[1].kind',
        value: 'shrt',
        message: 'not one of the allowed values: native, transliteration, translation, spelling, former, ticker, abbreviation, short',
        fix: 'did you mean "short"?',
      },
    ]);
  });

  it('yaml-alias-bomb (billion laughs)', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...'bcdef'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdef'[i]}`).join(', ')}]`),
    ].join('\n');
    expect(errorsOf({ [PERSON]: `${BASE_TREE[PERSON]}${bomb}\n` })).toEqual([
      {
        file: file(PERSON),
        line: 1,
        field: '(yaml)',
        message: 'YAML aliases could not be resolved: Excessive alias count indicates a resource exhaustion attack',
        fix: 'write the values out instead of using &anchors and *aliases',
      },
    ]);
  });

  it('yaml-nested-too-deep: one plain error, at the line, however deep (no stack overflow)', () => {
    const deep = (levels: number) => `${BASE_TREE[PERSON]}notes: ${'['.repeat(levels)}${']'.repeat(levels)}\n`;
    const expected = {
      file: file(PERSON),
      line: 4,
      field: '(yaml)',
      message: `lists and mappings are nested more than ${MAX_YAML_DEPTH} levels deep, far deeper than any field`,
      fix: 'write the fields as docs/content-model.md shows them; no field is more than a few levels deep',
    };
    // Just beyond the limit, where the reader would have coped, and where it overflowed its stack.
    for (const levels of [MAX_YAML_DEPTH + 1, 5_000, 60_000]) expect(errorsOf({ [PERSON]: deep(levels) })).toEqual([expected]);
    // Nested block sequences on one line ("- - - 1") too.
    expect(errorsOf({ [PERSON]: `${BASE_TREE[PERSON]}notes:\n  ${'- '.repeat(5_000)}1\n` })).toEqual([{ ...expected, line: 5 }]);
  });

  it('yaml-version-directive: %YAML 1.1 would read 1:20 as 80 and yes as true', () => {
    expect(errorsOf({ [DEAL]: `%YAML 1.1\n---\n${replaceOnce(BASE_TREE[DEAL]!, 'value: 120000000', 'value: 190:20:30')}` })).toEqual([
      {
        file: file(DEAL),
        line: 1,
        field: '(yaml)',
        message:
          'the line "%YAML 1.1" asks for YAML 1.1, but content is read as YAML 1.2, where values mean something else (yes, 1:20, 2014-06-01)',
        fix: 'remove the %YAML line (and the "---" line after it); write true or false, numbers in digits, and dates as text',
      },
    ]);
    // YAML 1.2 named outright is what the reader uses anyway.
    expect(errorsOf({ [DEAL]: `%YAML 1.2\n---\n${BASE_TREE[DEAL]!}` })).toEqual([]);
  });

  it('yaml-number-base: a number written in hexadecimal or octal is refused at its line, in any field', () => {
    const expected = (line: number, source: string, kind: string, read: number) => ({
      file: file(DEAL),
      line,
      field: '(yaml)',
      message: `${source} is a ${kind} number, read as ${read}`,
      fix: `write the number in decimal digits (${read} if that is meant), or in quotes if it is text`,
    });
    const valueLine = BASE_TREE[DEAL]!.split('\n').findIndex((line) => line.includes('value: 120000000')) + 1;
    expect(errorsOf(edit(DEAL, 'value: 120000000', 'value: 0x10'))).toEqual([expected(valueLine, '0x10', 'hexadecimal', 16)]);
    expect(errorsOf(edit(DEAL, 'value: 120000000', 'value: 0o17'))).toEqual([expected(valueLine, '0o17', 'octal', 15)]);
    // Inside a flow list, and as text in quotes, which is left to the schema.
    expect(errorsOf(edit(DEAL, 'round: Series B', 'round: [0xFF]'))[0]).toMatchObject({
      message: '0xFF is a hexadecimal number, read as 255',
    });
    expect(errorsOf(edit(DEAL, 'round: Series B', 'round: "0x10"'))).toEqual([]);
    // Decimal notations YAML also reads as numbers stay accepted: an exponent is a way sources write large figures.
    expect(errorsOf(edit(DEAL, 'value: 120000000', 'value: 1.2e8'))).toEqual([]);
  });

  it('yaml-tag-directive: %TAG renames tags, so !!str need not be text', () => {
    expect(errorsOf({ [PERSON]: `%TAG !! tag:example.com,2000:\n---\n${BASE_TREE[PERSON]!}` })).toEqual([
      {
        file: file(PERSON),
        line: 1,
        field: '(yaml)',
        message:
          'the line "%TAG !! tag:example.com,2000:" renames YAML tags, so a tag no longer says what it seems to (!!str need not be text)',
        fix: 'remove the %TAG line (and the "---" line after it); fields need no tags',
      },
    ]);
  });

  it('yaml-collection-key: a field name is text, not a list or a mapping', () => {
    expect(errorsOf({ [PERSON]: `${BASE_TREE[PERSON]}? [name, type]\n: Mira\n` })).toEqual([
      {
        file: file(PERSON),
        line: 4,
        field: '(yaml)',
        message: 'a field name is a list or a mapping',
        fix: 'write the field name as plain text: "name: value"',
      },
    ]);
  });

  it('comment-cuts-unquoted-value: " #" ends a plain value, and the rest of the line would be dropped unseen', () => {
    const message = 'the text after " #" was read as a YAML comment and dropped';
    expect(
      errorsOf(edit(BRIEF_PATH, 'title: Northwind Motors raises money for a van plant', 'title: Northwind Motors is #1 in vans')),
    ).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 2,
        field: 'title',
        value: 'Northwind Motors is',
        message,
        fix: 'put the value in quotes: title: "Northwind Motors is #1 in vans" (a comment goes on a line of its own)',
      },
    ]);
    expect(errorsOf(edit(BRIEF_PATH, '  - "Round size: EUR 120 million"', '  - Northwind ranks #1 among van makers'))).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 12,
        field: 'keyFacts[0]',
        value: 'Northwind ranks',
        message,
        fix: 'put the value in quotes: - "Northwind ranks #1 among van makers" (a comment goes on a line of its own)',
      },
    ]);
    // After a number the "#" is more likely a note, which goes on a line of its own.
    expect(errorsOf(edit(DEAL, 'value: 120000000', 'value: 120000000 # EUR 120 million'))).toEqual([
      {
        file: file(DEAL),
        line: 13,
        field: 'amount.value',
        value: 120000000,
        message,
        fix: 'write the comment on a line of its own, or the value in quotes if it is text: value: "120000000 # EUR 120 million"',
      },
    ]);
  });

  it('comments on a line of their own, after a quoted value or after a key with a list or mapping below stay allowed', () => {
    const commented = replaceOnce(
      replaceOnce(BASE_TREE[ENTITY]!, 'aliases:\n', '# Names the press uses.\naliases: # the short one first\n'),
      'value: "2011"',
      'value: "2011" # the year it was registered\n    # more than one source says so',
    );
    expect(errorsOf({ [ENTITY]: replaceOnce(commented, 'source:\n', 'source: # the brief that says so\n') })).toEqual([]);
    expect(
      errorsOf(edit(BRIEF_PATH, '  - "Round size: EUR 120 million"', "  - 'Northwind ranks #1 among van makers' # per the report")),
    ).toEqual([]);
  });

  it('hidden-control-character (right-to-left override)', () => {
    expect(errorsOf(edit(PERSON, 'name: Mira Okafor', 'name: "Mira \\u202EOkafor"'))).toEqual([
      {
        file: file(PERSON),
        line: 1,
        field: 'name',
        value: 'Mira \u202eOkafor',
        message: 'contains a right-to-left override mark (U+202E)',
        fix: 'delete the invisible character; it can hide or reorder text',
      },
    ]);
  });

  it('hidden-control-character in a brief body (NUL)', () => {
    expect(errorsOf(edit(BRIEF_PATH, 'a van maker,', 'a van\u0000 maker,'))).toEqual([
      {
        file: file(BRIEF_PATH),
        line: BRIEF_BODY_LINE + 1,
        column: 24,
        field: '(body)',
        message: 'contains a NUL character (U+0000)',
        fix: 'delete the invisible character; it can hide or reorder text',
      },
    ]);
  });
});

describe('fields', () => {
  it('unknown-key (nearest field suggested)', () => {
    expect(errorsOf(edit(PERSON, 'description:', 'descripton:'))).toEqual([
      {
        file: file(PERSON),
        line: 1,
        field: 'description',
        message: 'required field "description" is missing',
        fix: 'add description: (text)',
      },
      {
        file: file(PERSON),
        line: 3,
        field: 'descripton',
        value: 'Chief executive of Northwind Motors in the test suite.',
        message: 'unknown field "descripton"',
        fix: 'did you mean "description"? (fields here: name, ambiguous, type, aliases, description, facts, relations, website)',
      },
    ]);
  });

  it('unknown-nested-key', () => {
    expect(errorsOf(edit(DEAL, '  currency: EUR', '  currency: EUR\n  exchange: 1.08'))).toEqual([
      {
        file: file(DEAL),
        line: 15,
        field: 'amount.exchange',
        value: 1.08,
        message: 'unknown field "exchange"',
        fix: 'remove it or correct its spelling (fields here: value, currency, usd, approximate, note)',
      },
    ]);
  });

  it('missing-required-field', () => {
    expect(errorsOf(edit(PERSON, 'type: person\n', ''))).toEqual([
      {
        file: file(PERSON),
        line: 1,
        field: 'type',
        message: 'required field "type" is missing',
        fix: 'add type: (one of: company, person, fund, organisation, product, place, media)',
      },
    ]);
  });

  it('wrong-type', () => {
    expect(errorsOf(edit(DEAL, 'round: Series B', 'round: 2'))).toEqual([
      {
        file: file(DEAL),
        line: 15,
        field: 'round',
        value: 2,
        message: 'expected text, got a number',
        fix: 'put the value in quotes, so that it is read as text: round: "2"',
      },
    ]);
    // An item of a list is written "- …"; a field left empty after its colon is null.
    expect(errorsOf(edit(BRIEF_PATH, '  - northwind-motors', '  - 42'))).toContainEqual(
      expect.objectContaining({ field: 'entities[0]', fix: 'put the value in quotes, so that it is read as text: - "42"' }),
    );
    expect(errorsOf(edit(DEAL, 'round: Series B', 'round:'))).toContainEqual(
      expect.objectContaining({
        field: 'round',
        message: 'expected text, got nothing (null)',
        fix: 'write a value after "round:", or remove the line',
      }),
    );
  });

  it('wrong-type (text where a list belongs)', () => {
    expect(errorsOf(edit(DEAL, 'briefs:\n  - northwind-raises-funds', 'briefs: northwind-raises-funds'))).toEqual([
      {
        file: file(DEAL),
        line: 17,
        field: 'briefs',
        value: 'northwind-raises-funds',
        message: 'expected a list (lines starting with "- "), got a string',
        fix: 'write each item on its own line under "briefs:", starting with "- "',
      },
    ]);
  });

  it('wrong-type (text with ": " unquoted, which YAML reads as a one-key mapping)', () => {
    expect(errorsOf(edit(BRIEF_PATH, '  - "Round size: EUR 120 million"', '  - Round size: EUR 120 million'))).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 12,
        field: 'keyFacts[0]',
        value: { 'Round size': 'EUR 120 million' },
        message: 'expected text, got a mapping',
        fix: 'put the value in quotes, so that its ": " is read as text: - "Round size: EUR 120 million"',
      },
    ]);
    // A mapping of more than one field is no text that lost its quotes.
    expect(errorsOf(edit(DEAL, 'round: Series B', 'round:\n  series: B\n  stage: late'))).toContainEqual(
      expect.objectContaining({ field: 'round', fix: 'write the value as text on the same line: round: …' }),
    );
  });

  it('unknown-option (nearest option suggested)', () => {
    expect(errorsOf(edit(DEAL, 'kind: funding-round', 'kind: funding_round'))).toEqual([
      {
        file: file(DEAL),
        line: 2,
        field: 'kind',
        value: 'funding_round',
        message:
          'not one of the allowed values: funding-round, stake-purchase, investment, investment-commitment, fund-launch, partnership, joint-venture, licence, acquisition',
        fix: 'did you mean "funding-round"?',
      },
    ]);
  });

  it('impossible-date', () => {
    expect(errorsOf(edit(BRIEF_PATH, 'value: "2024-05-14"', 'value: "2024-02-30"'))).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 19,
        field: 'source.date.value',
        value: '2024-02-30',
        message: '2024-02-30 is not a real calendar day',
        fix: REAL_DAY_FIX,
      },
    ]);
  });

  it('impossible-month-in-a-day (source.date, deal date)', () => {
    expect(errorsOf(edit(BRIEF_PATH, 'value: "2024-05-14"', 'value: "2024-13-01"'))).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 19,
        field: 'source.date.value',
        value: '2024-13-01',
        message: '2024-13-01 is not a real calendar day',
        fix: REAL_DAY_FIX,
      },
    ]);
    expect(errorsOf(edit(DEAL, 'value: "2024-05"', 'value: "2024-13"'))).toEqual([
      {
        file: file(DEAL),
        line: 4,
        field: 'date.value',
        value: '2024-13',
        message: '2024-13 is not a real calendar month',
        fix: 'write a month from 01 to 12 (e.g. 2025-02)',
      },
    ]);
  });

  it('impossible-publication-day', () => {
    for (const day of ['2026-11-31', '2025-02-30', '2025-13-01', '2025-00-10']) {
      expect(errorsOf(edit(BRIEF_PATH, 'published: 2026-11-21', `published: ${day}`))).toEqual([
        {
          file: file(BRIEF_PATH),
          line: 4,
          field: 'published',
          value: day,
          message: `${day} is not a real calendar day`,
          fix: REAL_DAY_FIX,
        },
      ]);
    }
  });

  it('updated-before-published (an update is a later revision)', () => {
    for (const updated of ['2026-11-20', '2025-12-01']) {
      expect(errorsOf(edit(BRIEF_PATH, 'published: 2026-11-21', `published: 2026-11-21\nupdated: ${updated}`))).toEqual([
        {
          file: file(BRIEF_PATH),
          line: 5,
          field: 'updated',
          value: updated,
          message: `${updated} is before published (2026-11-21): an update comes after the brief is published`,
          fix: 'correct the date in updated or published (check the year and month), or remove updated',
        },
      ]);
    }
    // An impossible day gets its own error only.
    expect(errorsOf(edit(BRIEF_PATH, 'published: 2026-11-21', 'published: 2026-11-21\nupdated: 2026-02-30')).map((e) => e.message)).toEqual(
      ['2026-02-30 is not a real calendar day'],
    );
  });

  it('article-dated-after-the-brief (compared at the precision of the article date)', () => {
    const dated = (value: string, precision: string) =>
      edit(BRIEF_PATH, 'value: "2024-05-14"\n    precision: day', `value: "${value}"\n    precision: ${precision}`);
    const fix = 'correct source.date or published (check the year and month)';
    const after = ': the article a brief summarises has appeared by the day the brief is published';
    expect(errorsOf(dated('2026-11-22', 'day'))).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 19,
        field: 'source.date.value',
        value: '2026-11-22',
        message: `2026-11-22 is after published (2026-11-21)${after}`,
        fix,
      },
    ]);
    expect(errorsOf(dated('2026-12', 'month'))).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 19,
        field: 'source.date.value',
        value: '2026-12',
        message: `the month 2026-12 is after published (2026-11-21)${after}`,
        fix,
      },
    ]);
    expect(errorsOf(dated('2027', 'year')).map((e) => e.message)).toEqual([`the year 2027 is after published (2026-11-21)${after}`]);
    // The same day, or a month or year that has begun by then, may hold the article.
    for (const [value, precision] of [
      ['2026-11-21', 'day'],
      ['2026-11', 'month'],
      ['2026', 'year'],
    ] as const)
      expect(errorsOf(dated(value, precision))).toEqual([]);
    // A date that is no date gets its own error only.
    expect(errorsOf(dated('2026-13', 'month')).map((e) => e.message)).toEqual(['2026-13 is not a real calendar month']);
  });

  it('publication-date-not-written-as-a-day (one error, not also a year)', () => {
    expect(errorsOf(edit(BRIEF_PATH, 'published: 2026-11-21', 'published: 21.11.2026'))).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 4,
        field: 'published',
        value: '21.11.2026',
        message: 'write the date as YYYY-MM-DD',
        fix: 'write the day as YYYY-MM-DD, e.g. 2025-02-28',
      },
    ]);
  });

  it('date-precision-mismatch', () => {
    expect(errorsOf(edit(DEAL, 'value: "2024-05"', 'value: "2024-05-14"'))).toEqual([
      {
        file: file(DEAL),
        line: 4,
        field: 'date.value',
        value: '2024-05-14',
        message: '"2024-05-14" does not match precision "month": write it as YYYY-MM',
      },
    ]);
  });

  it('inferred-date-without-note', () => {
    expect(errorsOf(edit(DEAL, 'basis: stated', 'basis: inferred'))).toEqual([
      { file: file(DEAL), line: 4, field: 'date.note', message: 'an inferred date needs a note saying how it was inferred' },
    ]);
  });

  it('blank-text: white space alone is no note, reference or key fact', () => {
    const blank = { message: 'is blank: it holds only white space', fix: 'write the text, or remove the field' };
    // A blank note or reference would meet the basis rules while saying nothing.
    expect(errorsOf(edit(DEAL, 'basis: stated', 'basis: inferred\n  note: "  "'))).toEqual([
      { file: file(DEAL), line: 7, field: 'date.note', value: '  ', ...blank },
    ]);
    expect(errorsOf(edit(DEAL, 'basis: stated', 'basis: outside\n  reference: "\\t"'))).toEqual([
      { file: file(DEAL), line: 7, field: 'date.reference', value: '\t', ...blank },
    ]);
    // A blank key fact would be an empty bullet; an ideographic space is white space too.
    expect(errorsOf(edit(BRIEF_PATH, '  - "Round size: EUR 120 million"', '  - "\u3000 "'))).toEqual([
      { file: file(BRIEF_PATH), line: 12, field: 'keyFacts[0]', value: '\u3000 ', ...blank },
    ]);
    // A blank stake reference met "an outside stake needs a reference"; a blank measure was a figure "measuring" nothing.
    expect(errorsOf(edit(DEAL, 'round: Series B', 'round: Series B\nstake:\n  percent: 5\n  basis: outside\n  reference: "  "'))).toEqual([
      { file: file(DEAL), line: 19, field: 'stake.reference', value: '  ', ...blank },
    ]);
    const figure =
      'figures:\n  - key: northwind-round-size\n    entity: northwind-motors\n    label: Round size\n    value: 120\n    unit: EUR\n    measure: " "\n';
    expect(errorsOf(edit(BRIEF_PATH, 'keyFacts:\n', `${figure}keyFacts:\n`))).toEqual([
      { file: file(BRIEF_PATH), line: 17, field: 'figures[0].measure', value: ' ', ...blank },
    ]);
  });

  it('outside-date-without-reference', () => {
    expect(errorsOf(edit(DEAL, 'basis: stated', 'basis: outside'))).toEqual([
      {
        file: file(DEAL),
        line: 4,
        field: 'date.reference',
        message: 'a date with basis "outside" needs reference: the publication, filing or URL it comes from',
      },
    ]);
  });

  it('outside-stake-without-reference', () => {
    expect(errorsOf(edit(DEAL, 'round: Series B', 'round: Series B\nstake:\n  percent: 5\n  basis: outside'))).toEqual([
      {
        file: file(DEAL),
        line: 17,
        field: 'stake.reference',
        message: 'a stake with basis "outside" needs reference: the publication, filing or URL it comes from',
      },
    ]);
  });

  it('unknown-language-code', () => {
    expect(errorsOf(edit(ENTITY, 'lang: ru', 'lang: xx'))).toEqual([
      {
        file: file(ENTITY),
        line: 9,
        field: 'aliases[1].lang',
        value: 'xx',
        message: '"xx" is not a known BCP 47 language tag (examples: en, bn, ru, zh-Hans, id)',
      },
    ]);
  });

  it('non-canonical-language-tag', () => {
    expect(errorsOf(edit(ENTITY, 'lang: ru', 'lang: RU'))).toEqual([
      { file: file(ENTITY), line: 9, field: 'aliases[1].lang', value: 'RU', message: 'write the language tag in canonical form: "ru"' },
    ]);
  });

  it('unknown-currency', () => {
    expect(errorsOf(edit(DEAL, 'currency: EUR', 'currency: EUX'))).toEqual([
      {
        file: file(DEAL),
        line: 14,
        field: 'amount.currency',
        value: 'EUX',
        message: '"EUX" is not an ISO 4217 currency code (examples: USD, CNY, HKD, EUR)',
      },
    ]);
  });

  it('currency-written-as-a-name-or-sign: the code it stands for', () => {
    for (const [written, message] of [
      ['RMB', '"RMB" is not an ISO 4217 currency code: write "CNY"'],
      ['"€"', '"€" is not an ISO 4217 currency code: write "EUR"'],
      ['HK$', '"HK$" is not an ISO 4217 currency code: write "HKD"'],
      ['$', '"$" is not an ISO 4217 currency code: write the code of the dollar the source means: USD, HKD, SGD, AUD, CAD…'],
    ])
      expect(errorsOf(edit(DEAL, 'currency: EUR', `currency: ${written}`)), written).toEqual([
        expect.objectContaining({ field: 'amount.currency', message }),
      ]);
  });

  it('language-written-as-a-name-country-or-locale: the tag it stands for', () => {
    for (const [written, tag] of [
      ['English', 'en'],
      ['jp', 'ja'],
      ['zh_CN', 'zh-CN'],
      ['Bengali', 'bn'],
    ])
      expect(errorsOf(edit(ENTITY, 'lang: ru', `lang: ${written}`)), written).toEqual([
        expect.objectContaining({ field: 'aliases[1].lang', message: `"${written}" is not a BCP 47 language tag: write "${tag}"` }),
      ]);
  });

  it('currency-in-lower-case', () => {
    expect(errorsOf(edit(DEAL, 'currency: EUR', 'currency: eur'))).toEqual([
      { file: file(DEAL), line: 14, field: 'amount.currency', value: 'eur', message: 'write the currency code in capitals: "EUR"' },
    ]);
  });

  it('negative-amount', () => {
    expect(errorsOf(edit(DEAL, 'value: 120000000', 'value: -120000000'))).toEqual([
      {
        file: file(DEAL),
        line: 13,
        field: 'amount.value',
        value: -120000000,
        message: 'amount value must be greater than zero: write the amount as the source reports it',
      },
    ]);
  });

  it('zero-amount', () => {
    expect(errorsOf(edit(DEAL, 'value: 120000000', 'value: 0'))).toEqual([
      {
        file: file(DEAL),
        line: 13,
        field: 'amount.value',
        value: 0,
        message: 'amount value must be greater than zero: write the amount as the source reports it',
      },
    ]);
  });

  it('non-numeric-amount', () => {
    expect(errorsOf(edit(DEAL, 'value: 120000000', 'value: 120 million'))).toEqual([
      {
        file: file(DEAL),
        line: 13,
        field: 'amount.value',
        value: '120 million',
        message: 'amount value must be a number (write 2200000000, not "2.2 billion")',
      },
    ]);
  });

  it('non-finite-amount', () => {
    expect(errorsOf(edit(DEAL, 'value: 120000000', 'value: .inf'))).toEqual([
      {
        file: file(DEAL),
        line: 13,
        field: 'amount.value',
        value: Infinity,
        message: 'amount value is too large to be a number (it overflows to infinity): write the amount in digits, e.g. 2200000000',
      },
    ]);
  });

  it('usd-without-original-amount', () => {
    expect(errorsOf(edit(DEAL, '  value: 120000000\n  currency: EUR', '  usd: 130000000'))).toEqual([
      {
        file: file(DEAL),
        line: 13,
        field: 'amount.value',
        message:
          'the amount as the source reports it is missing: add value and currency (usd is only the US-dollar figure the source gives besides it)',
      },
      {
        file: file(DEAL),
        line: 13,
        field: 'amount.currency',
        message: 'the currency is missing: add the ISO 4217 code of the amount as reported (examples: USD, CNY, HKD)',
      },
    ]);
  });

  it('usd-differs-from-a-usd-amount', () => {
    expect(errorsOf(edit(DEAL, '  currency: EUR', '  currency: USD\n  usd: 130000000'))).toEqual([
      {
        file: file(DEAL),
        line: 15,
        field: 'amount.usd',
        value: 130000000,
        message: 'usd (130000000) differs from value (120000000) although the currency is USD: make them equal or remove usd',
      },
    ]);
  });

  it('script-url-in-a-url-field', () => {
    expect(errorsOf(edit(BRIEF_PATH, '  outlet: The Test Gazette', '  outlet: The Test Gazette\n  url: javascript:alert(1)'))).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 18,
        field: 'source.url',
        value: 'javascript:alert(1)',
        message: '"javascript:alert(1)" is not a web address: write a full http(s) URL, e.g. https://example.org/page',
      },
    ]);
  });

  it('url-with-whitespace (the parser would silently drop it)', () => {
    for (const [yaml, url] of [
      ['"https://example.org/a\\nb"', 'https://example.org/a\nb'],
      ['"https://example.org/\\tb"', 'https://example.org/\tb'],
      ['https://example.org/a b', 'https://example.org/a b'],
      ['"https://example.org/a\\u00a0b"', 'https://example.org/a\u00a0b'],
    ]) {
      expect(errorsOf(edit(BRIEF_PATH, '  outlet: The Test Gazette', `  outlet: The Test Gazette\n  url: ${yaml}`))).toEqual([
        {
          file: file(BRIEF_PATH),
          line: 18,
          field: 'source.url',
          value: url,
          message: 'the URL contains a space, tab or line break, which a URL may not hold',
          fix: 'remove it (a space inside the address is written %20)',
        },
      ]);
    }
  });

  it('url-without-slashes (the parser would read "https:\\\\host" as https://host/)', () => {
    expect(errorsOf(edit(ENTITY, 'website: https://northwind.example', 'website: https:\\northwind.example'))).toEqual([
      {
        file: file(ENTITY),
        line: 16,
        field: 'website',
        value: 'https:\\northwind.example',
        message: '"https:\\northwind.example" is not a web address: write a full http(s) URL, e.g. https://example.org/page',
      },
    ]);
  });

  it('url-with-a-user-name (it leads to the host after "@", whatever comes before)', () => {
    expect(
      errorsOf(edit(ENTITY, 'website: https://northwind.example', 'website: https://northwind.example@lookalike.example/login')),
    ).toEqual([
      {
        file: file(ENTITY),
        line: 16,
        field: 'website',
        value: 'https://northwind.example@lookalike.example/login',
        message: 'the URL holds a user name or password before "@", so it leads to lookalike.example, whatever the part before "@" says',
        fix: 'write the address without the part before "@", https://lookalike.example/login, if lookalike.example is the site meant',
      },
    ]);
    expect(
      errorsOf(
        edit(BRIEF_PATH, '  outlet: The Test Gazette', '  outlet: The Test Gazette\n  url: https://editor:s3cret@gazette.example/a'),
      ),
    ).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 18,
        field: 'source.url',
        value: 'https://editor:s3cret@gazette.example/a',
        message: 'the URL holds a user name or password before "@", so it leads to gazette.example, whatever the part before "@" says',
        fix: 'write the address without the part before "@", https://gazette.example/a, if gazette.example is the site meant',
      },
    ]);
  });

  it('urls are stored as the URL serialiser writes them: valid RFC 3986 URIs for the published JSON Schema', () => {
    const cases: [string, string][] = [
      [`'https://example.org/?a=1&b=</script>'`, 'https://example.org/?a=1&b=%3C/script%3E'],
      [`'https://example.org/?x="><script>'`, 'https://example.org/?x=%22%3E%3Cscript%3E'],
      [`'https://example.org/{a}|b?q=[1]#x#y'`, 'https://example.org/%7Ba%7D%7Cb?q=%5B1%5D#x%23y'],
      [`https://example.org/100%`, 'https://example.org/100%25'],
      [`https://Example.ORG:443/é`, 'https://example.org/%C3%A9'],
    ];
    const uri = jsonSchemaValidator().compile({ type: 'string', format: 'uri' });
    for (const [yaml, stored] of cases) {
      const report = checkTree(edit(BRIEF_PATH, '  outlet: The Test Gazette', `  outlet: The Test Gazette\n  url: ${yaml}`));
      expect(report.errors).toEqual([]);
      const url = report.collections.briefs[0]!.data.source.url;
      expect(url).toBe(stored);
      expect(uri(url)).toBe(true);
    }
  });

  it('malformed-sha256', () => {
    const sha = /sha256: ([0-9a-f]{64})/.exec(BASE_TREE[BRIEF_PATH]!)![1]!;
    expect(errorsOf(edit(BRIEF_PATH, sha, sha.toUpperCase()))).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 15,
        field: 'source.sha256',
        value: sha.toUpperCase(),
        message: 'sha256 must be 64 lower-case hex digits',
      },
    ]);
  });

  it('stake-over-100-percent', () => {
    expect(errorsOf(edit(DEAL, 'round: Series B', 'round: Series B\nstake:\n  percent: 140\n  basis: stated'))).toEqual([
      {
        file: file(DEAL),
        line: 17,
        field: 'stake.percent',
        value: 140,
        message: 'a stake is at most 100 percent: write the percent bought, e.g. 12.5',
      },
    ]);
  });

  it('stake-with-too-many-decimals (the page would write 0.0000001 as "1e-7% stake")', () => {
    for (const percent of [0.0000001, 33.333333333])
      expect(errorsOf(edit(DEAL, 'round: Series B', `round: Series B\nstake:\n  percent: ${percent}\n  basis: stated`))).toEqual([
        {
          file: file(DEAL),
          line: 17,
          field: 'stake.percent',
          value: percent,
          message: 'a stake has at most 6 decimals: round it, e.g. 12.5 or 0.000125',
        },
      ]);
    expect(errorsOf(edit(DEAL, 'round: Series B', 'round: Series B\nstake:\n  percent: 0.000001\n  basis: stated'))).toEqual([]);
  });
});

describe('references', () => {
  it('schema-error-does-not-hide-references (both reported in one run)', () => {
    const text = replaceOnce(
      replaceOnce(BASE_TREE[BRIEF_PATH]!, 'status: published', 'status: publishd'),
      '  - northwind-motors',
      '  - northwind-motor',
    );
    expect(errorsOf({ [BRIEF_PATH]: text })).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 3,
        field: 'status',
        value: 'publishd',
        message: 'not one of the allowed values: draft, published',
        fix: 'did you mean "published"?',
      },
      {
        file: file(BRIEF_PATH),
        line: 8,
        field: 'entities[0]',
        value: 'northwind-motor',
        message: 'no entity with id "northwind-motor" exists in content/entities',
        fix: 'did you mean "northwind-motors"?',
      },
    ]);
  });

  it('malformed-reference-fields-are-not-also-unknown', () => {
    // entities is not a list and a topic id is not an id: only the schema speaks for them;
    // the well-formed related id is still checked.
    const text = replaceOnce(
      replaceOnce(
        BASE_TREE[BRIEF_PATH]!,
        'entities:\n  - northwind-motors\n  - tallow-bay-capital\n  - mira-okafor',
        'entities: northwind-motors\nrelated:\n  - 42\n  - no-such-brief',
      ),
      '  - harbour-trade',
      '  - Harbour Trade',
    );
    expect(errorsOf({ [BRIEF_PATH]: text }).map((e) => [e.field, e.message])).toEqual([
      ['topics[0]', 'must be lower-case words joined by hyphens, e.g. "great-wall-motor"'],
      ['entities', 'expected a list (lines starting with "- "), got a string'],
      ['related[0]', 'expected text, got a number'],
      ['related[1]', 'no brief with id "no-such-brief" exists in content/briefs'],
    ]);
  });

  it('failed-entity-and-deal-references-checked', () => {
    expect(
      errorsOf({
        [FUND]: replaceOnce(replaceOnce(BASE_TREE[FUND]!, 'type: fund', 'type: fnd'), 'target: northwind-motors', 'target: northwind'),
        [DEAL]: replaceOnce(
          replaceOnce(BASE_TREE[DEAL]!, 'role: lead', 'role: leader'),
          'entity: tallow-bay-capital',
          'entity: tallow-bay',
        ),
      }).map((e) => [e.file, e.field, e.value]),
    ).toEqual([
      [file(FUND), 'type', 'fnd'],
      [file(DEAL), 'parties[1].role', 'leader'],
      [file(FUND), 'relations[0].target', 'northwind'],
      [file(DEAL), 'parties[1].entity', 'tallow-bay'],
    ]);
  });

  it('unknown-entity-reference (nearest id suggested)', () => {
    expect(errorsOf(edit(BRIEF_PATH, '  - northwind-motors', '  - northwind-motor'))).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 8,
        field: 'entities[0]',
        value: 'northwind-motor',
        message: 'no entity with id "northwind-motor" exists in content/entities',
        fix: 'did you mean "northwind-motors"?',
      },
    ]);
  });

  it('unknown-brief-reference', () => {
    expect(errorsOf(edit(DEAL, '  - northwind-raises-funds', '  - northwind-raised-funds'))).toEqual([
      {
        file: file(DEAL),
        line: 18,
        field: 'briefs[0]',
        value: 'northwind-raised-funds',
        message: 'no brief with id "northwind-raised-funds" exists in content/briefs',
        fix: 'did you mean "northwind-raises-funds"?',
      },
    ]);
  });

  it('unknown-topic-reference', () => {
    expect(errorsOf(edit(BRIEF_PATH, '  - harbour-trade', '  - harbor-trade'))).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 6,
        field: 'topics[0]',
        value: 'harbor-trade',
        message: 'no topic with id "harbor-trade" exists in content/topics',
        fix: 'did you mean "harbour-trade"?',
      },
    ]);
  });

  it('unknown-relation-target', () => {
    expect(errorsOf(edit(FUND, 'target: northwind-motors', 'target: northwind'))).toEqual([
      {
        file: file(FUND),
        line: 10,
        field: 'relations[0].target',
        value: 'northwind',
        message: 'no entity with id "northwind" exists in content/entities',
        fix: 'did you mean "northwind-motors"?',
      },
    ]);
  });

  it('unknown-deal-party', () => {
    expect(errorsOf(edit(DEAL, 'entity: tallow-bay-capital', 'entity: tallow-bay'))).toEqual([
      {
        file: file(DEAL),
        line: 10,
        field: 'parties[1].entity',
        value: 'tallow-bay',
        message: 'no entity with id "tallow-bay" exists in content/entities',
        fix: 'did you mean "tallow-bay-capital"?',
      },
    ]);
  });

  it('reference-that-is-not-an-id', () => {
    expect(errorsOf(edit(BRIEF_PATH, '  - mira-okafor', '  - Mira Okafor'))).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 10,
        field: 'entities[2]',
        value: 'Mira Okafor',
        message: 'must be lower-case words joined by hyphens, e.g. "great-wall-motor"',
      },
    ]);
  });

  it('body-link-to-unknown-entry (nearest id suggested)', () => {
    expect(errorsOf(edit(BRIEF_PATH, 'a van maker,', 'a [van maker](/entities/northwind-motor/),'))).toEqual([
      {
        file: file(BRIEF_PATH),
        line: BRIEF_BODY_LINE + 1,
        column: 21,
        field: '(body)',
        value: '/entities/northwind-motor/',
        message: 'the link points at entities/northwind-motor, which does not exist',
        fix: 'did you mean /entities/northwind-motors/?',
      },
    ]);
  });

  it('body-link-to-unknown-entry without a near id (the fix names one entry of the collection)', () => {
    for (const [collection, singular] of [
      ['entities', 'entity'],
      ['briefs', 'brief'],
      ['topics', 'topic'],
    ]) {
      expect(errorsOf(edit(BRIEF_PATH, 'a van maker,', `a [van maker](/${collection}/zzzz-qqqq-xxxx/),`))).toEqual([
        {
          file: file(BRIEF_PATH),
          line: BRIEF_BODY_LINE + 1,
          column: 21,
          field: '(body)',
          value: `/${collection}/zzzz-qqqq-xxxx/`,
          message: `the link points at ${collection}/zzzz-qqqq-xxxx, which does not exist`,
          fix: `link to an existing ${singular}, or remove the link`,
        },
      ]);
    }
  });

  it('body-link-without-final-slash', () => {
    expect(errorsOf(edit(BRIEF_PATH, 'a van maker,', 'a [van maker](/topics/harbour-trade),'))).toEqual([
      {
        file: file(BRIEF_PATH),
        line: BRIEF_BODY_LINE + 1,
        column: 21,
        field: '(body)',
        value: '/topics/harbour-trade',
        message: 'site links end with "/" (a static host has no redirect for the address without it)',
        fix: 'write /topics/harbour-trade/',
      },
    ]);
  });

  /** The errors of the base tree with one link, to `url`, written into the brief body. */
  const withBodyLink = (url: string) => errorsOf(edit(BRIEF_PATH, 'a van maker,', `a [van maker](${url}),`));
  /** That link's one error, at the link. */
  const bodyLinkError = (url: string, message: string, fix: string) => [
    { file: file(BRIEF_PATH), line: BRIEF_BODY_LINE + 1, column: 21, field: '(body)', value: url, message, fix },
  ];
  const NO_SUCH_SECTION = 'link to a page of the site, add the file to public/, or write the full address (https://…) of another site';
  const NO_SLASH = 'site links end with "/" (a static host has no redirect for the address without it)';
  const BRIEF_ADDRESSES =
    'the addresses under /briefs/ are /briefs/, /briefs/<id>/, /briefs/<facet>/<value>/ (<facet>: language, topic, year)';

  it('body-link-outside-the-site (no page is published under its first segment)', () => {
    for (const [url, fix] of [
      // A section named in the singular, mistyped, or in capitals: the nearest section, with the rest kept.
      ['/entity/northwind-motors/', 'did you mean /entities/northwind-motors/?'],
      ['/brifs/northwind-raises-funds/#deal-northwind-series-b', 'did you mean /briefs/northwind-raises-funds/#deal-northwind-series-b?'],
      ['/Timeline/2024/', 'did you mean /timeline/2024/?'],
      ['/rss.xm', 'did you mean /rss.xml?'],
      // Nothing near: the three ways to mend it.
      ['/about-us/', NO_SUCH_SECTION],
      ['/files/annual-report.pdf', NO_SUCH_SECTION],
      // The base path written in front, which the build adds again.
      [
        '/dossier/entities/northwind-motors/#facts',
        'write /entities/northwind-motors/#facts: links are written from the site root without the base path, which the build puts in front',
      ],
      ['/a/b/topics/', 'write /topics/: links are written from the site root without the base path, which the build puts in front'],
    ] as const) {
      const top = decodeURIComponent(url.split(/[/?#]/)[1]!);
      const message = `the link leads to no page of the site: nothing is published under /${top}, and public/ has no such file`;
      expect(withBodyLink(url), url).toEqual(bodyLinkError(url, message, fix));
    }
  });

  it('body-link to a file in public/ passes; the same link without the file is refused', () => {
    const body = 'a [van maker](/files/annual-report.pdf),';
    expect(errorsOf({ ...edit(BRIEF_PATH, 'a van maker,', body), '../public/files/annual-report.pdf': 'pdf' })).toEqual([]);
    expect(errorsOf(edit(BRIEF_PATH, 'a van maker,', body)).map((e) => e.value)).toEqual(['/files/annual-report.pdf']);
  });

  it('body-link-without-final-slash to a list or section page (a file name keeps its dot and no slash)', () => {
    for (const [url, fixed] of [
      ['/network', '/network/'],
      ['/entities/type/company?x=1', '/entities/type/company/?x=1'],
      ['/timeline/2024#march', '/timeline/2024/#march'],
    ])
      expect(withBodyLink(url), url).toEqual(bodyLinkError(url, NO_SLASH, `write ${fixed}`));
  });

  it('body-link-to-no-page (a section the site has, an address none of its pages has)', () => {
    for (const [url, fix] of [
      ['/briefs/northwind-raises-funds/sources/', BRIEF_ADDRESSES],
      [
        '/entities/type/robot/',
        'the addresses under /entities/ are /entities/, /entities/<id>/, /entities/<id>/briefs/, /entities/<id>/deals/, /entities/type/<type>/ (<type>: company, person, fund, organisation, product, place, media)',
      ],
      ['/network/map/', 'the addresses under /network/ are /network/'],
    ])
      expect(withBodyLink(url), url).toEqual(bodyLinkError(url, `no page of the site has the address ${url}`, fix));
  });

  it("body-link to an unknown entity's or topic's own list (nearest id kept with the rest of the address)", () => {
    const url = '/entities/northwind-motor/deals/page/2/';
    expect(withBodyLink(url)).toEqual(
      bodyLinkError(
        url,
        'the link points at entities/northwind-motor, which does not exist',
        'did you mean /entities/northwind-motors/deals/page/2/?',
      ),
    );
  });

  it('body-link to the file behind a page (index.html): the fix is the page address', () => {
    for (const [url, page] of [
      ['/entities/northwind-motors/index.html', '/entities/northwind-motors/'],
      ['/network/index.html#graph', '/network/'],
    ]) {
      const path = url.replace(/#.*$/, '');
      const fix = `write ${page}${url.slice(path.length)}`;
      expect(withBodyLink(url), url).toEqual(
        bodyLinkError(url, `${path} names the file behind a page; links name the page by its address`, fix),
      );
    }
  });

  it("body links written as the site's full address are checked where they lead, with a warning to write them from the root", () => {
    const own = (path: string) => `${TEST_SITE.origin}${TEST_SITE.base}${path}`;
    const leadsTo = (address: string) => ` (written as the site's full address, it leads to ${address})`;
    for (const [url, message, fix] of [
      [
        own('entities/nope/'),
        `the link points at entities/nope, which does not exist${leadsTo('/entities/nope/')}`,
        'link to an existing entity, or remove the link',
      ],
      [own('network'), `${NO_SLASH}${leadsTo('/network')}`, 'write /network/'],
    ])
      expect(withBodyLink(url!), url).toEqual(bodyLinkError(url!, message!, fix!));
    const good = own('entities/northwind-motors/#facts');
    const tree = edit(BRIEF_PATH, 'a van maker,', `a [van maker](${good}),`);
    expect(errorsOf(tree)).toEqual([]);
    expect(warningsOf(tree)).toContainEqual(
      bodyLinkError(
        good,
        "the link is written as the site's full address, so from a preview or another host it leaves for the published site",
        'write /entities/northwind-motors/#facts: links from the site root follow the site to any host and base path',
      )[0],
    );
    // Another site, the same host outside the base path, or a file the host serves beside the site: not this site's pages.
    for (const other of ['https://other.example/entities/nope/', `${TEST_SITE.origin}/elsewhere/entities/nope/`, own('files/a.pdf')]) {
      const otherTree = edit(BRIEF_PATH, 'a van maker,', `a [van maker](${other}),`);
      expect(errorsOf(otherTree), other).toEqual([]);
      expect(
        warningsOf(otherTree).filter((w) => w.value === other),
        other,
      ).toEqual([]);
    }
  });

  it("body links relative to the brief's page are checked where they lead, and the issue says where", () => {
    const pass =
      'a [van maker](../../entities/northwind-motors/) in [a round](./#deal-northwind-series-b) ([all](../) [file](../../files/a.pdf)),';
    expect(errorsOf({ ...edit(BRIEF_PATH, 'a van maker,', pass), '../public/files/a.pdf': 'pdf' })).toEqual([]);
    const leadsTo = (address: string) => ` (written relative to the brief's page, it leads to ${address})`;
    for (const [url, message, fix] of [
      [
        '../../entities/northwind-motor/',
        `the link points at entities/northwind-motor, which does not exist${leadsTo('/entities/northwind-motor/')}`,
        'did you mean /entities/northwind-motors/?',
      ],
      [
        'northwind-motors/',
        "no page of the site has the address /briefs/northwind-raises-funds/northwind-motors/ (written relative to the brief's page)",
        BRIEF_ADDRESSES,
      ],
      ['../../network', `${NO_SLASH}${leadsTo('/network')}`, 'write /network/'],
    ])
      expect(withBodyLink(url!), url).toEqual(bodyLinkError(url!, message!, fix!));
  });

  it("body links to the site's sections, its data files and feed, and its home page pass", () => {
    const body =
      'a [van maker](/) ([all](/entities/type/company/), [year](/timeline/2024/), [data](/data/deals.csv), [schema](/data/schema/briefs.json), [feed](/rss.xml), [top](/#main), [network](/network/)),';
    expect(errorsOf(edit(BRIEF_PATH, 'a van maker,', body))).toEqual([]);
  });

  it("body links to existing entries, a deal's row, listing pages and other sites pass", () => {
    const body =
      'a [van maker](/entities/northwind-motors/) in [a round](/briefs/northwind-raises-funds/#deal-northwind-series-b) (see [the topic](/briefs/topic/harbour-trade/), [search](/search/) and [its site](https://northwind.example)),';
    expect(errorsOf(edit(BRIEF_PATH, 'a van maker,', body))).toEqual([]);
  });

  it("body-link-to-deal-page (a deal is a row on its home brief's page)", () => {
    for (const url of ['/deals/northwind-series-b/', '/deals/#deal-northwind-series-b']) {
      expect(errorsOf(edit(BRIEF_PATH, 'a van maker,', `a [round](${url}),`)), url).toEqual([
        {
          file: file(BRIEF_PATH),
          line: BRIEF_BODY_LINE + 1,
          column: 21,
          field: '(body)',
          value: url,
          message: 'a deal has no page of its own: it is a row on the page of the first published brief it cites',
          fix: 'write /briefs/northwind-raises-funds/#deal-northwind-series-b',
        },
      ]);
    }
  });

  it("body-link to the row of a deal whose file fails its schema: the deal's briefs still place the row (this crashed the check)", () => {
    const row = '/briefs/northwind-raises-funds/#deal-northwind-series-b';
    const linked = (url: string) => edit(BRIEF_PATH, 'a van maker,', `a [round](${url}),`);
    const misspelt = edit(DEAL, 'status: completed', 'status: complete');
    expect(errorsOf({ ...linked(row), ...misspelt }).map((e) => [e.file, e.field])).toEqual([[file(DEAL), 'status']]);
    expect(errorsOf({ ...linked('/briefs/northwind-raises-funds/#deal-northwind-series'), ...misspelt }).map((e) => e.fix)).toEqual([
      'did you mean "completed"?',
      `did you mean ${row}?`,
    ]);
    // Without its briefs there is no row to point at: only the deal's own error is reported.
    const noBriefs = edit(DEAL, 'briefs:\n  - northwind-raises-funds', 'briefs: northwind-raises-funds');
    expect(errorsOf({ ...linked(row), ...noBriefs }).map((e) => [e.file, e.field])).toEqual([[file(DEAL), 'briefs']]);
  });

  it('body-link-to-missing-deal-row', () => {
    const url = '/briefs/northwind-raises-funds/#deal-northwind-series-c';
    expect(errorsOf(edit(BRIEF_PATH, 'a van maker,', `a [round](${url}),`))).toEqual([
      {
        file: file(BRIEF_PATH),
        line: BRIEF_BODY_LINE + 1,
        column: 21,
        field: '(body)',
        value: url,
        message: 'the link points at the deal northwind-series-c, which does not exist',
        fix: 'did you mean /briefs/northwind-raises-funds/#deal-northwind-series-b?',
      },
    ]);
  });

  it('a reference to an entry whose own file is broken is not reported twice', () => {
    expect(errorsOf(edit(FUND, 'type: fund', 'type: bank'))).toEqual([
      {
        file: file(FUND),
        line: 2,
        field: 'type',
        value: 'bank',
        message: 'not one of the allowed values: company, person, fund, organisation, product, place, media',
        fix: 'write one of those values, spelt as listed',
      },
    ]);
  });
});

describe('drafts', () => {
  const DRAFT = 'briefs/northwind-second-plant.mdx';
  const draftBrief = replaceOnce(BASE_TREE[BRIEF_PATH]!, 'status: published', 'status: draft');
  const draftMessage = (id: string) => ({
    value: id,
    message: `"${id}" is a draft brief, and published content may cite only published briefs`,
    fix: `publish "${id}" first, or remove the reference until it is published`,
  });

  it('a published brief may not name a draft in related or in a caveat', () => {
    const brief = replaceOnce(
      BASE_TREE[BRIEF_PATH]!,
      'status: published\n',
      'status: published\nrelated: [northwind-second-plant]\ncaveats:\n  - kind: contradiction\n    text: A later report disagrees.\n    briefs: [northwind-second-plant]\n',
    );
    expect(errorsOf({ [DRAFT]: draftBrief, [BRIEF_PATH]: brief })).toEqual([
      { file: file(BRIEF_PATH), line: 4, field: 'related[0]', ...draftMessage('northwind-second-plant') },
      { file: file(BRIEF_PATH), line: 8, field: 'caveats[0].briefs[0]', ...draftMessage('northwind-second-plant') },
    ]);
  });

  it('an entity may not cite a draft as the source of a fact or relation', () => {
    expect(errorsOf({ [BRIEF_PATH]: draftBrief, [DEAL]: null })).toEqual([
      { file: file(ENTITY), line: 15, field: 'facts[0].source.brief', ...draftMessage('northwind-raises-funds') },
      { file: file(FUND), line: 12, field: 'relations[0].source.brief', ...draftMessage('northwind-raises-funds') },
    ]);
  });

  it('a deal on the site may not also cite a draft; a deal citing only drafts is a draft itself', () => {
    const deal = replaceOnce(BASE_TREE[DEAL]!, '  - northwind-raises-funds\n', '  - northwind-raises-funds\n  - northwind-second-plant\n');
    expect(errorsOf({ [DRAFT]: draftBrief, [DEAL]: deal })).toEqual([
      { file: file(DEAL), line: 19, field: 'briefs[1]', ...draftMessage('northwind-second-plant') },
    ]);
    const draftOnly = replaceOnce(BASE_TREE[DEAL]!, '  - northwind-raises-funds\n', '  - northwind-second-plant\n');
    expect(errorsOf({ [DRAFT]: draftBrief, 'deals/northwind-plant-loan.yaml': draftOnly })).toEqual([]);
  });

  it('a draft may cite other drafts', () => {
    const second = replaceOnce(draftBrief, 'status: draft\n', 'status: draft\nrelated: [northwind-third-plant]\n');
    expect(errorsOf({ [DRAFT]: second, 'briefs/northwind-third-plant.mdx': draftBrief })).toEqual([]);
  });
});

describe('rules across entries', () => {
  it('ambiguous-alias (two entities, one alias, one language)', () => {
    expect(errorsOf(edit(FUND, '  - name: Tallow Bay', '  - name: northwind'))).toEqual([
      {
        file: file(ENTITY),
        line: 5,
        field: 'aliases[0].name',
        value: 'northwind',
        message: 'alias "northwind" (en) is also used by "tallow-bay-capital"',
        fix: 'remove the alias from one entity, or mark it `ambiguous: true` on every entity that uses it',
      },
      {
        file: file(FUND),
        line: 5,
        field: 'aliases[0].name',
        value: 'northwind',
        message: 'alias "northwind" (en) is also used by "northwind-motors"',
        fix: 'remove the alias from one entity, or mark it `ambiguous: true` on every entity that uses it',
      },
    ]);
  });

  it('alias-listed-twice: the same text under the same language tag says nothing more', () => {
    const alias = (name: string, lang: string) => `  - name: ${name}\n    lang: ${lang}\n    kind: spelling\n`;
    const withAlias = (...aliases: string[]) => edit(ENTITY, 'facts:\n', `${aliases.join('')}facts:\n`);
    expect(errorsOf(withAlias(alias('Northwind', 'en')))).toEqual([
      {
        file: file(ENTITY),
        line: 11,
        field: 'aliases[2].name',
        value: 'Northwind',
        message: 'alias "Northwind" (en) repeats aliases[0] ("Northwind", en)',
        fix: 'remove it',
      },
    ]);
    // Another language or script tag, another capitalisation, or the entity's own name in its language (what a native name is written as): each tells a reader something.
    expect(errorsOf(withAlias(alias('Northwind', 'de'), alias('NORTHWIND', 'en'), alias('Northwind Motors', 'en')))).toEqual([]);
    expect(errorsOf(withAlias(alias('北风', 'zh-Hans'), alias('北风', 'zh-Hant')))).toEqual([]);
  });

  it('alias-is-another-entitys-name', () => {
    expect(errorsOf(edit(FUND, '  - name: Tallow Bay', '  - name: Mira Okafor'))).toEqual([
      {
        file: file(FUND),
        line: 5,
        field: 'aliases[0].name',
        value: 'Mira Okafor',
        message: 'alias "Mira Okafor" is the name of "mira-okafor"',
        fix: 'remove the alias, or mark it `ambiguous: true` if the sources really use that name for both',
      },
    ]);
  });

  it('relation-to-itself', () => {
    expect(errorsOf(edit(FUND, 'target: northwind-motors', 'target: tallow-bay-capital'))).toEqual([
      {
        file: file(FUND),
        line: 10,
        field: 'relations[0].target',
        value: 'tallow-bay-capital',
        message: 'an entity cannot have a "invests-in" relation to itself',
        fix: 'point the relation at another entity or remove it',
      },
    ]);
  });

  const relation = (type: string, target: string) =>
    `  - type: ${type}\n    target: ${target}\n    source:\n      brief: northwind-raises-funds\n`;
  /** An entity file with its relations replaced by `relations` (or given them). */
  const withRelations = (path: string, ...relations: string[]) => {
    const text = BASE_TREE[path]!;
    const at = text.indexOf('relations:\n');
    const kept = at < 0 ? text : text.slice(0, at);
    return { [path]: `${kept}relations:\n${relations.join('')}` };
  };

  it('relation-stated-twice (the page would list it twice)', () => {
    const twice = relation('invests-in', 'northwind-motors');
    expect(errorsOf(withRelations(FUND, twice, relation('employs', 'mira-okafor'), twice))).toEqual([
      {
        file: file(FUND),
        line: 17,
        field: 'relations[2]',
        value: { type: 'invests-in', target: 'northwind-motors' },
        message: 'the "invests-in" relation to "northwind-motors" is already stated in relations[0], and the page would list it twice',
        fix: 'remove this one (a second source can go in the note of the first)',
      },
    ]);
  });

  it('symmetric-relation-on-both-entities (stated once, shown on both pages)', () => {
    expect(
      errorsOf({
        ...withRelations(ENTITY, relation('partner-of', 'tallow-bay-capital')),
        ...withRelations(FUND, relation('partner-of', 'northwind-motors')),
      }),
    ).toEqual([
      {
        file: file(FUND),
        line: 9,
        field: 'relations[0]',
        value: { type: 'partner-of', target: 'northwind-motors' },
        message:
          '"partner-of" reads the same both ways, and content/entities/northwind-motors.yaml already states it (relations[0]: partner-of "tallow-bay-capital"); both pages show it from that one statement',
        fix: 'keep one: remove this relation, or the one in content/entities/northwind-motors.yaml',
      },
    ]);
    // A one-way relation may be stated both ways: each invests in the other.
    expect(
      errorsOf({
        ...withRelations(ENTITY, relation('invests-in', 'tallow-bay-capital')),
        ...withRelations(FUND, relation('invests-in', 'northwind-motors')),
      }),
    ).toEqual([]);
  });

  it('part-of-loop (subsidiary-of and division-of leading back to where they start)', () => {
    expect(
      errorsOf({
        ...withRelations(ENTITY, relation('subsidiary-of', 'tallow-bay-capital')),
        ...withRelations(FUND, relation('subsidiary-of', 'northwind-motors')),
      }),
    ).toEqual([
      {
        file: file(FUND),
        line: 10,
        field: 'relations[0].target',
        value: 'northwind-motors',
        message:
          'the part-of relations lead round in a loop: "tallow-bay-capital" is subsidiary of "northwind-motors", which is subsidiary of "tallow-bay-capital" (tallow-bay-capital → northwind-motors → tallow-bay-capital); an entity cannot be part of itself',
        fix: 'correct or remove the relation that is wrong in the loop (subsidiary-of and division-of point from the part to the whole)',
      },
    ]);
    const three = errorsOf({
      ...withRelations(ENTITY, relation('division-of', 'mira-okafor')),
      ...withRelations(PERSON, relation('subsidiary-of', 'tallow-bay-capital')),
      ...withRelations(FUND, relation('invests-in', 'mira-okafor'), relation('subsidiary-of', 'northwind-motors')),
    });
    expect(three.map((e) => [e.file, e.field, e.message])).toEqual([
      [
        file(FUND),
        'relations[1].target',
        'the part-of relations lead round in a loop: "tallow-bay-capital" is subsidiary of "northwind-motors", which is part of "mira-okafor", which is subsidiary of "tallow-bay-capital" (tallow-bay-capital → northwind-motors → mira-okafor → tallow-bay-capital); an entity cannot be part of itself',
      ],
    ]);
  });

  it('deal-without-source-brief', () => {
    expect(errorsOf(edit(DEAL, 'briefs:\n  - northwind-raises-funds', 'briefs: []'))).toEqual([
      { file: file(DEAL), line: 17, field: 'briefs', value: [], message: 'a deal must cite at least one brief it comes from' },
    ]);
  });

  it('funding-round-without-target', () => {
    expect(errorsOf(edit(DEAL, 'role: target', 'role: participant'))).toEqual([
      {
        file: file(DEAL),
        line: 8,
        field: 'parties',
        value: [
          { entity: 'northwind-motors', role: 'participant' },
          { entity: 'tallow-bay-capital', role: 'lead' },
        ],
        message: 'a funding round needs a party with role "target" and at least one investor (lead, co-lead, participant or investor)',
      },
    ]);
  });

  it('a failed field does not hide the rules across the fields that passed (one run reports both)', () => {
    // A misspelt status hid that the funding round has no target.
    const deal = replaceOnce(replaceOnce(BASE_TREE[DEAL]!, 'status: completed', 'status: complete'), 'role: target', 'role: participant');
    expect(errorsOf({ [DEAL]: deal }).map((e) => [e.line, e.field, e.message])).toEqual([
      [16, 'status', 'not one of the allowed values: rumoured, in-talks, announced, planned, under-way, completed, abandoned'],
      [8, 'parties', 'a funding round needs a party with role "target" and at least one investor (lead, co-lead, participant or investor)'],
    ]);
    // A misspelt status hid an update dated before publication.
    const brief = replaceOnce(
      replaceOnce(BASE_TREE[BRIEF_PATH]!, 'status: published', 'status: publishd'),
      'published: 2026-11-21',
      'published: 2026-11-21\nupdated: 2026-11-20',
    );
    expect(errorsOf({ [BRIEF_PATH]: brief }).map((e) => [e.line, e.field, e.message])).toEqual([
      [3, 'status', 'not one of the allowed values: draft, published'],
      [5, 'updated', '2026-11-20 is before published (2026-11-21): an update comes after the brief is published'],
    ]);
  });

  it('a file that fails its schema is still checked against the others by its well-formed fields', () => {
    // A misspelt type hid the relation to itself and the alias another entity has.
    const fund = replaceOnce(
      replaceOnce(replaceOnce(BASE_TREE[FUND]!, 'type: fund', 'type: fnd'), 'target: northwind-motors', 'target: tallow-bay-capital'),
      '  - name: Tallow Bay',
      '  - name: Northwind',
    );
    expect(errorsOf({ [FUND]: fund }).map((e) => [e.file, e.line, e.field, e.message])).toEqual([
      [file(FUND), 2, 'type', 'not one of the allowed values: company, person, fund, organisation, product, place, media'],
      [file(FUND), 10, 'relations[0].target', 'an entity cannot have a "invests-in" relation to itself'],
      [file(ENTITY), 5, 'aliases[0].name', 'alias "northwind" (en) is also used by "tallow-bay-capital"'],
      [file(FUND), 5, 'aliases[0].name', 'alias "northwind" (en) is also used by "northwind-motors"'],
    ]);
    // An invalid language tag hid that a published brief names a draft as related.
    const draft = replaceOnce(BASE_TREE[BRIEF_PATH]!, 'status: published', 'status: draft');
    const brief = replaceOnce(
      replaceOnce(BASE_TREE[BRIEF_PATH]!, '  lang: en', '  lang: english'),
      'status: published\n',
      'status: published\nrelated: [northwind-second-plant]\n',
    );
    expect(errorsOf({ 'briefs/northwind-second-plant.mdx': draft, [BRIEF_PATH]: brief }).map((e) => [e.line, e.field, e.message])).toEqual([
      [17, 'source.lang', '"english" is not a BCP 47 language tag: write "en"'],
      [4, 'related[0]', '"northwind-second-plant" is a draft brief, and published content may cite only published briefs'],
    ]);
  });

  it('target-also-an-investor (an entity does not invest in itself)', () => {
    expect(errorsOf(edit(DEAL, 'entity: tallow-bay-capital\n    role: lead', 'entity: northwind-motors\n    role: lead'))).toEqual([
      {
        file: file(DEAL),
        line: 10,
        field: 'parties[1]',
        value: { entity: 'northwind-motors', role: 'lead' },
        message: '"northwind-motors" is the target of this deal, and cannot also be its lead: an entity does not invest in itself',
        fix: 'correct the party; if the money goes into a part of the entity (a unit or a subsidiary), make that part the target',
      },
    ]);
  });

  it('party-listed-twice-in-one-role', () => {
    expect(errorsOf(edit(DEAL, 'entity: tallow-bay-capital\n    role: lead', 'entity: northwind-motors\n    role: target'))).toEqual([
      {
        file: file(DEAL),
        line: 8,
        field: 'parties',
        value: [
          { entity: 'northwind-motors', role: 'target' },
          { entity: 'northwind-motors', role: 'target' },
        ],
        message: 'a funding round needs a party with role "target" and at least one investor (lead, co-lead, participant or investor)',
      },
      {
        file: file(DEAL),
        line: 10,
        field: 'parties[1]',
        value: { entity: 'northwind-motors', role: 'target' },
        message: '"northwind-motors" is listed twice as "target"',
      },
    ]);
  });

  it('published-brief-without-summary', () => {
    const text = BASE_TREE[BRIEF_PATH]!.slice(0, BASE_TREE[BRIEF_PATH]!.indexOf('---\n\n') + 4);
    expect(errorsOf({ [BRIEF_PATH]: text })).toEqual([
      {
        file: file(BRIEF_PATH),
        line: BRIEF_BODY_LINE - 1 + 1,
        field: '(body)',
        message: 'a published brief needs its English summary as the body below the frontmatter',
        fix: 'write the summary, or set status: draft',
      },
    ]);
  });

  it('published-brief whose body shows no text (comments, link definitions, rules, spaces)', () => {
    const text = BASE_TREE[BRIEF_PATH]!.slice(0, BASE_TREE[BRIEF_PATH]!.indexOf('---\n\n') + 5);
    for (const body of [
      '{/* summary to come */}\n',
      '[r]: https://example.org/\n',
      '***\n',
      '&nbsp;\n',
      '{/* a */}\n\n---\n\n[x]: /entities/northwind-motors/\n',
    ]) {
      expect(errorsOf({ [BRIEF_PATH]: text + body }), body).toEqual([
        {
          file: file(BRIEF_PATH),
          line: BRIEF_BODY_LINE,
          field: '(body)',
          message:
            'a published brief needs its English summary as the body, and this body shows no text (only comments, link definitions, rules or spaces)',
          fix: 'write the summary, or set status: draft',
        },
      ]);
    }
    // A body of one image, or of code, shows something; a draft may be empty.
    const imageTree = { [BRIEF_PATH]: `${text}![A chart](/images/chart.png)\n`, '../public/images/chart.png': 'png' };
    expect(errorsOf(imageTree)).toEqual([]);
    const draft = replaceOnce(`${text}{/* to come */}\n`, 'status: published', 'status: draft');
    expect(errorsOf({ [BRIEF_PATH]: draft }).filter((e) => e.field === '(body)')).toEqual([]);
  });

  it('character-reference-to-a-refused-character: the parser would write the character itself', () => {
    const cases: [string, string][] = [
      ['&#x202E;', 'a right-to-left override mark (U+202E)'],
      ['&#8203;', 'a zero-width space (U+200B)'],
      ['&shy;', 'a soft hyphen (U+00AD)'],
      ['&ZeroWidthSpace;', 'a zero-width space (U+200B)'],
    ];
    for (const [reference, name] of cases) {
      const errors = errorsOf(edit(BRIEF_PATH, 'a second plant.', `a second [plant](/topics/harbour-trade/ "t${reference}").`));
      expect(errors, reference).toEqual([
        expect.objectContaining({
          file: file(BRIEF_PATH),
          line: BRIEF_BODY_LINE + 1,
          field: '(body)',
          message: `a character reference here stands for ${name}`,
        }),
      ]);
    }
    for (const reference of ['&#0;', '&#x1B;', '&#xFFFE;'])
      expect(errorsOf(edit(BRIEF_PATH, 'a second plant.', `a second plant${reference}.`)), reference).toEqual([
        expect.objectContaining({
          field: '(body)',
          message:
            'a character reference here names no valid character (NUL, a control character or a noncharacter), which the page would show as U+FFFD',
        }),
      ]);
    // Written in code, a reference is shown as typed; an allowed one is decoded as usual, U+FFFD itself included.
    expect(errorsOf(edit(BRIEF_PATH, 'a second plant.', 'a second plant (`&#x202E;`, &amp;, &nbsp;, &#xFFFD;).'))).toEqual([]);
  });

  it('empty-heading-or-link: nothing to read, and a screen reader reads out the address', () => {
    expect(errorsOf(edit(BRIEF_PATH, 'a second plant.\n', 'a second plant.\n\n##\n'))).toEqual([
      expect.objectContaining({ line: BRIEF_BODY_LINE + 3, field: '(body)', message: expect.stringMatching(/^a heading with no text/) }),
    ]);
    expect(errorsOf(edit(BRIEF_PATH, 'a second plant.', 'a second [](/topics/harbour-trade/) plant.'))).toEqual([
      expect.objectContaining({ line: BRIEF_BODY_LINE + 1, field: '(body)', message: expect.stringMatching(/^a link with no text/) }),
    ]);
    // An image is a link's content; code is a heading's.
    expect(errorsOf(edit(BRIEF_PATH, 'a second plant.\n', 'a second plant.\n\n## `van-2`\n'))).toEqual([]);
  });

  it('reference-without-definition: Markdown would show the brackets as typed', () => {
    expect(errorsOf(edit(BRIEF_PATH, 'a second plant.', 'a second [plant][van-plant].'))).toEqual([
      expect.objectContaining({
        line: BRIEF_BODY_LINE + 1,
        field: '(body)',
        value: '[plant][van-plant]',
        message: 'the link [plant][van-plant] names a label no definition gives, so the page shows the brackets as typed',
      }),
    ]);
    expect(errorsOf(edit(BRIEF_PATH, 'a second plant.', 'a second plant.[^1]'))).toEqual([
      expect.objectContaining({ field: '(body)', message: 'the footnote [^1] has no definition, so the page shows the brackets as typed' }),
    ]);
    // Defined, escaped, in code, or brackets that are no reference: all pass.
    for (const body of [
      'a second [plant][p].\n\n[p]: /topics/harbour-trade/',
      'a second plant \\[1\\]\\[2\\].',
      'a second plant (`[a][b]`).',
      'a second plant [sic].',
      'a second plant, sales up 20%.[1][2]',
      'a second plant a[i][j].',
      'a second plant; names matching [^0-9] were dropped.',
    ])
      expect(errorsOf(edit(BRIEF_PATH, 'a second plant.', body)), body).toEqual([]);
  });

  it("published-brief-with-draft-leftovers: a to-do note or ingest's article section", () => {
    const notes = ["TODO: add the plant's city\n", '- TODO: check the round size\n', '> TODO: confirm\n'];
    for (const note of notes)
      expect(errorsOf(edit(BRIEF_PATH, 'a second plant.\n', `a second plant.\n\n${note}`)), note).toEqual([
        {
          file: file(BRIEF_PATH),
          line: BRIEF_BODY_LINE + 3,
          field: '(body)',
          message: 'a published brief still holds a to-do note from its draft ("TODO: …")',
          fix: 'do what the note asks and delete it, or set status: draft',
        },
      ]);
    const article = '\n## Article text (cleaned by ingest; delete before publishing)\n\n```text\nThe article.\n```\n';
    expect(errorsOf(edit(BRIEF_PATH, 'a second plant.\n', `a second plant.\n${article}`))).toEqual([
      {
        file: file(BRIEF_PATH),
        line: BRIEF_BODY_LINE + 3,
        field: '(body)',
        message: "a published brief still holds ingest's copy of the source article, which would publish the article's own words",
        fix: 'delete the "Article text" heading and the fenced text below it, or set status: draft',
      },
    ]);
    // A note inside a code block is code.
    expect(errorsOf(edit(BRIEF_PATH, 'a second plant.\n', 'a second plant.\n\n```text\nTODO: fix later\n```\n'))).toEqual([]);
    // The word in a sentence is prose, and a draft may hold both.
    expect(errorsOf(edit(BRIEF_PATH, 'a second plant.', 'a second plant; the label TODO: is not a note here.'))).toEqual([]);
    const draft = edit(BRIEF_PATH, 'a second plant.\n', `a second plant.\n\n${notes[0]}${article}`);
    draft[BRIEF_PATH] = replaceOnce(draft[BRIEF_PATH]!, 'status: published', 'status: draft');
    expect(errorsOf(draft).filter((e) => e.field === '(body)')).toEqual([]);
  });

  it("source-summary-in-another-language: the summary is in the source's own language", () => {
    const summary = (lang: string) => `sourceSummary:\n  lang: ${lang}\n  text: Нордвинд привлёк деньги.\nkeyFacts:\n`;
    const brief = (source: string, lang: string) =>
      replaceOnce(replaceOnce(BASE_TREE[BRIEF_PATH]!, '  lang: en\n', source), 'keyFacts:\n', summary(lang));
    expect(errorsOf({ [BRIEF_PATH]: brief('  lang: ru\n', 'de') })).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 12,
        field: 'sourceSummary.lang',
        value: 'de',
        message: 'the summary is in "de", but the source is in "ru" (source.lang): a source summary is in the source\'s own language',
        fix: 'write the summary in "ru" with lang: ru, or correct source.lang',
      },
    ]);
    // Of a translation, the original article's language: the page shows "English, translated from
    // Russian" beside "Summary in Russian". Languages compare by their primary subtag.
    expect(errorsOf({ [BRIEF_PATH]: brief('  lang: en\n  translatedFrom: ru\n', 'en') })).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 12,
        field: 'sourceSummary.lang',
        value: 'en',
        message:
          'the summary is in "en", but the article was written in "ru" (source.translatedFrom): a source summary is in the source\'s own language',
        fix: 'write the summary in "ru" with lang: ru, or correct source.translatedFrom',
      },
    ]);
    expect(errorsOf({ [BRIEF_PATH]: brief('  lang: en\n  translatedFrom: ru\n', 'ru') })).toEqual([]);
    expect(errorsOf({ [BRIEF_PATH]: brief('  lang: ru-RU\n', 'ru') })).toEqual([]);
    // A published brief of a Russian article read in English translation needs the Russian summary.
    expect(errorsOf(edit(BRIEF_PATH, '  lang: en\n', '  lang: en\n  translatedFrom: ru\n'))).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 2,
        field: 'sourceSummary',
        message: 'a published brief of a "ru" source (translated into "en") needs sourceSummary: { lang, text } in that language',
      },
    ]);
  });

  it('published-non-english-brief-without-source-summary', () => {
    expect(errorsOf(edit(BRIEF_PATH, '  lang: en', '  lang: id'))).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 2,
        field: 'sourceSummary',
        message: 'a published brief of a "id" source needs sourceSummary: { lang, text } in that language',
      },
    ]);
    // Of a tag that is none, the editor would be told to write a summary in "english": only the tag is wrong.
    expect(errorsOf(edit(BRIEF_PATH, '  lang: en', '  lang: english'))).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 16,
        field: 'source.lang',
        value: 'english',
        message: '"english" is not a BCP 47 language tag: write "en"',
      },
    ]);
  });
});

describe('figures', () => {
  const SECOND = 'briefs/northwind-second-plant.mdx';
  const figure = (entity: string, unit: string, value = 120) =>
    `figures:\n  - key: northwind-round-size\n    entity: ${entity}\n    label: Round size\n    value: ${value}\n    unit: ${unit}\n`;
  const withFigure = (entity: string, unit: string, value?: number, text = BASE_TREE[BRIEF_PATH]!) =>
    replaceOnce(text, 'keyFacts:\n', `${figure(entity, unit, value)}keyFacts:\n`);

  it('figure-key-with-another-entity-or-unit: one key is one fact, of one entity, in one unit', () => {
    expect(
      errorsOf({ [BRIEF_PATH]: withFigure('northwind-motors', 'EUR'), [SECOND]: withFigure('tallow-bay-capital', 'USD', 130) }),
    ).toEqual([
      {
        file: file(SECOND),
        line: 13,
        field: 'figures[0].entity',
        value: 'tallow-bay-capital',
        message: `figure "northwind-round-size" is about "northwind-motors" in ${file(BRIEF_PATH)} (figures[0].entity), not "tallow-bay-capital": one key is one fact, about one entity`,
        fix: 'use entity "northwind-motors", or give this figure a key of its own',
      },
      {
        file: file(SECOND),
        line: 16,
        field: 'figures[0].unit',
        value: 'USD',
        message: `figure "northwind-round-size" is in "EUR" in ${file(BRIEF_PATH)} (figures[0].unit), not "USD": figures of one key are compared, so they share a unit`,
        fix: 'use unit "EUR" if the source gives the figure in it, or give this figure a key of its own',
      },
    ]);
    // Two values of one fact, of one entity in one unit, are what the figures compare.
    expect(errorsOf({ [BRIEF_PATH]: withFigure('northwind-motors', 'EUR'), [SECOND]: withFigure('northwind-motors', 'EUR', 130) })).toEqual(
      [],
    );
  });

  it('figure-unit-not-as-the-page-reads-it (a currency code in capitals, "percent", "year")', () => {
    expect(errorsOf({ [BRIEF_PATH]: withFigure('northwind-motors', 'eur') })).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 16,
        field: 'figures[0].unit',
        value: 'eur',
        message: '"eur" is the currency code EUR in lower case: currency codes are ISO 4217 codes, in capitals',
        fix: 'write unit: EUR',
      },
    ]);
    expect(errorsOf({ [BRIEF_PATH]: withFigure('northwind-motors', '"%"') }).map((e) => [e.message, e.fix])).toEqual([
      ['a percentage is written "percent" (the page shows it as 48.5%), not "%"', 'write unit: percent'],
    ]);
    expect(errorsOf({ [BRIEF_PATH]: withFigure('northwind-motors', 'vans') })).toEqual([]);
  });

  it("figure-entity-not-among-the-brief's-entities", () => {
    const brief = withFigure('mira-okafor', 'percent', 5, replaceOnce(BASE_TREE[BRIEF_PATH]!, '  - mira-okafor\n', ''));
    // Of an entity that does not exist, only that is said: the id may be misspelt.
    expect(errorsOf({ [BRIEF_PATH]: brief, [PERSON]: null }).map((e) => e.message)).toEqual([
      'no entity with id "mira-okafor" exists in content/entities',
    ]);
    expect(errorsOf({ [BRIEF_PATH]: brief })).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 12,
        field: 'figures[0].entity',
        value: 'mira-okafor',
        message: 'the figure is about "mira-okafor", which is not among the brief\'s entities',
        fix: 'add "mira-okafor" to entities (the entities the article mentions)',
      },
    ]);
  });
});

describe('corpus', () => {
  it('source-sha256-mismatch (against a fake corpus folder)', () => {
    const sha = /sha256: ([0-9a-f]{64})/.exec(BASE_TREE[BRIEF_PATH]!)![1]!;
    const changedArticle = (root: string) => writeFakeCorpus(root, { 'story-002.txt': 'The same invented report, edited later.\n' });
    const errors = errorsOf(edit(BRIEF_PATH, `file: ${FAKE_ARTICLE_FILE}`, 'file: story-002.txt'), changedArticle);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toEqual({
      file: file(BRIEF_PATH),
      line: 15,
      field: 'source.sha256',
      value: sha,
      message: expect.stringMatching(/^does not match the corpus file, whose sha256 is [0-9a-f]{64}$/),
      fix: 'the source changed: re-read it, update the brief, then set source.sha256 to the new hash',
    });
    // Another field's error does not hide it.
    const both = replaceOnce(
      edit(BRIEF_PATH, `file: ${FAKE_ARTICLE_FILE}`, 'file: story-002.txt')[BRIEF_PATH]!,
      '  - harbour-trade',
      '  - Harbour Trade',
    );
    expect(errorsOf({ [BRIEF_PATH]: both }, changedArticle).map((e) => e.field)).toEqual(['topics[0]', 'source.sha256']);
  });

  it('source-file-missing-from-corpus', () => {
    const errors = errorsOf(edit(BRIEF_PATH, `file: ${FAKE_ARTICLE_FILE}`, 'file: story-404.txt'), writeFakeCorpus);
    expect(errors).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 14,
        field: 'source.file',
        value: 'story-404.txt',
        message: expect.stringMatching(/^the corpus \(.*corpus\) has no file of that name$/),
        fix: 'correct the file name, or set CORPUS_DIR to the right corpus',
      },
    ]);
  });

  it('the matching corpus passes', () => {
    expect(errorsOf({}, writeFakeCorpus)).toEqual([]);
  });

  it('a corpus file whose name the file system keeps decomposed is found by the composed name the brief is read in', () => {
    const composed = 'relatório-café.txt';
    const decomposedCorpus = (root: string) => {
      const dir = join(root, 'corpus');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, composed.normalize('NFD')), FAKE_ARTICLE);
      return dir;
    };
    expect(errorsOf(edit(BRIEF_PATH, `file: ${FAKE_ARTICLE_FILE}`, `file: ${composed}`), decomposedCorpus)).toEqual([]);
  });
});

describe('lists of ids', () => {
  it('id-listed-twice: an entity, topic or brief at most once in a list', () => {
    const twice = (field: string, line: number, value: string) => ({
      line,
      field,
      value,
      message: `"${value}" is listed twice`,
      fix: 'remove the second one',
    });
    expect(errorsOf(edit(BRIEF_PATH, '  - mira-okafor\n', '  - mira-okafor\n  - mira-okafor\n'))).toEqual([
      { file: file(BRIEF_PATH), ...twice('entities[3]', 11, 'mira-okafor') },
    ]);
    expect(errorsOf(edit(BRIEF_PATH, '  - harbour-trade\n', '  - harbour-trade\n  - harbour-trade\n'))).toEqual([
      { file: file(BRIEF_PATH), ...twice('topics[1]', 7, 'harbour-trade') },
    ]);
    expect(errorsOf(edit(DEAL, '  - northwind-raises-funds', '  - northwind-raises-funds\n  - northwind-raises-funds'))).toEqual([
      { file: file(DEAL), ...twice('briefs[1]', 19, 'northwind-raises-funds') },
    ]);
  });

  it('brief-names-itself: as a related brief, or as another brief a caveat concerns', () => {
    const fix = 'remove "northwind-raises-funds" from the list';
    expect(errorsOf(edit(BRIEF_PATH, 'keyFacts:', 'related:\n  - northwind-raises-funds\nkeyFacts:'))).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 12,
        field: 'related[0]',
        value: 'northwind-raises-funds',
        message: 'a brief cannot name itself as a related brief',
        fix,
      },
    ]);
    expect(
      errorsOf(
        edit(
          BRIEF_PATH,
          'keyFacts:',
          'caveats:\n  - kind: figure\n    text: The round size is rounded.\n    briefs: [northwind-raises-funds]\nkeyFacts:',
        ),
      ),
    ).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 14,
        field: 'caveats[0].briefs[0]',
        value: 'northwind-raises-funds',
        message: 'a brief cannot name itself as another brief a caveat concerns',
        fix,
      },
    ]);
  });
});

describe('replaceOnce guards the fixtures', () => {
  it('refuses a replacement that matches nothing or more than once', () => {
    expect(() => replaceOnce('a b a', 'a', 'c')).toThrow(/exactly one/);
    expect(() => replaceOnce('a b', 'z', 'c')).toThrow(/exactly one/);
  });
});

describe('folder settings', () => {
  it('an empty DOSSIER_CONTENT_DIR or CORPUS_DIR is unset, never the project folder itself', () => {
    const saved = { content: process.env.DOSSIER_CONTENT_DIR, corpus: process.env.CORPUS_DIR };
    try {
      process.env.DOSSIER_CONTENT_DIR = '';
      process.env.CORPUS_DIR = '';
      expect(contentDir('/project')).toBe(join('/project', 'content'));
      expect(corpusDir('/project/app')).toBe(join('/project', 'shared', 'seeds'));
    } finally {
      for (const [name, value] of [
        ['DOSSIER_CONTENT_DIR', saved.content],
        ['CORPUS_DIR', saved.corpus],
      ] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});
