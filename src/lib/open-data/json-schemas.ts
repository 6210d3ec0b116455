import { z } from 'astro/zod';
import { EXPORT_FILES, type ExportCollection } from '../../schemas/exports.ts';
import { pageUrl } from './exports.ts';
import { files } from '../site/files.ts';

/**
 * The JSON Schema (draft 2020-12) of /data/<collection>.json, generated from the
 * zod record schema in src/schemas/exports.ts. `io: 'output'` describes the data
 * after parsing (dates preprocessed to strings, defaults filled in), which is what
 * the exports contain. Refinements have no JSON Schema form and are left out;
 * `unrepresentable: 'throw'` (zod's default) makes any other unmappable type fail
 * the build instead of silently publishing `{}`.
 */
export function exportJsonSchema(collection: ExportCollection, site: URL | undefined, base: string): Record<string, unknown> {
  const { $schema, title, description, ...rest } = z.toJSONSchema(EXPORT_FILES[collection], { io: 'output', target: 'draft-2020-12' });
  return { $schema, $id: pageUrl(site, base, files.schema(collection)), title, description, ...rest };
}
