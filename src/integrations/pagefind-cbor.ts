// The part of CBOR (RFC 8949) that Pagefind's index files use: integers, text strings and
// arrays of definite length, as Pagefind's encoder (minicbor) writes them. Written here rather
// than taken from cbor2 because an index at 10k briefs holds millions of small integers, which
// this encodes into one growing buffer without an object per value, and because any other
// kind of item in a file means Pagefind's format changed, which must stop the build.

/** A value of that subset: an integer, a text string, or an array of them. */
export type PagefindValue = number | string | PagefindValue[];

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

const UNSIGNED = 0;
const NEGATIVE = 1;
const TEXT = 3;
const ARRAY = 4;

/**
 * Writes CBOR into one growing buffer: heads in their shortest form (as minicbor writes
 * them), text, and bytes already encoded (a list or number copied from another file).
 */
export class CborWriter {
  #bytes: Uint8Array;
  #length = 0;
  constructor(capacity = 1 << 16) {
    this.#bytes = new Uint8Array(capacity);
  }

  get length(): number {
    return this.#length;
  }
  #room(more: number) {
    if (this.#length + more <= this.#bytes.length) return;
    const grown = new Uint8Array(Math.max(this.#bytes.length * 2, this.#length + more));
    grown.set(this.#bytes.subarray(0, this.#length));
    this.#bytes = grown;
  }
  head(major: number, argument: number): void {
    if (this.#length + 9 > this.#bytes.length) this.#room(9);
    const bytes = this.#bytes;
    const type = major << 5;
    if (argument < 24) bytes[this.#length++] = type | argument;
    else if (argument < 0x100) {
      bytes[this.#length++] = type | 24;
      bytes[this.#length++] = argument;
    } else if (argument < 0x10000) {
      bytes[this.#length++] = type | 25;
      bytes[this.#length++] = argument >>> 8;
      bytes[this.#length++] = argument & 0xff;
    } else if (argument < 0x100000000) {
      bytes[this.#length++] = type | 26;
      bytes[this.#length++] = argument >>> 24;
      bytes[this.#length++] = (argument >>> 16) & 0xff;
      bytes[this.#length++] = (argument >>> 8) & 0xff;
      bytes[this.#length++] = argument & 0xff;
    } else throw new RangeError(`${argument} is beyond the integers a Pagefind index holds`);
  }
  integer(n: number): void {
    if (!Number.isInteger(n)) throw new TypeError(`${n} is not an integer; a Pagefind index holds only integers`);
    if (n >= 0) this.head(UNSIGNED, n);
    else this.head(NEGATIVE, -1 - n);
  }
  array(length: number): void {
    this.head(ARRAY, length);
  }
  text(text: string): void {
    // At most three bytes of UTF-8 per UTF-16 unit; encoded past a head of the longest
    // size, then moved back once its length, and so the head's size, is known.
    this.#room(9 + text.length * 3);
    const start = this.#length;
    const written = encoder.encodeInto(text, this.#bytes.subarray(start + 9)).written;
    this.head(TEXT, written);
    this.#bytes.copyWithin(this.#length, start + 9, start + 9 + written);
    this.#length += written;
  }
  raw(bytes: Uint8Array): void {
    this.copy(bytes, 0, bytes.length);
  }
  /** Copies what another writer holds. */
  append(other: CborWriter): void {
    this.copy(other.#bytes, 0, other.#length);
  }
  /** Copies source[from, to): byte by byte when short, which is most places of a word chunk. */
  copy(source: Uint8Array, from: number, to: number): void {
    const n = to - from;
    this.#room(n);
    const bytes = this.#bytes;
    if (n < 64) {
      let at = this.#length;
      for (let i = from; i < to; i++) bytes[at++] = source[i]!;
    } else bytes.set(source.subarray(from, to), this.#length);
    this.#length += n;
  }
  value(item: PagefindValue): void {
    if (typeof item === 'number') this.integer(item);
    else if (typeof item === 'string') this.text(item);
    else {
      this.array(item.length);
      for (const element of item) this.value(element);
    }
  }
  /** The bytes written since `from`, copied. */
  bytes(from = 0): Uint8Array {
    return this.#bytes.slice(from, this.#length);
  }
  /** Forgets what was written after `length`. */
  truncate(length: number): void {
    this.#length = length;
  }
}

/** Encodes a value as CBOR, each head in its shortest form, as minicbor does. */
export function encodePagefindValue(value: PagefindValue): Uint8Array {
  const writer = new CborWriter();
  writer.value(value);
  return writer.bytes();
}

/**
 * Reads CBOR of that subset item by item, without building values: for files too large to
 * decode whole (a word chunk holds a list of numbers per word and page).
 */
export class CborCursor {
  at = 0;
  readonly #bytes: Uint8Array;
  constructor(bytes: Uint8Array, at = 0) {
    this.#bytes = bytes;
    this.at = at;
  }
  get bytes(): Uint8Array {
    return this.#bytes;
  }
  /** The major type of the head `head` last read. */
  major = 0;
  /** Reads the next head: sets `major`, returns its argument (no object per head: a chunk has millions). */
  head(): number {
    const bytes = this.#bytes;
    if (this.at >= bytes.length) throw new Error('the CBOR item ends early');
    const initial = bytes[this.at++]!;
    this.major = initial >> 5;
    const info = initial & 0x1f;
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (!size || this.at + size > bytes.length) throw new Error(`unexpected CBOR head at byte ${this.at - 1}`);
    let argument = 0;
    for (let i = 0; i < size; i++) argument = argument * 256 + bytes[this.at++]!;
    if (!Number.isSafeInteger(argument)) throw new Error(`an integer too large at byte ${this.at - size - 1}`);
    return argument;
  }
  #expect(major: number, what: string): number {
    const argument = this.head();
    if (this.major !== major) throw new Error(`expected ${what} at byte ${this.at - 1}, found major type ${this.major}`);
    return argument;
  }
  array(): number {
    return this.#expect(ARRAY, 'a list');
  }
  integer(): number {
    // Most integers of an index are below 24: their head is the whole item.
    const initial = this.#bytes[this.at];
    if (initial !== undefined && initial < 24) {
      this.at++;
      this.major = UNSIGNED;
      return initial;
    }
    const argument = this.head();
    if (this.major === UNSIGNED) return argument;
    if (this.major === NEGATIVE) return -1 - argument;
    throw new Error(`expected an integer before byte ${this.at}, found major type ${this.major}`);
  }
  text(): string {
    const length = this.#expect(TEXT, 'text');
    if (this.at + length > this.#bytes.length) throw new Error('a CBOR text string ends early');
    const text = decoder.decode(this.#bytes.subarray(this.at, this.at + length));
    this.at += length;
    return text;
  }
  /** Steps over a list of integers; returns how many it held. */
  skipIntegers(): number {
    const length = this.array();
    const bytes = this.#bytes;
    for (let i = 0; i < length; i++) {
      const initial = bytes[this.at]!;
      // One byte for most: a small integer, or a small field switch.
      if (initial < 0x18 || (initial >= 0x20 && initial < 0x38)) this.at++;
      else this.integer();
    }
    if (this.at > bytes.length) throw new Error('the CBOR item ends early');
    return length;
  }
  /** Steps over any one item. */
  skip(): void {
    const argument = this.head();
    const major = this.major;
    if (major === TEXT) this.at += argument;
    else if (major === ARRAY) for (let i = 0; i < argument; i++) this.skip();
    else if (major !== UNSIGNED && major !== NEGATIVE)
      throw new Error(`a CBOR item of major type ${major} at byte ${this.at - 1}, which a Pagefind index does not hold`);
  }
}

/** Decodes a CBOR item of that subset; throws, naming the byte, on anything else. */
export function decodePagefindValue(bytes: Uint8Array): PagefindValue {
  let at = 0;
  const argument = (info: number): number => {
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (!size || at + size > bytes.length) throw new Error(`unexpected CBOR head at byte ${at - 1}`);
    let n = 0;
    for (let i = 0; i < size; i++) n = n * 256 + bytes[at++]!;
    if (!Number.isSafeInteger(n)) throw new Error(`an integer too large at byte ${at - size - 1}`);
    return n;
  };
  const read = (): PagefindValue => {
    if (at >= bytes.length) throw new Error('the CBOR item ends early');
    const initial = bytes[at++]!;
    const major = initial >> 5;
    const n = argument(initial & 0x1f);
    if (major === UNSIGNED) return n;
    if (major === NEGATIVE) return -1 - n;
    if (major === TEXT) {
      if (at + n > bytes.length) throw new Error('a CBOR text string ends early');
      const text = decoder.decode(bytes.subarray(at, at + n));
      at += n;
      return text;
    }
    if (major === ARRAY) {
      const items: PagefindValue[] = new Array(n);
      for (let i = 0; i < n; i++) items[i] = read();
      return items;
    }
    throw new Error(`a CBOR item of major type ${major} at byte ${at - 1}, which a Pagefind index does not hold`);
  };
  const value = read();
  if (at !== bytes.length) throw new Error(`${bytes.length - at} bytes after the CBOR item`);
  return value;
}
