/**
 * Characters no editor types on purpose and ingested text may smuggle in:
 * control characters (other than tab and line feed), which can hide text or
 * break output, and the bidirectional embedding and override marks, which
 * reorder what a reader sees ("Trojan Source"). Bidi isolates (U+2066-2069)
 * stay allowed: right-to-left prose uses them legitimately.
 */
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/;

const NAMES: Record<number, string> = {
  0x00: 'a NUL character',
  0x1b: 'an escape character',
  0x7f: 'a delete character',
  0x202a: 'a left-to-right embedding mark',
  0x202b: 'a right-to-left embedding mark',
  0x202c: 'a pop-directional-formatting mark',
  0x202d: 'a left-to-right override mark',
  0x202e: 'a right-to-left override mark',
};

export interface UnsafeCharacter {
  name: string;
  /** "U+202E" */
  codePoint: string;
  /** 1-based line and column of the first one in the text. */
  line: number;
  column: number;
}

/** The first unsafe character in `text`, located, or undefined. */
export function unsafeCharacter(text: string): UnsafeCharacter | undefined {
  const m = UNSAFE.exec(text);
  if (!m) return undefined;
  const code = m[0].charCodeAt(0);
  const before = text.slice(0, m.index);
  const lineStart = before.lastIndexOf('\n') + 1;
  return {
    name: NAMES[code] ?? 'a control character',
    codePoint: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`,
    line: before.split('\n').length,
    column: m.index - lineStart + 1,
  };
}
