// ISO 4217 codes the runtime knows (the same source the currency schema validates against).
const CODES = new Set(Intl.supportedValuesOf('currency'));

export function isCurrencyCode(code: string): boolean {
  return CODES.has(code);
}
