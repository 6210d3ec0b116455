import { stripVTControlCharacters } from 'node:util';

/**
 * Astro's line for each file it has written: "  ├─ /briefs/x/index.html (+3ms)". The
 * time is printed once the file is on disk, so a whole line means a whole file.
 */
const WRITTEN_PAGE = /[├└]─ \/(\S+\.html) \(\+/;

/**
 * The HTML file (relative to the output folder) a line of `astro build` output reports
 * written, or undefined. Colour codes are ignored. Pages Astro restored from its cache
 * ("(cached)") are not matched; the indexer's final sweep picks them up.
 */
export function writtenPage(line: string): string | undefined {
  return WRITTEN_PAGE.exec(stripVTControlCharacters(line))?.[1];
}
