import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

/**
 * Astro's virtual module that holds the content store. The build bundles it into a chunk of
 * its own, `JSON.parse("…the whole store…")`, which the prerenderer imports once.
 */
export const CONTENT_STORE_MODULE_ID = '\0astro:data-layer-content';

/**
 * The longest string literal written. V8 compiles a string literal holding characters beyond
 * Latin-1 in time that grows with the square of its length: the store of a 10k-brief site
 * (37 M characters, names in many scripts) took 13 s to compile as one literal, 1.1 s as
 * literals of a million characters. They are joined with `[…].join("")`, not `+`: the build's
 * later code generation folds `"a" + "b"` back into one literal.
 */
export const MAX_LITERAL_LENGTH = 1 << 20;

const CALL_OPEN = 'JSON.parse("';
const CALL_CLOSE = '")';

/**
 * Where a piece of the literal's source may end at or before `at`: not inside an escape
 * sequence, and not between the halves of a surrogate pair written as they are (each half
 * alone would be written to the chunk's file as U+FFFD). `from` is where the piece starts.
 */
function safeCut(source: string, from: number, at: number): number {
  let cut = at;
  // An escape that runs past the cut starts at the first character before it that is not
  // what an escape's tail is made of (hex digits, "u", "x", "{": \u{0000041} may be any
  // length), or two before it (a backslash, then a CR LF or a surrogate pair).
  let tail = at - 1;
  while (tail >= from && ESCAPE_TAIL.test(source[tail]!)) tail--;
  for (const start of [tail, at - 2]) {
    if (start < from || source.charCodeAt(start) !== BACKSLASH || !notEscaped(source, from, start)) continue;
    if (start + escapeLength(source, start) > at) {
      cut = start;
      break;
    }
  }
  if (cut > from && isHighSurrogate(source.charCodeAt(cut - 1))) cut--;
  return cut;
}

const ESCAPE_TAIL = /[0-9A-Fa-fux{]/;

const BACKSLASH = 0x5c;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * Whether the character at `i` stands for itself, not escaped: an even number of backslashes
 * before it (back to `from`, where no escape is open). A backslash that does starts an escape.
 */
function notEscaped(source: string, from: number, i: number): boolean {
  let run = 0;
  while (i - run - 1 >= from && source.charCodeAt(i - run - 1) === BACKSLASH) run++;
  return run % 2 === 0;
}

/** The length of the escape sequence starting at `i` (a backslash). */
function escapeLength(source: string, i: number): number {
  const kind = source[i + 1];
  if (kind === 'x') return 4;
  if (kind === 'u') return source[i + 2] === '{' ? Math.max(source.indexOf('}', i) + 1 - i, 2) : 6;
  if (kind === '\r' && source[i + 2] === '\n') return 3;
  return isHighSurrogate(source.charCodeAt(i + 1)) ? 3 : 2;
}

/** The length of what cannot be cut that starts at `i`: an escape, a surrogate pair or one character. */
function unitLength(source: string, i: number): number {
  if (source.charCodeAt(i) === BACKSLASH) return escapeLength(source, i);
  return isHighSurrogate(source.charCodeAt(i)) ? 2 : 1;
}

/**
 * Whether `source`, the text between JSON.parse(" and "), is one literal: no double quote in
 * it, nor the closing one, stands unescaped where a backslash should have escaped it or not.
 */
function isOneLiteral(source: string): boolean {
  for (let at = source.indexOf('"'); at >= 0; at = source.indexOf('"', at + 1)) {
    if (notEscaped(source, 0, at)) return false; // the literal ends there: code between two literals
  }
  return notEscaped(source, 0, source.length); // a backslash left at the end escapes the closing quote
}

/**
 * The store chunk's code with its one string literal written as pieces joined at run time:
 * the same value, so the same store. Each piece is a slice of the literal's own source, cut
 * between escapes, so the store's 37 M characters are neither parsed nor escaped again.
 * A piece is at most `maxLength` characters long, or one escape sequence where that is
 * longer. Undefined when the code is not one `JSON.parse("…")` of one literal, the shape
 * Astro emits: such code is left as it is.
 */
export function splitStoreLiteral(code: string, maxLength = MAX_LITERAL_LENGTH): string | undefined {
  const open = code.indexOf(CALL_OPEN);
  const close = code.lastIndexOf(CALL_CLOSE);
  if (open < 0 || close < open + CALL_OPEN.length) return undefined;
  const source = code.slice(open + CALL_OPEN.length, close);
  if (!isOneLiteral(source)) return undefined;
  const pieces: string[] = [];
  for (let from = 0; from < source.length;) {
    let to = from + maxLength >= source.length ? source.length : safeCut(source, from, from + maxLength);
    // An escape or a surrogate pair longer than a piece: the piece holds it whole.
    if (to <= from) to = from + unitLength(source, from);
    pieces.push(source.slice(from, to));
    from = to;
  }
  return `${code.slice(0, open)}JSON.parse(["${pieces.join('","')}"].join(""))${code.slice(close + CALL_CLOSE.length)}`;
}

/**
 * Writes Astro's content store chunk so that Node compiles it in linear time (see
 * MAX_LITERAL_LENGTH), through Vite's documented `renderChunk` hook. This leans on how Astro
 * names and emits that module, which Astro does not promise. A chunk of another shape is left
 * as it is, with a warning; the build goes on, slower. A build test fails on that warning and
 * when the report line is missing, as it is when the module is named otherwise
 * (tests/build/published-files.test.ts).
 */
export function contentStoreModule(): AstroIntegration {
  let logger: AstroIntegrationLogger | undefined;
  return {
    name: 'dossier:content-store',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger: integrationLogger }) => {
        if (command !== 'build') return;
        logger = integrationLogger;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'dossier:content-store-literal',
                renderChunk(code, chunk) {
                  if (!chunk.moduleIds.includes(CONTENT_STORE_MODULE_ID)) return null;
                  const split = splitStoreLiteral(code);
                  if (split === undefined) {
                    logger?.warn(
                      `Astro's content store chunk ${chunk.fileName} is not one JSON.parse("…") any more: left as it is, so the build compiles it slowly; update src/integrations/content-store-module.ts`,
                    );
                    return null;
                  }
                  logger?.info(`content store module written as literals of at most ${MAX_LITERAL_LENGTH} characters`);
                  return { code: split, map: null };
                },
              },
            ],
          },
        });
      },
    },
  };
}
