import type { z } from 'astro/zod';
import { formatFieldPath } from './issue.ts';
import { nearestWithin } from '../lib/text/nearest.ts';
import { dayProblem } from '../schemas/partial-date.ts';

/** One schema problem, worded for an editor: field path, message, bad value and fix. */
export interface FieldProblem {
  path: PropertyKey[];
  field: string;
  value: unknown;
  message: string;
  fix?: string | undefined;
}

interface ZodInternals {
  _zod: { def: { type: string; shape?: Record<string, unknown>; innerType?: unknown; element?: unknown; out?: unknown } };
}

/**
 * The field names an object schema accepts at `path` (through arrays, optional,
 * default and preprocess wrappers), to suggest the nearest one for a misspelt key.
 * zod's own issue for an unknown key does not list the known ones.
 */
export function knownKeys(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): string[] {
  let node = schema as unknown as ZodInternals;
  let i = 0;
  for (let guard = 0; guard < 64; guard++) {
    const def = node._zod.def;
    if (['optional', 'default', 'nullable', 'prefault', 'readonly', 'catch'].includes(def.type)) node = def.innerType as ZodInternals;
    else if (def.type === 'pipe') node = def.out as ZodInternals;
    else if (i >= path.length) return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
    else if (def.type === 'array' && typeof path[i] === 'number') {
      node = def.element as ZodInternals;
      i++;
    } else if (def.type === 'object' && def.shape && typeof path[i] === 'string' && (path[i] as string) in def.shape) {
      node = def.shape[path[i] as string] as ZodInternals;
      i++;
    } else return [];
  }
  return [];
}

function valueAt(raw: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), raw);
}

