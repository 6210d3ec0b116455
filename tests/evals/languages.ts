// Measures candidate language detectors on short texts (headlines and single sentences) written for this
// project in tests/fixtures/ingest/language-samples.json. Prints accuracy per language and overall, the
// package size on disk and the time per text. Candidates that are not installed are skipped; install them
// for a run with `npm i --no-save tinyld franc-min franc-all eld cld3-asm lande languagedetect`.
// Usage: npm run ingest:languages
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { primaryLanguage } from '../../src/ingest/detect-language.ts';

type Detect = (text: string) => string | undefined;
// Candidates are optional packages: a computed specifier keeps them out of the type check.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const load = (name: string): Promise<any> => import(name);

interface Candidate {
  name: string;
  packages: string[];
  load: () => Promise<Detect>;
}

const samples = JSON.parse(readFileSync('tests/fixtures/ingest/language-samples.json', 'utf8')).samples as Record<string, string[]>;

const candidates: Candidate[] = [
  {
    name: 'tinyld (normal)',
    packages: ['tinyld'],
    load: async () => {
      const m = await load('tinyld');
      return (t) => m.detect(t);
    },
  },
  {
    name: 'tinyld (heavy)',
    packages: ['tinyld'],
    load: async () => {
      const m = await load('tinyld/heavy');
      return (t) => m.detect(t);
    },
  },
  {
    name: 'franc-min',
    packages: ['franc-min'],
    load: async () => {
      const m = await load('franc-min');
      return (t) => m.franc(t, { minLength: 1 });
    },
  },
  {
    name: 'franc',
    packages: ['franc'],
    load: async () => {
      const m = await load('franc');
      return (t) => m.franc(t, { minLength: 1 });
    },
  },
  {
    name: 'franc-all',
    packages: ['franc-all'],
    load: async () => {
      const m = await load('franc-all');
      return (t) => m.franc(t, { minLength: 1 });
    },
  },
  {
    name: 'eld (large)',
    packages: ['eld'],
    load: async () => {
      const m = await load('eld/large');
      return (t) => m.eld.detect(t).language;
    },
  },
  {
    name: 'eld (small)',
    packages: ['eld'],
    load: async () => {
      const m = await load('eld/small');
      return (t) => m.eld.detect(t).language;
    },
  },
  {
    name: 'cld3-asm',
    packages: ['cld3-asm', 'emscripten-wasm-loader'],
    load: async () => {
      const m = await load('cld3-asm');
      const factory = await m.loadModule();
      const finder = factory.create(0, 1000);
      return (t) => finder.findLanguage(t).language;
    },
  },
  {
    name: 'lande',
    packages: ['lande', 'toygrad'],
    load: async () => {
      const m = await load('lande');
      const lande = m.default;
      return (t) => lande(t)[0]?.[0];
    },
  },
  {
    name: 'languagedetect',
    packages: ['languagedetect'],
    load: async () => {
      const m = await load('languagedetect');
      const detector = new m.default();
      detector.setLanguageType('iso2');
      return (t) => detector.detect(t, 1)[0]?.[0];
    },
  },
];

function dirSize(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.size;
  return readdirSync(path).reduce((sum, name) => sum + dirSize(join(path, name)), 0);
}

const langs = Object.keys(samples);
const rows: string[] = [];
for (const c of candidates) {
  let detect: Detect;
  try {
    detect = await c.load();
  } catch {
    console.log(`${c.name}: not installed, skipped`);
    continue;
  }
  let right = 0;
  let total = 0;
  const perLang: string[] = [];
  const started = performance.now();
  for (const lang of langs) {
    let ok = 0;
    for (const text of samples[lang]!) {
      const got = primaryLanguage(detect(text) ?? '');
      if (got === lang) ok++;
    }
    right += ok;
    total += samples[lang]!.length;
    perLang.push(`${lang} ${ok}/${samples[lang]!.length}`);
  }
  const msPerText = (performance.now() - started) / total;
  const size = c.packages.reduce((sum, p) => {
    try {
      return sum + dirSize(join('node_modules', p));
    } catch {
      return sum;
    }
  }, 0);
  rows.push(
    `${c.name.padEnd(16)} ${((100 * right) / total).toFixed(1).padStart(5)}%  ${(size / 1e6).toFixed(1).padStart(5)} MB  ${msPerText.toFixed(2)} ms/text  | ${perLang.join(', ')}`,
  );
}
console.log(`\n${langs.length} languages, ${Object.values(samples).flat().length} texts\n`);
console.log(rows.join('\n'));
