/**
 * How a date or a stake is known, in one line for a tooltip: its note, then the
 * outside reference it rests on (if any).
 */
export function explainBasis(value: { note?: string | undefined; reference?: string | undefined }): string | undefined {
  const parts = [value.note, value.reference && `Source outside the corpus: ${value.reference}`].filter(Boolean);
  return parts.length ? parts.join(' ') : undefined;
}