function typeName(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `a ${typeof value}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ")',
  object: 'a mapping of field: value pairs',
};

function fixForUnknownKey(key: string, known: string[]): string {
  if (!known.length) return 'remove it';
  const nearest = nearestWithin(key, known);
  return `${nearest ? `did you mean "${nearest}"?` : 'remove it or correct its spelling'} (fields here: ${known.join(', ')})`;
}

/** Turns zod's issues into editor-facing problems, one per bad field (one per unknown key). */
export function fieldProblems(schema: z.ZodType, raw: unknown, issues: ReadonlyArray<z.core.$ZodIssue>): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const issue of issues) {
    const path = issue.path;
    const value = valueAt(raw, path);
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, path).filter((k) => !issue.keys.includes(k));
      for (const key of issue.keys) {
        const keyPath = [...path, key];
        out.push({
          path: keyPath,
          field: formatFieldPath(keyPath),
          value: valueAt(raw, keyPath),
          message: `unknown field "${key}"`,
          fix: fixForUnknownKey(key, known),
        });
      }
      continue;
    }
    const field = formatFieldPath(path) || '(entry)';
    // A message written in src/schemas/ already says what to do; zod's generic ones do not.
    const generic = issue.message.startsWith('Invalid input') || issue.message.startsWith('Invalid option');
    if (generic && value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
      const name = String(path.at(-1) ?? 'field');
      const wanted =
        issue.code === 'invalid_value' ? `one of: ${issue.values.map(String).join(', ')}` : (EXPECTED[issue.expected] ?? issue.expected);
      out.push({ path, field, value, message: `required field "${name}" is missing`, fix: `add ${name}: (${wanted})` });
      continue;
    }
    if (issue.code === 'invalid_type' && generic) {
      // zod says "received NaN"; the editor wrote YAML, so name what they wrote.
      out.push({
        path,
        field,
        value,
        message: `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${typeName(value)}`,
        fix: typeFix(issue.expected, value, path.at(-1)),
      });
      continue;
    }
    if (issue.code === 'invalid_value' && issue.values.length > 1) {
      const options = issue.values.map(String);
      const nearest = typeof value === 'string' ? nearestWithin(value, options) : undefined;
      out.push({
        path,
        field,
        value,
        message: `not one of the allowed values: ${options.join(', ')}`,
        fix: nearest ? `did you mean "${nearest}"?` : 'write one of those values, spelt as listed',
      });
      continue;
    }
    const reworded = defaultMessage(issue, value);
    out.push({
      path,
      field,
      value,
      message: reworded?.message ?? issue.message,
      fix: reworded?.fix ?? schemaFix(issue, value) ?? (isEmptyText(issue) ? EMPTY_FIX : undefined),
    });
  }
  return out;
}

/**
 * What to write when a field holds the wrong kind of value, from what YAML made of it: a bare
 * number or true/false where text belongs needs quotes, and so does text with ": " in it, which
 * YAML made a one-key mapping; a value on one line where a list belongs goes on a line of its own
 * after "- ".
 */
function typeFix(expected: string, value: unknown, key: PropertyKey | undefined): string {
  // The line as the editor writes it: "round: …", or "- …" for an item of a list.
  const lead = typeof key === 'number' ? '- ' : `${String(key ?? 'field')}: `;
  const under = typeof key === 'number' ? 'under the list item' : `under "${String(key ?? 'field')}:"`;
  if (value === null)
    return typeof key === 'number'
      ? 'write a value after "- ", or remove the line'
      : `write a value after "${lead.trim()}", or remove the line`;
  switch (expected) {
    case 'string': {
      if (typeof value === 'number' || typeof value === 'boolean')
        return `put the value in quotes, so that it is read as text: ${lead}"${String(value)}"`;
      const colonText = textWithColon(value);
      return colonText !== undefined
        ? `put the value in quotes, so that its ": " is read as text: ${lead}${JSON.stringify(colonText)}`
        : `write the value as text on the same line: ${lead}…`;
    }
    case 'number':
      return typeof value === 'string'
        ? 'write the number in digits, without quotes, units or separators (e.g. 2200000000)'
        : 'write the number in digits (e.g. 2200000000)';
    case 'boolean':
      return 'write true or false, without quotes';
    case 'array':
      return `write each item on its own line ${under}, starting with "- "`;
    case 'object':
      return `write the field: value lines indented ${under} (docs/content-model.md shows each field)`;
    default:
      return 'correct the value (docs/content-model.md describes each field)';
  }
}

/**
 * The text an editor wrote when YAML made a one-key mapping of it: an unquoted
 * "- Round size: EUR 120 million" is { "Round size": "EUR 120 million" }. Undefined for
 * anything else.
 */
function textWithColon(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  if (entries.length !== 1) return undefined;
  const [key, rest] = entries[0]!;
  if (rest === null) return `${key}:`;
  return ['string', 'number', 'boolean'].includes(typeof rest) ? `${key}: ${String(rest)}` : undefined;
}

/**
 * A fix the schema gives with its own message: `params.fix` of a custom issue, or the
 * fix for a YYYY-MM-DD date (zod's date format check carries no params).
 */
function schemaFix(issue: z.core.$ZodIssue, value: unknown): string | undefined {
  if (issue.code === 'custom' && typeof issue.params?.fix === 'string') return issue.params.fix;
  if (issue.code === 'invalid_format' && issue.format === 'date') return dayProblem(value).fix;
  return undefined;
}

const EMPTY_FIX = 'write the text (a blank value is not allowed)';
/** A text field left empty or blank (.trim().min(1)), whatever message the schema gave. */
const isEmptyText = (issue: z.core.$ZodIssue): boolean =>
  issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) <= 1;

/** zod's own wording ("Too big: expected number to be <=100"), which names no fix. */
const ZOD_DEFAULT = /^(Too big|Too small|Invalid|Number must|String must)\b/;

/**
 * An editor's message and fix for an issue zod worded itself; undefined when a
 * schema in src/schemas/ wrote the message (those say what to do already).
 */
export function defaultMessage(issue: z.core.$ZodIssue, value: unknown): { message: string; fix: string } | undefined {
  if (!ZOD_DEFAULT.test(issue.message)) return undefined;
  switch (issue.code) {
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const limit = Number(big ? issue.maximum : issue.minimum);
      const inclusive = issue.inclusive !== false;
      const bound = `${big ? (inclusive ? 'at most' : 'less than') : inclusive ? 'at least' : 'more than'} ${limit}`;
      if (issue.origin === 'string') {
        if (!big && limit <= 1) return { message: 'is empty', fix: EMPTY_FIX };
        return { message: `must be ${bound} characters long`, fix: big ? 'shorten it' : 'write it out in full' };
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return { message: `must have ${bound} items`, fix: big ? 'remove items' : 'add items, or remove the field' };
      }
      return { message: `must be ${bound}`, fix: `write a number ${bound}` };
    }
    case 'invalid_format':
      return {
        message: `is not in the expected format${issue.format === 'regex' ? '' : ` (${issue.format})`}`,
        fix: 'correct the value (docs/content-model.md describes each field)',
      };
    case 'not_multiple_of':
      return { message: `must be a multiple of ${String(issue.divisor)}`, fix: `round it to a multiple of ${String(issue.divisor)}` };
    default:
      return { message: `is not valid (got ${typeName(value)})`, fix: 'correct the value (docs/content-model.md describes each field)' };
  }
}
