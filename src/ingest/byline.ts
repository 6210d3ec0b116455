// Who wrote and published the article, where the page says so: a byline ("By …", "Автор: …",
// "记者 …", "(Reporter …)"), an author bio, the site's own domain, a copyright line.
import type { SourceLine } from './types.ts';

const BYLINE_CUES = ['by', 'posted by', 'written by', 'reporting by', 'text', 'von', 'par', 'por', 'oleh', 'penulis', 'pewarta', 'wartawan', 'reporter', 'автор', 'текст', 'корреспондент', '作者', '记者', '記者', '文', '编辑', 'بقلم', 'كتب', 'প্রতিবেদক', 'লেখক', 'संवाददाता', 'लेखक'];
const REPORTER_CUES = ['reporter', 'journalist', 'correspondent', 'wartawan', 'pewarta', 'корреспондент', 'журналист', 'reportero', 'periodista', 'journaliste', 'korrespondent', '记者', '記者', 'প্রতিবেদক'];

/** "by" → "[Bb]y": cue words match in either case, names must start with a capital. */
const anyCase = (cue: string) => cue.replace(/^\p{L}/u, (c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toUpperCase()}${c.toLowerCase()}]`));
const cues = (list: string[]) => list.map(anyCase).join('|');

const NAME = String.raw`(?:\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}|[\p{Script=Han}]{2,4}(?![\p{Script=Han}]))`;
const BYLINE_LINE = new RegExp(String.raw`^(?:${cues(BYLINE_CUES)})\s*[:：/]?\s*(${NAME})`, 'u');
const REPORTER_IN_TEXT = new RegExp(String.raw`(?:[(（]\s*|(?<![\p{L}]))(?:${cues(REPORTER_CUES)})\s*[:：]?\s*(${NAME})`, 'u');
const KOREAN_BYLINE = /([\p{Script=Hangul}]{2,4})\s*기자(?![\p{L}])/u;

function cleanName(name: string | undefined): string | undefined {
  const n = name?.trim().replace(/[.,;:)）]+$/u, '');
  return n && [...n].length >= 2 ? n : undefined;
}

/** A line that is only a byline ("By Jane Doe", "Автор: Иван Петров", "记者 陈梅"): its author. */
export function bylineLineAuthor(text: string): string | undefined {
  const t = text.trim();
  if (t.length > 80) return undefined;
  return cleanName(BYLINE_LINE.exec(t)?.[1]) ?? cleanName(KOREAN_BYLINE.exec(t)?.[1]);
}

/** A reporter named inside running text: "(Reporter Chen Mei)", "记者陈梅", "홍길동 기자". */
export function reporterInText(text: string): string | undefined {
  return cleanName(REPORTER_IN_TEXT.exec(text)?.[1]) ?? cleanName(KOREAN_BYLINE.exec(text)?.[1]);
}

/** Sites that carry articles but are not their outlet (sharing, app stores, aggregators). */
const PLATFORMS = /(^|\.)(google|whatsapp|facebook|twitter|x|t|telegram|instagram|youtube|youtu|linkedin|tiktok|weibo|wechat|qq|apple|play|bit|goo|reddit|vk|ok|line|naver|kakao|medium|wordpress|blogspot)\.[a-z.]+$/i;
const DOMAIN = /(?<![\p{L}\d@.-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:com|net|org|info|news|media|co|io|ai|tv|[a-z]{2})(?:\.[a-z]{2})?)(?![\p{L}\d-])/giu;

/** Domain names written in the text ("tosutekno.com", "cls.cn"), platforms excluded. */
export function domainsIn(text: string): string[] {
  return [...text.matchAll(DOMAIN)].map((m) => m[1]!.toLowerCase()).filter((d) => !PLATFORMS.test(d) && /[a-z]/.test(d.split('.')[0]!));
}

/**
 * The outlet: a domain or a "source:" label in the dateline line, else the domain the page names most often (in its
 * promotions, bio or copyright line), else the name after a copyright sign.
 */
const SOURCE_LABEL = /(?:^|\s)(?:来源|來源|出处|source|sumber|источник|quelle|fuente|fonte|kaynak|nguồn|출처|出典|المصدر|সূত্র|स्रोत)\s*[:：]\s*([^\s|·,，;；]{2,30}(?:\s[^\s|·,，;；]{1,30}){0,3})/iu;

export function findOutlet(datelineText: string | undefined, allLines: readonly SourceLine[]): string | undefined {
  const inDateline = datelineText ? domainsIn(datelineText) : [];
  if (inDateline.length) return inDateline[0];
  // "来源：财经日报", "Source: Example News" beside the date.
  const labelled = datelineText ? SOURCE_LABEL.exec(datelineText)?.[1]?.trim() : undefined;
  if (labelled) return labelled;
  const counts = new Map<string, number>();
  for (const { text } of allLines) for (const d of domainsIn(text)) counts.set(d, (counts.get(d) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (ranked[0] && ranked[0][1] >= 2) return ranked[0][0];
  for (const { text } of allLines) {
    const m = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*([\p{L}][\p{L}\p{M}\d .&'-]{1,40}?)(?:[.,|]|\s+all rights|\s+все права|$)/iu.exec(text);
    if (m?.[1]) return m[1].trim();
  }
  return ranked[0]?.[0];
}
