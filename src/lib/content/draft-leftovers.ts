/**
 * What ingest writes into a draft's body for the editor to replace (src/ingest/draft-writer.ts),
 * and the check that none of it reaches a published brief (src/check/read-content.ts): a to-do
 * note, or the cleaned source article, whose words are the corpus's and not the brief's.
 */
export const TODO_MARK = 'TODO:';
export const ARTICLE_HEADING = 'Article text (cleaned by ingest; delete before publishing)';

export interface DraftLeftover {
  /** Line of the body, from 1. */
  line: number;
  kind: 'todo' | 'article';
}

// A note may sit in a list item or a quote; the heading at any level.
const TODO_LINE = /^\s*(?:(?:[-*+>]|\d+[.)])\s+)*TODO:/u;
const HEADING_TEXT = ARTICLE_HEADING.slice(0, ARTICLE_HEADING.indexOf(' ('));
const ARTICLE_LINE = new RegExp(`^\\s{0,3}#{1,6}\\s+${HEADING_TEXT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u');

/** A fence's opening or closing line: three or more backticks or tildes. */
const FENCE = /^\s{0,3}(`{3,}|~{3,})/u;

/** The first line of each kind of leftover in a brief's body. A note inside a code block is code, not a note. */
export function draftLeftovers(body: string): DraftLeftover[] {
  const found = new Map<DraftLeftover['kind'], number>();
  let fence: string | undefined;
  body.split(/\r?\n/u).forEach((text, i) => {
    const marker = FENCE.exec(text)?.[1];
    if (marker && (fence === undefined || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence === undefined ? marker : undefined;
      return;
    }
    if (fence === undefined && !found.has('todo') && TODO_LINE.test(text)) found.set('todo', i + 1);
    if (!found.has('article') && ARTICLE_LINE.test(text)) found.set('article', i + 1);
  });
  return [...found].map(([kind, line]) => ({ kind, line })).sort((a, b) => a.line - b.line);
}
