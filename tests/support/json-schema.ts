// Validates data against a published JSON Schema the way a consumer would: Ajv's
// draft 2020-12 validator (the draft zod emits), strict, with the standard formats.
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export function jsonSchemaValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv;
}

/** Ajv's errors as "path: message" lines, for assertion messages. */
export const describeErrors = (errors: ErrorObject[] | null | undefined): string[] =>
  (errors ?? []).map((e) => `${e.instancePath || '(root)'}: ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
