import type { z } from 'astro/zod';

/**
 * How we know a date or a stake:
 * - `stated`: the source article says it;
 * - `inferred`: we worked it out from the article (a `note` says how);
 * - `outside`: the article neither says nor implies it; it comes from elsewhere,
 *   and `reference` names where (publication, filing or URL). Kept apart from
 *   `inferred` so that outside knowledge is never passed off as the article's.
 */
export const BASES = ['stated', 'inferred', 'outside'] as const;
export type Basis = (typeof BASES)[number];

/** Reader-facing words for a basis ("Jan 2018, inferred", "5% stake, outside the corpus"). */
export const BASIS_LABELS: Record<Basis, string> = {
  stated: 'stated',
  inferred: 'inferred',
  outside: 'outside the corpus',
};

/** The rules that tie `basis` to `note` and `reference`; `what` names the value in messages ("date", "stake"). */
export function checkBasis(
  value: { basis: Basis; note?: string | undefined; reference?: string | undefined },
  ctx: z.core.$RefinementCtx,
  what: string,
): void {
  if (value.basis === 'inferred' && !value.note) {
    ctx.addIssue({ code: 'custom', path: ['note'], message: `an inferred ${what} needs a note saying how it was inferred` });
  }
  if (value.basis === 'outside' && !value.reference) {
    ctx.addIssue({
      code: 'custom',
      path: ['reference'],
      message: `a ${what} with basis "outside" needs reference: the publication, filing or URL it comes from`,
    });
  }
  if (value.basis !== 'outside' && value.reference) {
    ctx.addIssue({
      code: 'custom',
      path: ['reference'],
      message: `reference is only for basis "outside" (a ${what} the article neither states nor implies): set basis: outside, or move the reference into note`,
    });
  }
}
