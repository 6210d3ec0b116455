import type { z } from 'astro/zod';
import { spoils, type FieldPath } from '../schemas/well-formed.ts';

/**
 * An entry's data as the rules across entries read it: that of a valid entry, or the
 * well-formed parts of one that failed its schema. Any field may be absent, and a list item
 * that failed is undefined, so every other item keeps its index (and its field path).
 */
export type WellFormed<T> = { [K in keyof T]?: T[K] extends readonly (infer I)[] ? (I | undefined)[] : T[K] };

/** The well-formed parts of an entry that failed its schema, and which of its fields failed. */
export interface WellFormedParts {
  data: Record<string, unknown>;
  /** Top-level fields with an issue in, at or around them: absent from `data`, or a list with failed items. */
  failedFields: string[];
}

interface ZodInternals {
  _zod: {
    def: { type: string; shape?: Record<string, ZodInternals>; innerType?: ZodInternals; element?: ZodInternals; out?: ZodInternals };
  };
}

/** The schema under optional, default and preprocess wrappers. */
function unwrap(schema: ZodInternals): ZodInternals {
  let node = schema;
  for (let guard = 0; guard < 16; guard++) {
    const def = node._zod.def;
    if (['optional', 'default', 'nullable', 'prefault', 'readonly', 'catch'].includes(def.type) && def.innerType) node = def.innerType;
    else if (def.type === 'pipe' && def.out) node = def.out;
    else break;
  }
  return node;
}

const parse = (schema: ZodInternals, value: unknown) => (schema as unknown as z.ZodType).safeParse(value);

/**
 * The parts of `raw` that are well-formed by `schema` (an object schema) although the whole
 * failed it, by the paths of its issues: each top-level field no issue lies in, at or around,
 * parsed by its own schema (so defaults apply); and of a list whose issues all lie in some of
 * its items, every other item, parsed by the item schema. Rules that read a few fields can then
 * run on a file whose other fields fail, so one run reports both.
 */
export function wellFormedData(schema: z.ZodType, raw: unknown, issuePaths: ReadonlyArray<FieldPath>): WellFormedParts | undefined {
  const shape = unwrap(schema as unknown as ZodInternals)._zod.def.shape;
  if (!shape || !raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  // An issue about the whole entry says nothing about its fields (as in wellFormedReferences).
  const bad = issuePaths.filter((path) => path.length > 0);
  const input = raw as Record<string, unknown>;
  const data: Record<string, unknown> = {};
  const failedFields: string[] = [];
  for (const [key, fieldSchema] of Object.entries(shape)) {
    const inField = bad.filter((path) => spoils(path, [key]));
    if (!inField.length) {
      const parsed = parse(fieldSchema, input[key]);
      if (parsed.success && parsed.data !== undefined) data[key] = parsed.data;
      continue;
    }
    failedFields.push(key);
    const list = unwrap(fieldSchema);
    const items = input[key];
    // An issue about the list as a whole (not a list, too short) leaves none of it.
    if (list._zod.def.type !== 'array' || !list._zod.def.element || !Array.isArray(items) || inField.some((p) => p.length < 2)) continue;
    const element = list._zod.def.element;
    data[key] = items.map((item, i) => {
      if (inField.some((path) => path[1] === i)) return undefined;
      const parsed = parse(element, item);
      return parsed.success ? parsed.data : undefined;
    });
  }
  return { data, failedFields };
}

/** Each item of a list that is well-formed, with its index in the file. */
export const present = <T>(list: readonly (T | undefined)[] | undefined): [number, T][] =>
  (list ?? []).flatMap((item, i): [number, T][] => (item === undefined ? [] : [[i, item]]));
