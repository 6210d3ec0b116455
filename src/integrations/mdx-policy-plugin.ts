import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, MdastPluginEntry } from 'satteri';
import { countOf } from '../lib/text/counts.ts';
import { nodeViolations, type PolicyNode, type PolicyViolation } from '../lib/content/mdx-policy.ts';

/**
 * Defence in depth for the MDX policy (src/lib/content/mdx-policy.ts): `npm run check`
 * and the build's first step already reject a brief that breaks it, but this
 * plugin runs inside the MDX compiler itself, so `astro dev` and any path that
 * skips the check still cannot compile an import, an expression, a script, a
 * frame, an event handler or a javascript: link into a page. A factory, so each
 * compile collects its own findings.
 */
export function mdxPolicyPlugin(): MdastPluginEntry {
  return ({ fileURL }): MdastPluginDefinition => {
    const found: PolicyViolation[] = [];
    const judge = (node: unknown) => {
      found.push(...nodeViolations(node as PolicyNode));
    };
    return {
      name: 'dossier:mdx-policy',
      options: { position: true },
      mdxjsEsm: judge,
      mdxFlowExpression: judge,
      mdxTextExpression: judge,
      mdxJsxFlowElement: judge,
      mdxJsxTextElement: judge,
      html: judge,
      link: judge,
      image: judge,
      definition: judge,
      after: () => {
        if (!found.length) return;
        const file = fileURL ? fileURLToPath(fileURL) : 'MDX';
        const lines = found.map((v) => `  ${file}:${v.line ?? '?'}:${v.column ?? '?'} ${v.message} (fix: ${v.fix})`);
        throw new Error(`MDX policy: ${countOf(found.length, 'construct')} not allowed in a brief\n${lines.join('\n')}`);
      },
    };
  };
}
