const NUMBER = new Intl.NumberFormat('en');
const PLURAL = new Intl.PluralRules('en');

/** A count as the site writes it: "1,074". */
export function formatCount(n: number): string {
  return NUMBER.format(n);
}

/** A count and its noun, singular or plural by Intl's rules: "1 brief", "1,074 briefs". */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${PLURAL.select(n) === 'one' ? one : many}`;
}
