/**
 * Marks a value that has no digest: a view worked out on demand (a DerivedMap) holds only the
 * answers asked for so far, so reading it whole says nothing about what it would answer.
 */
export const NO_DIGEST = Symbol.for('dossier.no-digest');

const DATA_PROTOTYPES = new Set<unknown>([Object.prototype, null]);

/** A function from a value to the digest of its content (see createValueDigest). */
export type ValueDigest = (value: unknown) => string;

/**
 * A digest of a value's content, made with `hash` (a strong hash of a string, such as SHA-1):
 * equal for equal data, whatever object holds it. Objects are digested once each (a Merkle
 * digest of their fields' digests), so the many pages that show one brief hash it once per
 * build; values must not change once digested. Key order does not count; Map, Set and Date
 * are read as their entries and time. A value that cannot stand for data (a function, a
 * cycle, an instance of a class, a view marked NO_DIGEST) throws. A build's digesters share
 * one set of digests (buildValueDigest).
 */
export function createValueDigest(hash: (text: string) => string, digests = new WeakMap<object, string>()): ValueDigest {
  const digestOf = (value: unknown, open: Set<object>): string => {
    switch (typeof value) {
      case 'string':
        return value.length < 40 ? JSON.stringify(value) : hash(`s${value}`);
      case 'number':
        return Object.is(value, -0) ? '-0' : String(value);
      case 'boolean':
        return String(value);
      case 'bigint':
        return `${value}n`;
      case 'undefined':
        return 'u';
      case 'object':
        break;
      default:
        throw new TypeError(`a ${typeof value} is not data and cannot be digested`);
    }
    if (value === null) return 'n';
    const known = digests.get(value);
    if (known) return known;
    if (open.has(value)) throw new TypeError('a value that contains itself cannot be digested');
    open.add(value);
    let text: string;
    if ((value as { [NO_DIGEST]?: boolean })[NO_DIGEST]) throw new TypeError('a view worked out on demand has no digest: read it by key');
    if (value instanceof Date) text = `d${value.getTime()}`;
    else if (Array.isArray(value)) text = `a${value.map((v) => digestOf(v, open)).join(',')}`;
    else if (value instanceof Map) text = `m${[...value].map(([k, v]) => `${digestOf(k, open)}:${digestOf(v, open)}`).join(',')}`;
    else if (value instanceof Set) text = `t${[...value].map((v) => digestOf(v, open)).join(',')}`;
    else if (ArrayBuffer.isView(value)) text = `b${new Uint8Array(value.buffer, value.byteOffset, value.byteLength).join(',')}`;
    else if (!DATA_PROTOTYPES.has(Object.getPrototypeOf(value)))
      throw new TypeError(`a ${value.constructor?.name ?? 'class'} instance is not data and cannot be digested`);
    else {
      const fields: string[] = [];
      for (const key of Object.keys(value).sort()) {
        const field = (value as Record<string, unknown>)[key];
        if (field !== undefined) fields.push(`${JSON.stringify(key)}:${digestOf(field, open)}`);
      }
      text = `o${fields.join(',')}`;
    }
    open.delete(value);
    const digest = hash(text);
    digests.set(value, digest);
    return digest;
  };
  return (value) => digestOf(value, new Set());
}

/*
 * The page code (bundled by Vite) and the integrations (loaded by Node) hold two copies of
 * this module in one process. Both digest the build's values, and mostly the same briefs and
 * entities: the paths' cacheKeys digest their props (src/data/keyed-paths.ts), the page reuse
 * what each page read (src/integrations/page-reuse.ts). With one set of digests on
 * globalThis, started with each build, each value is hashed once.
 */
const BUILD_DIGESTS = Symbol.for('dossier.build-value-digests');
type DigestHolder = { [BUILD_DIGESTS]?: { digests: WeakMap<object, string>; hash?: (text: string) => string } };

/** Starts the running build's shared digests afresh: no digest outlives the build whose values it describes. */
export function startBuildDigests(): void {
  (globalThis as DigestHolder)[BUILD_DIGESTS] = { digests: new WeakMap() };
}

/**
 * A digester of the running build that shares its digests with every other: the hash is the
 * one the build's first digester was given, so shared digests are always made the same way.
 */
export function buildValueDigest(hash: (text: string) => string): ValueDigest {
  const shared = ((globalThis as DigestHolder)[BUILD_DIGESTS] ??= { digests: new WeakMap() });
  shared.hash ??= hash;
  return createValueDigest(shared.hash, shared.digests);
}

/**
 * Gives a value of the running build the digest its source already has, so that it is not
 * walked field by field: a content entry, whose stored digest (src/loaders/content-loaders.ts)
 * covers everything the entry holds. `digest` must change whenever the value's content does.
 * It is hashed as "k" and the digest, a text no digest made here starts from, so it stands
 * for nothing else.
 */
export function knownBuildDigest(value: object, digest: string, hash: (text: string) => string): void {
  const shared = ((globalThis as DigestHolder)[BUILD_DIGESTS] ??= { digests: new WeakMap() });
  shared.hash ??= hash;
  shared.digests.set(value, shared.hash(`k${digest}`));
}
