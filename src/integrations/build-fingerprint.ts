import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig } from 'astro';
import { corpusDir } from '../check/corpus.ts';
import { filesUnder } from './files-under.ts';

/** What, besides the content, makes a page come out as it does. */
export interface FingerprintInputs {
  /** The project folder: its code, styles, public files, configuration and lockfile. */
  root: string;
  /** The corpus folder; its files are hashed when it exists. */
  corpusDir: string;
  /** A configuration file named with `--config`, when it is not one of the project's own. */
  configFile?: string | undefined;
  /** Settings that reach the pages: site, base, format, Node's version… */
  settings: Record<string, unknown>;
}

/**
 * Files of the project that shape pages: everything under these folders, and these files at
 * the top: any module or JSON file (the configuration, and what it imports from beside it), and
 * the files Vite reads from the root without being told: a PostCSS configuration (every name its
 * loader looks for) rewrites the stylesheet, whose hashed name every page links, and the .env
 * files of a production build feed import.meta.env.
 */
const CODE_FOLDERS = ['src', 'public'];
const CODE_FILES = /^([^.].*\.([cm]?[jt]s|json)|\.postcssrc(\.(json|ya?ml|[cm]?[jt]s))?|\.env(\.production)?(\.local)?)$/;
const POSTCSS_CONFIG = /^(postcss\.config\.[cm]?[jt]s|\.postcssrc(\.(json|ya?ml|[cm]?[jt]s))?)$/;
/**
 * What npm installed, as it last wrote it (npm's hidden lockfile): it changes with every
 * install, also one that leaves package-lock.json as it was (`npm install --no-save`, a
 * package linked in).
 */
const INSTALLED_PACKAGES = join('node_modules', '.package-lock.json');

/**
 * PostCSS configurations in the folders above the project: Vite's loader looks for one from
 * the project up to the home folder (here: up to the top, to be safe), in a file or under
 * "postcss" in a package.json. Labelled by how far up they are, so a copy of the project at
 * another path keeps its fingerprint.
 */
function* postcssAbove(root: string): Generator<[label: string, bytes: string | Uint8Array]> {
  for (let dir = dirname(root), up = 1; ; dir = dirname(dir), up++) {
    let names: string[] = [];
    try {
      names = readdirSync(dir).sort();
    } catch {
      // An unreadable folder above the project: Vite cannot read it either.
    }
    for (const name of names) {
      const path = join(dir, name);
      if (POSTCSS_CONFIG.test(name)) yield [`up ${up} ${name}`, readIfFile(path)];
      else if (name === 'package.json') {
        const text = readIfFile(path);
        let postcss: unknown;
        try {
          postcss = (JSON.parse(text) as { postcss?: unknown }).postcss;
        } catch {
          postcss = text; // not JSON: Vite's loader would fail on it, so the build does too
        }
        if (postcss !== undefined) yield [`up ${up} package.json postcss`, JSON.stringify(postcss)];
      }
    }
    if (dirname(dir) === dir) return;
  }
}

const readIfFile = (path: string): string => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return 'unreadable';
  }
};

/**
 * A digest of everything a page depends on besides the content it reads: the project's
 * code and configuration, the locked packages, the site settings and the corpus. Two builds
 * with the same fingerprint render the same content into the same bytes; any difference
 * here means no page of the previous build is reused.
 */
export function buildFingerprint({ root, corpusDir, configFile, settings }: FingerprintInputs): string {
  const hash = createHash('sha256');
  const add = (label: string, bytes: string | Uint8Array) => hash.update(`${label}\0${bytes.length}\0`).update(bytes);
  add('settings', JSON.stringify(settings, Object.keys(settings).sort()));
  for (const name of readdirSync(root).sort())
    if (CODE_FILES.test(name) && statSync(join(root, name), { throwIfNoEntry: false })?.isFile()) add(name, readFileSync(join(root, name)));
  if (configFile) {
    const path = resolve(root, configFile);
    // Named from the root: the project at another path keeps its fingerprint.
    add(`config ${relative(root, path)}`, existsSync(path) ? readFileSync(path) : 'absent');
  }
  for (const folder of CODE_FOLDERS) for (const file of filesUnder(join(root, folder))) add(relative(root, file), readFileSync(file));
  const installed = join(root, INSTALLED_PACKAGES);
  add('installed packages', existsSync(installed) ? readFileSync(installed) : 'absent');
  for (const [label, bytes] of postcssAbove(root)) add(label, bytes);
  if (existsSync(corpusDir) && statSync(corpusDir).isDirectory())
    for (const file of filesUnder(corpusDir)) add(`corpus/${relative(corpusDir, file)}`, readFileSync(file));
  else add('corpus', 'absent');
  return hash.digest('base64url');
}

/** The file named by `--config <file>` or `--config=<file>` among a command's arguments. */
export function configFileArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--config') return argv[i + 1];
    if (argv[i]!.startsWith('--config=')) return argv[i]!.slice('--config='.length);
  }
  return undefined;
}

/**
 * The fingerprint of a build of `config` in this process: the project at its root, the
 * corpus where the check reads it, a `--config` file among this process's arguments, and the
 * settings that reach the pages (Node and its ICU data, which formats language names, numbers
 * and dates; the locale and time zone Intl falls back to when code names none, which come
 * from the environment (LANG, TZ); site, base, URL format, integrations).
 */
export function astroBuildFingerprint(config: AstroConfig): string {
  const root = fileURLToPath(config.root);
  return buildFingerprint({
    root,
    corpusDir: corpusDir(root),
    configFile: configFileArgument(process.argv),
    settings: {
      node: process.version,
      icu: [process.versions.icu, process.versions.unicode, process.versions.cldr, process.versions.tz].join(' '),
      intlDefaults: [new Intl.Collator().resolvedOptions().locale, Intl.DateTimeFormat().resolvedOptions().timeZone].join(' '),
      site: config.site,
      base: config.base,
      trailingSlash: config.trailingSlash,
      format: config.build.format,
      integrations: config.integrations.map((i) => i.name).join(','),
    },
  });
}
