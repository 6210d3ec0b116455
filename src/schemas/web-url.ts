import { z } from 'astro/zod';

/**
 * Whitespace: the URL parser silently deletes tabs and line breaks anywhere and trims the
 * ends, so an address with one is not what it looks like. (Other control characters are
 * refused in every field by src/lib/content/unsafe-characters.ts.)
 */
const UNSAFE_IN_URL = /\s/u;

/** Characters RFC 3986 allows unencoded in a path, query or fragment (besides "%XX"). */
const NOT_RFC3986 = /%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~!$&'()*+,;=:@/?%]/gu;
const encodeRest = (part: string) => part.replace(NOT_RFC3986, (c) => (c === '%' ? '%25' : encodeURIComponent(c)));

/**
 * An http(s) address as the WHATWG URL serialiser writes it (", <, >, spaces and other
 * characters percent-encoded), with what that serialiser leaves raw but RFC 3986 forbids
 * ([ ] \ ^ { } | `, a second "#", a "%" not followed by two hex digits) encoded too: a
 * valid RFC 3986 URI, as the published JSON Schema (format uri) requires.
 */
export function normaliseWebUrl(value: string): string {
  const url = URL.parse(value);
  if (!url) return value;
  const href = url.href;
  const rest = url.pathname + url.search + url.hash;
  if (!href.endsWith(rest)) return href;
  const prefix = href.slice(0, href.length - rest.length);
  const search = url.search && `?${encodeRest(url.search.slice(1))}`;
  const hash = url.hash && `#${encodeRest(url.hash.slice(1)).replace(/#/g, '%23')}`;
  return prefix + encodeRest(url.pathname) + search + hash;
}

/**
 * An address a reader's browser may follow: http or https only. zod's url()
 * alone accepts any scheme, and a `javascript:` address in a rendered href runs.
 * A URL with whitespace, or with a user name or password before "@", is refused; any
 * other is stored normalised (normaliseWebUrl).
 */
const notWebAddress = (value: unknown) =>
  `"${String(value)}" is not a web address: write a full http(s) URL, e.g. https://example.org/page`;

export const webUrl = z
  .preprocess(
    (value, ctx) => {
      if (typeof value !== 'string') return value;
      if (UNSAFE_IN_URL.test(value)) {
        ctx.addIssue({
          code: 'custom',
          input: value,
          message: 'the URL contains a space, tab or line break, which a URL may not hold',
          params: { fix: 'remove it (a space inside the address is written %20)' },
        });
      } else if (!/^https?:\/\//i.test(value)) {
        // The parser would read "https:example.org" or "https:\\example.org" as https://example.org/.
        ctx.addIssue({ code: 'custom', input: value, message: notWebAddress(value) });
      } else {
        // "https://northwind.example@evil.example/" reads as northwind's address and leads to evil.example;
        // a real user name or password would be published to every reader.
        const url = URL.parse(value);
        if (url && (url.username || url.password)) {
          const host = url.host;
          url.username = '';
          url.password = '';
          ctx.addIssue({
            code: 'custom',
            input: value,
            message: `the URL holds a user name or password before "@", so it leads to ${host}, whatever the part before "@" says`,
            params: { fix: `write the address without the part before "@", ${url.href}, if ${host} is the site meant` },
          });
        }
      }
      return value;
    },
    z
      .url({
        protocol: /^https?$/,
        normalize: true,
        abort: true,
        error: (issue) => notWebAddress(issue.input),
      })
      .overwrite(normaliseWebUrl),
  )
  .meta({ pattern: '^https?://[^/?#@]+(?:[/?#]|$)' }); // the scheme and no user name before "@", for the published JSON Schema
