/**
 * Folds Unicode form, width, case and spacing, so "XPeng" and "Ｘpeng  " compare equal; accents are
 * kept ("Renée" is not "Renee"). The key for alias identity and exact-name ranking; quick search's
 * `foldCaseAndAccents` also drops accents.
 */
export function foldCase(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('und').replace(/\s+/g, ' ').trim();
}
