import { mdxToPlainText } from '../text/plain-text.ts';
import { paths, withBase } from '../site/urls.ts';
import { dealPath, type Catalog } from '../content/catalog.ts';
import type { BriefRecord, DealRecord, EntityRecord } from '../../schemas/exports.ts';

/** Absolute page URL under the site origin and base path. */
export function pageUrl(site: URL | undefined, base: string, path: string): string {
  const local = withBase(base, path);
  return site ? new URL(local, site).href : local;
}

/**
 * Open-data records: every published entry with its page url; derived fields are
 * added, never replace source fields. The record shapes (and the published JSON
 * Schemas) are in src/schemas/exports.ts.
 */
export function exportBriefs(index: Catalog, site: URL | undefined, base: string): BriefRecord[] {
  return index.briefs.map((b) => {
    const { ingest: _editorOnly, ...data } = b.data;
    const summary = b.body?.trim() ?? '';
    return {
      id: b.id,
      url: pageUrl(site, base, paths.brief(b.id)),
      ...data,
      summary,
      summaryText: mdxToPlainText(summary),
      deals: (index.dealsByBrief.get(b.id) ?? []).map((d) => d.id),
    };
  });
}

export function exportEntities(index: Catalog, site: URL | undefined, base: string): EntityRecord[] {
  return index.entities.map((e) => ({
    id: e.id,
    url: pageUrl(site, base, paths.entity(e.id)),
    ...e.data,
    briefs: (index.briefsByEntity.get(e.id) ?? []).map((b) => b.id),
    deals: (index.dealsByEntity.get(e.id) ?? []).map((r) => ({ deal: r.deal.id, roles: r.roles })),
  }));
}

export function exportDeals(index: Catalog, site: URL | undefined, base: string): DealRecord[] {
  return index.deals.map((d) => ({
    id: d.id,
    url: pageUrl(site, base, dealPath(index, d.id)),
    ...d.data,
  }));
}
