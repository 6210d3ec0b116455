import type { z } from 'astro/zod';

/** A field of an entry, as a path from its root: ['source', 'lang']. */
export type FieldPath = readonly PropertyKey[];

/** Whether a problem at `issue` makes the field at `field` unreadable: it lies inside it, or it is the field or one around it. */
export const spoils = (issue: FieldPath, field: FieldPath): boolean =>
  issue.length <= field.length ? issue.every((k, i) => k === field[i]) : field.every((k, i) => k === issue[i]);

/**
 * The `when` of an entry's rules across fields: they run even when some fields failed, each
 * rule asking `wellFormedFields` for the fields it reads. zod's default skips an object's
 * refinements after any failed field, so a deal's misspelt `status` hid that it has no target,
 * and errors came out one run at a time. zod still skips them after an issue raised with
 * `abort: true` (a text left empty, a day not written YYYY-MM-DD, an address that is none):
 * that message is then the one to act on.
 */
export const EVEN_WITH_FAILED_FIELDS: z.core.$ZodSuperRefineParams = { when: () => true };

/**
 * Whether fields are well-formed, by the issues found so far (call it first in the refinement,
 * before its rules add their own): no issue lies in, at or around any of them. An unknown
 * field (unrecognized_keys) spoils none of the known ones. An entry that is not a mapping at
 * all has an issue at its root, which spoils every field.
 */
export function wellFormedFields(ctx: { issues: readonly { code?: string | undefined; path?: PropertyKey[] | undefined }[] }) {
  const failed = ctx.issues.filter((issue) => issue.code !== 'unrecognized_keys').map((issue) => issue.path ?? []);
  return (...fields: FieldPath[]): boolean => !failed.some((issue) => fields.some((field) => spoils(issue, field)));
}
