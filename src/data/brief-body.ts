import { getEntry, render } from 'astro:content';

/**
 * A brief's body as a component, from the HTML rendered when the content was synced
 * (src/loaders/render-brief-body.ts). An entry without it failed to render, and its error was
 * logged then: the page is not built without its summary.
 */
export async function briefBody(id: string) {
  const entry = (await getEntry('briefs', id))!;
  if (entry.rendered?.html === undefined)
    throw new Error(
      `${entry.filePath}: the brief body could not be rendered (its error was logged while syncing content: "Error rendering …").`,
    );
  return (await render(entry)).Content;
}
