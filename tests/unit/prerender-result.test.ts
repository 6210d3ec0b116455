// A rendered page's bytes read once (src/integrations/prerender-result.ts): one chunk is
// handed over as it is, several are joined, and a response made from bytes gives them back.
import { describe, expect, it } from 'vitest';
import { bodyBytes, responseWithBytes } from '../../src/integrations/prerender-result.ts';

const streamOf = (chunks: Uint8Array[]) =>
  new ReadableStream<Uint8Array>({
    start(stream) {
      for (const chunk of chunks) stream.enqueue(chunk);
      stream.close();
    },
  });

describe('bodyBytes', () => {
  it('hands over a body of one chunk without copying it', async () => {
    const chunk = new TextEncoder().encode('{"briefs":["阿里巴巴"]}');
    expect(await bodyBytes(new Response(streamOf([chunk])))).toBe(chunk);
  });

  it('joins a body streamed in several chunks, in order', async () => {
    const parts = ['<p>', 'Алибаба', '</p>'].map((part) => new TextEncoder().encode(part));
    expect(new TextDecoder().decode(await bodyBytes(new Response(streamOf(parts))))).toBe('<p>Алибаба</p>');
  });

  it('refuses a body that streams text instead of bytes, as arrayBuffer() does', async () => {
    const text = new ReadableStream<unknown>({ start: (stream) => (stream.enqueue('<p>text</p>'), stream.close()) });
    await expect(bodyBytes(new Response(text as ReadableStream<Uint8Array>))).rejects.toThrow(/not bytes/);
  });

  it('reads a body given as a string, and an empty one', async () => {
    expect(new TextDecoder().decode(await bodyBytes(new Response('ক খ')))).toBe('ক খ');
    expect((await bodyBytes(new Response(null, { status: 204 }))).length).toBe(0);
  });
});

describe('responseWithBytes', () => {
  it('gives back the same bytes, status and headers', async () => {
    const bytes = new TextEncoder().encode('<!doctype html><title>x</title>');
    const response = responseWithBytes(bytes, new Response('ignored', { status: 404, headers: { 'content-type': 'text/html' } }));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(await bodyBytes(response)).toBe(bytes);
  });
});
