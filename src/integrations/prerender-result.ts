import type { AstroPrerenderer } from 'astro';

/** What a prerenderer's render returns: a Response, or one with metadata. */
export type RenderResult = Awaited<ReturnType<AstroPrerenderer['render']>>;

/** The rendered page of a prerender result, whichever form the prerenderer returned. */
export const responseOf = (result: RenderResult): Response => (result instanceof Response ? result : result.response);
