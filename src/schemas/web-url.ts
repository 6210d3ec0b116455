import { z } from 'astro/zod';

/**
 * An address a reader's browser may follow: http or https only. zod's url()
 * alone accepts any scheme, and a `javascript:` address in a rendered href runs.
 */
export const webUrl = z
  .url({
    protocol: /^https?$/,
    error: (issue) => `"${String(issue.input)}" is not a web address: write a full http(s) URL, e.g. https://example.org/page`,
  })
  .meta({ pattern: '^https?://' }); // the scheme rule, for the published JSON Schema
