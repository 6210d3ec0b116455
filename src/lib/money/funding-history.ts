import type { PartyRole } from '../../schemas/deal.ts';
import type { DealRole } from '../content/catalog.ts';

/** Deal kinds in which money moves from investors to a target. */
const MONEY_KINDS = new Set(['funding-round', 'stake-purchase', 'investment', 'investment-commitment', 'acquisition']);
const GIVING_ROLES: ReadonlySet<string> = new Set<PartyRole>(['lead', 'co-lead', 'participant', 'investor', 'acquirer']);

export interface FundingHistory {
  /** Money the entity received: deals in which it is the target. */
  received: DealRole[];
  /** Money the entity put in: deals in which it leads, joins or acquires. */
  made: DealRole[];
}

/** An entity's funding history from its deals (already grouped per entity in the catalog). */
export function fundingHistory(dealRoles: readonly DealRole[]): FundingHistory {
  const received: DealRole[] = [];
  const made: DealRole[] = [];
  for (const r of dealRoles) {
    if (!MONEY_KINDS.has(r.deal.data.kind)) continue;
    if (r.roles.includes('target')) received.push(r);
    if (r.roles.some((role) => GIVING_ROLES.has(role))) made.push(r);
  }
  return { received, made };
}
