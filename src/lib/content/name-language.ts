import type { Entity } from './entries.ts';

/**
 * The language an entity's name is written in, where its file says: an alias with the name's
 * own text names its language (docs/content-model.md). Undefined when none does; the first
 * when the name is listed under several tags (香港 as zh-Hant and zh-Hans).
 */
export function nameLanguage(entity: Entity): string | undefined {
  return entity.data.aliases.find((a) => a.name === entity.data.name)?.lang;
}
