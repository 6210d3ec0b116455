import { z } from 'astro/zod';
import { text } from './text.ts';
import { briefId, entityId, idList } from './ids.ts';
import { reportedAmount } from './money.ts';
import { BASES, checkBasis } from './basis.ts';
import { partialDate } from './partial-date.ts';
import { EVEN_WITH_FAILED_FIELDS, wellFormedFields } from './well-formed.ts';

export const DEAL_KINDS = [
  'funding-round',
  'stake-purchase',
  'investment',
  'investment-commitment',
  'fund-launch',
  'partnership',
  'joint-venture',
  'licence',
  'acquisition',
] as const;

export const PARTY_ROLES = [
  'lead',
  'co-lead',
  'participant',
  'investor',
  'target',
  'partner',
  'manager',
  'sponsor',
  'licensee',
  'issuer',
  'acquirer',
  'seller',
] as const;

// `under-way`: begun but not finished as of the source (a plant being built, a round still raising).
export const DEAL_STATUSES = ['rumoured', 'in-talks', 'announced', 'planned', 'under-way', 'completed', 'abandoned'] as const;

export type DealKind = (typeof DEAL_KINDS)[number];
export type PartyRole = (typeof PARTY_ROLES)[number];

const INVESTOR_ROLES: ReadonlySet<PartyRole> = new Set(['lead', 'co-lead', 'participant', 'investor']);

/** Which roles a deal of each kind cannot do without, and how to say so. */
const REQUIRED_ROLES: Partial<Record<DealKind, { test: (roles: PartyRole[]) => boolean; message: string }>> = {
  'funding-round': {
    test: (r) => r.includes('target') && r.some((x) => INVESTOR_ROLES.has(x)),
    message: 'a funding round needs a party with role "target" and at least one investor (lead, co-lead, participant or investor)',
  },
  'stake-purchase': {
    test: (r) => r.includes('target') && r.some((x) => INVESTOR_ROLES.has(x) || x === 'acquirer'),
    message: 'a stake purchase needs a "target" and a buyer (investor or acquirer)',
  },
  investment: {
    test: (r) => r.includes('target') && r.some((x) => INVESTOR_ROLES.has(x)),
    message: 'an investment needs a "target" and at least one investor',
  },
  'investment-commitment': {
    test: (r) => r.includes('target') && r.some((x) => INVESTOR_ROLES.has(x)),
    message: 'an investment commitment needs a "target" and an investor',
  },
  'fund-launch': {
    test: (r) => r.includes('manager') || r.includes('sponsor'),
    message: 'a fund launch needs a "manager" or "sponsor"',
  },
  partnership: {
    test: (r) => r.filter((x) => x === 'partner').length >= 2,
    message: 'a partnership needs at least two parties with role "partner"',
  },
  'joint-venture': {
    test: (r) => r.filter((x) => x === 'partner').length >= 2,
    message: 'a joint venture needs at least two parties with role "partner"',
  },
  licence: {
    test: (r) => r.includes('licensee'),
    message: 'a licence needs a party with role "licensee"',
  },
  acquisition: {
    test: (r) => r.includes('acquirer') && r.includes('target'),
    message: 'an acquisition needs an "acquirer" and a "target"',
  },
};

/** Digits after the point a stake may have: within them, a percent is written without an exponent. */
const STAKE_DECIMALS = 6;

export const dealParty = z.strictObject({
  entity: entityId,
  role: z.enum(PARTY_ROLES),
  note: text.optional(),
});

export const dealSchema = z
  .strictObject({
    title: z.string().trim().min(1),
    kind: z.enum(DEAL_KINDS),
    date: partialDate.optional().describe('omit only when no source dates the deal'),
    parties: z.array(dealParty).min(1, 'a deal needs at least one party'),
    amount: reportedAmount.optional(),
    round: text.optional(),
    stake: z
      .strictObject({
        percent: z
          .number()
          .gt(0, 'a stake is more than 0 percent: write the percent bought, e.g. 12.5')
          .lte(100, 'a stake is at most 100 percent: write the percent bought, e.g. 12.5')
          // Pages write the number as it stands: 0.0000001 would read "1e-7% stake".
          .refine((percent) => Number(percent.toFixed(STAKE_DECIMALS)) === percent, {
            error: `a stake has at most ${STAKE_DECIMALS} decimals: round it, e.g. 12.5 or 0.000125`,
          }),
        basis: z.enum(BASES),
        note: text.optional(),
        reference: text.optional().describe('with basis "outside" only: the publication, filing or URL the percentage comes from'),
      })
      .superRefine((stake, ctx) => checkBasis(stake, ctx, 'stake'))
      .optional(),
    status: z.enum(DEAL_STATUSES),
    briefs: idList(briefId).min(1, 'a deal must cite at least one brief it comes from'),
    caveats: z.array(text).default([]),
    note: text.optional(),
  })
  // Each rule runs when the fields it reads are well-formed: a misspelt status does not hide a missing target.
  .superRefine((deal, ctx) => {
    const wellFormed = wellFormedFields(ctx);
    if (!wellFormed(['parties'])) return;
    const rule = wellFormed(['kind']) ? REQUIRED_ROLES[deal.kind] : undefined;
    if (rule && !rule.test(deal.parties.map((p) => p.role))) {
      ctx.addIssue({ code: 'custom', path: ['parties'], message: rule.message });
    }
    const seen = new Set<string>();
    deal.parties.forEach((party, i) => {
      const key = `${party.entity}/${party.role}`;
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', path: ['parties', i], message: `"${party.entity}" is listed twice as "${party.role}"` });
      }
      seen.add(key);
    });
    // Money goes from the investors to the target: an entity that puts money into its own
    // business does so into a part of it, which is the target (xiaomi into xiaomi-ev).
    const targets = new Set(deal.parties.filter((p) => p.role === 'target').map((p) => p.entity));
    deal.parties.forEach((party, i) => {
      if (INVESTOR_ROLES.has(party.role) && targets.has(party.entity)) {
        ctx.addIssue({
          code: 'custom',
          path: ['parties', i],
          message: `"${party.entity}" is the target of this deal, and cannot also be its ${party.role}: an entity does not invest in itself`,
          params: {
            fix: 'correct the party; if the money goes into a part of the entity (a unit or a subsidiary), make that part the target',
          },
        });
      }
    });
  }, EVEN_WITH_FAILED_FIELDS);

export type DealData = z.infer<typeof dealSchema>;
