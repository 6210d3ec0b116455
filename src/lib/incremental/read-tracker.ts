import { isDerivedMap, type DerivedMap } from './derived-map.ts';

/**
 * What a page read of the catalog, recorded as it rendered, so that a later build can tell
 * whether the page would come out the same (src/integrations/page-reuse.ts).
 *
 * A read is a path of property names from the root, and for a map the key asked for:
 * "brief\u0001acme-ev" is `catalog.brief.get("acme-ev")`, "briefs" the whole list. Anything
 * but a keyed lookup (a list, a map's size or iteration, a number) is read whole. The values
 * met on the way are handed out as they are; their digest covers everything they hold.
 */
export type Read = string;

const KEY = '\u0001';

type Keyed = Map<unknown, unknown> | DerivedMap<unknown, unknown>;
const isKeyed = (value: unknown): value is Keyed => value instanceof Map || isDerivedMap(value);
/** A plain record of views (the catalog, its timeline, its graph): walked into, not read whole. */
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/**
 * `root` seen through a recorder: every read of it, at any depth of plain records and maps,
 * is reported to `record` before its value is returned.
 */
export function trackReads<T extends object>(root: T, record: (read: Read) => void): T {
  return recordProxy(root as Record<string, unknown>, '', record) as T;
}

function recordProxy(target: Record<string, unknown>, path: string, record: (read: Read) => void): object {
  const views = new Map<string, object>();
  return new Proxy(target, {
    get(object, property) {
      const value = Reflect.get(object, property);
      // `await` looks for a `then`; symbols are the language's own business.
      if (typeof property === 'symbol' || value === undefined) return value;
      const at = path ? `${path}.${property}` : property;
      if (isKeyed(value) || isRecord(value)) {
        let view = views.get(property);
        if (!view) views.set(property, (view = isKeyed(value) ? keyedProxy(value, at, record) : recordProxy(value, at, record)));
        return view;
      }
      record(at);
      return value;
    },
    set() {
      throw new TypeError('the catalog is read-only while a page renders');
    },
  });
}

function keyedProxy(target: Keyed, path: string, record: (read: Read) => void): object {
  return new Proxy(target, {
    get(map, property) {
      if (property === 'get' || property === 'has') {
        return (key: unknown) => {
          record(typeof key === 'string' ? `${path}${KEY}${key}` : path);
          return property === 'get' ? map.get(key) : map instanceof Map ? map.has(key) : map.get(key) !== undefined;
        };
      }
      record(path);
      const value = Reflect.get(map, property, map);
      return typeof value === 'function' ? value.bind(map) : value;
    },
  });
}

/** The value a read found, looked up again in `root` (another build's catalog). */
export function resolveRead(root: object, read: Read): unknown {
  const [path, key] = read.split(KEY) as [string, string | undefined];
  let value: unknown = root;
  for (const name of path.split('.')) {
    if (value === undefined || value === null) return undefined;
    value = (value as Record<string, unknown>)[name];
  }
  if (key === undefined) return value;
  return isKeyed(value) ? value.get(key) : undefined;
}
