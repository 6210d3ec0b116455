/**
 * Orders strings the same way on every machine. A bare `localeCompare` follows the locale
 * of the process that builds (LANG): Estonian puts "z" before "t", Danish puts "aa" after
 * "z", so the same content built on two machines would list its entries in two orders.
 * English collation, as the site is written in English.
 */
export const compareText: (a: string, b: string) => number = new Intl.Collator('en').compare;

/**
 * Orders names as a reader expects in an A–Z list: digits compare as numbers, so
 * "Fund 2" comes before "Fund 10". Keys (ids, date keys) keep `compareText`.
 */
export const compareNames: (a: string, b: string) => number = new Intl.Collator('en', { numeric: true }).compare;
