// DOM for one search result, shared by the /search/ page and the header's live results,
// so both show the same type, title, source language, date and highlighted excerpt.
import type { SearchHit } from './search-client.ts';

export function hitMetaText(hit: SearchHit): string {
  return [hit.type, hit.language, hit.date].filter(Boolean).join(' · ');
}

/**
 * An excerpt with highlights that touch joined into one: Pagefind marks each indexed word, and a
 * word of an unspaced script (Chinese, Japanese, Thai) is often several, so "小鹏汽车" came as
 * "<mark>小</mark><mark>鹏汽车</mark>", a gap inside one word.
 */
export function joinedMarks(excerpt: string): string {
  return excerpt.replaceAll('</mark><mark>', '');
}

const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/gu;

/**
 * "rtl" when most of an excerpt's letters are in a right-to-left script (a source-language summary
 * in Arabic), so its punctuation sits at its end; a right-to-left name opening English text
 * leaves it left to right, as the browser's own "auto" (the first letter's direction) would not.
 */
export function excerptDirection(text: string): 'rtl' | 'ltr' {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return (text.match(RIGHT_TO_LEFT)?.length ?? 0) * 2 > letters ? 'rtl' : 'ltr';
}

/** A result as a link; `headingTag` is null where a heading would break the outline (the header popup). */
export function renderHit(hit: SearchHit, headingTag: 'h2' | null, className: string): HTMLLIElement {
  const li = document.createElement('li');
  li.className = className;
  const a = document.createElement('a');
  a.href = hit.url;
  a.textContent = hit.title;
  const title = headingTag ? document.createElement(headingTag) : document.createElement('span');
  title.className = 'hit-title';
  title.append(a);
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = hitMetaText(hit);
  li.append(title, meta);
  if (hit.via) {
    const via = document.createElement('p');
    via.className = 'via';
    via.textContent = hit.via;
    li.append(via);
  }
  if (hit.excerpt) {
    const excerpt = document.createElement('p');
    excerpt.className = 'excerpt';
    excerpt.innerHTML = joinedMarks(hit.excerpt); // escaped text: Pagefind's adds only <mark>
    if (excerptDirection(excerpt.textContent ?? '') === 'rtl') excerpt.dir = 'rtl';
    li.append(excerpt);
  }
  return li;
}
