import type { MdastPluginDefinition } from 'satteri';

/**
 * Brings the text of a Markdown/MDX body to Unicode NFC, as `npm run check`
 * reads it, so "é" typed as e + combining accent is the same character on the
 * page and in the search index as everywhere else.
 */
export function nfcTextPlugin(): MdastPluginDefinition {
  return {
    name: 'dossier:nfc-text',
    text: (node, ctx) => {
      const nfc = node.value.normalize('NFC');
      if (nfc !== node.value) ctx.setProperty(node, 'value', nfc);
    },
  };
}
