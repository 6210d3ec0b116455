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
 * The store chunk's code with its one JSON string literal written as pieces joined at run
 * time: the same value, so the same store. Undefined when the code is not one `JSON.parse("…")` of
 * a JSON-compatible literal, the shape Astro emits: such code is left as it is.
 */
export function splitStoreLiteral(code: string, maxLength = MAX_LITERAL_LENGTH): string | undefined {
  const open = code.indexOf(CALL_OPEN);
  const close = code.lastIndexOf(CALL_CLOSE);
  if (open < 0 || close < open + CALL_OPEN.length) return undefined;
  let value: unknown;
  try {
    // JSON.parse also refuses a quote left unescaped, that is, code between two literals.
    value = JSON.parse(code.slice(open + CALL_OPEN.length - 1, close + 1));
  } catch {
    return undefined; // an escape JSON does not have (\x.., \'), or not one literal
  }
  if (typeof value !== 'string') return undefined;
  const pieces: string[] = [];
  // Cutting between the halves of a surrogate pair is harmless: JSON.stringify escapes the
  // lone halves and the join puts the pair together again.
  for (let at = 0; at < value.length; at += maxLength) pieces.push(JSON.stringify(value.slice(at, at + maxLength)));
  return `${code.slice(0, open)}JSON.parse([${pieces.join(',')}].join(""))${code.slice(close + CALL_CLOSE.length)}`;
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
