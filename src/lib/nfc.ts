/**
 * `value` with every string (keys included) in Unicode NFC. Astro reads content
 * files itself, without the normalisation `npm run check` applies. Parts that are
 * already NFC, as nearly all content is, are returned as they are rather than
 * copied: the build holds every entry in memory, and a deep copy of ten thousand
 * briefs would double that for nothing.
 */
export function nfcDeep<T>(value: T): T {
  if (typeof value === 'string') {
    const nfc = value.normalize('NFC');
    return (nfc === value ? value : nfc) as T;
  }
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item, i) => {
      const nfc = nfcDeep(item);
      if (nfc !== item) (copy ??= [...value])[i] = nfc;
    });
    return (copy ?? value) as T;
  }
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value);
    const normalised = entries.map(([k, v]) => [k.normalize('NFC'), nfcDeep(v)] as const);
    const changed = normalised.some(([k, v], i) => k !== entries[i]![0] || v !== entries[i]![1]);
    return (changed ? Object.fromEntries(normalised) : value) as T;
  }
  return value;
}
