import type { AstroPrerenderer } from 'astro';

/** What a prerenderer's render returns: a Response, or one with metadata. */
export type RenderResult = Awaited<ReturnType<AstroPrerenderer['render']>>;

/** The rendered page of a prerender result, whichever form the prerenderer returned. */
export const responseOf = (result: RenderResult): Response => (result instanceof Response ? result : result.response);

/**
 * A response's body, read once: the one chunk itself when it came as one (a page of JSON
 * from an endpoint, or a page the build already holds), so a 40 MB file is not copied
 * again as `arrayBuffer()` copies it.
 */
export async function bodyBytes(response: Response): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  for await (const chunk of response.body as ReadableStream<unknown>) {
    // As arrayBuffer() refuses them: a string taken for bytes would be written as text.
    if (!(chunk instanceof Uint8Array)) throw new TypeError(`a response body streamed a chunk that is not bytes (${typeof chunk})`);
    chunks.push(chunk);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}

/**
 * A response with these bytes as its body, given as a stream of one chunk: a Response made
 * from the bytes themselves copies them first (40 MB of data/briefs.json at 10k briefs: a
 * third of a second).
 */
export const responseWithBytes = (bytes: Uint8Array, init: Response): Response =>
  new Response(new ReadableStream({ start: (stream) => (stream.enqueue(bytes), stream.close()) }), init);
