/**
 * A copy of `value` with every string (keys included) in Unicode NFC. Astro reads
 * content files itself, without the normalisation `npm run check` applies.
 */
export function nfcDeep<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(nfcDeep) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.normalize('NFC'), nfcDeep(v)])) as T;
  }
  return value;
}
