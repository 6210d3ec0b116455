import type { HastPluginDefinition, HastPluginEntry } from 'satteri';

/** The column alignments a Markdown table may ask for (`|:--|--:|:-:|`). */
const ALIGNMENTS = new Set(['left', 'center', 'right']);

type Properties = Record<string, unknown>;

/**
 * Makes the HTML of a brief body fit the site's page and its Content-Security-Policy
 * (`style-src 'self'`, under which a browser ignores every style attribute):
 *
 * - A table column's alignment (`|--:|`) comes out of Markdown as
 *   `style="text-align:right"` on each cell; it becomes a class (`align-right`), which the
 *   stylesheet aligns.
 * - A table is put in a scrolling frame (`.table-wrap`, as the site's own tables are): wider
 *   than the column, it scrolls there instead of widening the page. The frame is a named
 *   region that takes the keyboard's focus, so it can be scrolled without a mouse (WCAG
 *   2.1.1); its name is the table's header row.
 *
 * A factory, so each compile numbers its own tables.
 */
export function bodyMarkupPlugin(): HastPluginEntry {
  return (): HastPluginDefinition => ({
    name: 'dossier:body-markup',
    element: [
      {
        filter: ['th', 'td'],
        visit(node, ctx) {
          const properties = (node.properties ?? {}) as Properties;
          const align = alignmentOf(properties);
          if (properties.style === undefined && properties.align === undefined) return;
          ctx.setProperty(node, 'style', undefined);
          ctx.setProperty(node, 'align', undefined);
          if (align) ctx.setProperty(node, 'className', [...classesOf(properties), `align-${align}`]);
        },
      },
      {
        filter: ['table'],
        visit(node, ctx) {
          const columns = headerCells(node)
            .map((cell) => ctx.textContent(cell).replace(/\s+/g, ' ').trim())
            .filter(Boolean)
            .join(', ');
          ctx.wrapNode(node, {
            type: 'element',
            tagName: 'div',
            properties: { className: ['table-wrap'], role: 'region', tabIndex: 0, ariaLabel: columns ? `Table: ${columns}` : 'Table' },
            children: [],
          });
        },
      },
    ],
  });
}

/** The alignment a cell asks for, from `align` or a `text-align` style, if it is one the stylesheet knows. */
function alignmentOf(properties: Properties): string | undefined {
  const fromStyle = typeof properties.style === 'string' ? /(?:^|;)\s*text-align\s*:\s*([a-z]+)/i.exec(properties.style)?.[1] : undefined;
  const align = (typeof properties.align === 'string' ? properties.align : fromStyle)?.toLowerCase();
  return align && ALIGNMENTS.has(align) ? align : undefined;
}

type HastElement = Parameters<Extract<NonNullable<HastPluginDefinition['element']>, { filter: string[] }>['visit']>[0];

/** The cells of a table's header row (Markdown writes one `thead` with one row). */
function headerCells(table: HastElement): HastElement[] {
  const elements = (node: HastElement) => node.children.filter((child): child is HastElement => child.type === 'element');
  const head = elements(table).find((child) => child.tagName === 'thead');
  const row = head && elements(head).find((child) => child.tagName === 'tr');
  return row ? elements(row).filter((cell) => cell.tagName === 'th') : [];
}

function classesOf(properties: Properties): string[] {
  const value = properties.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
}
