// One more brief for a built site: a generated brief copied under a new title and dates, as the
// bench and the incremental-build test publish one. Plain text edits of the generated front matter.

/** `day` (YYYY-MM-DD) moved by `days`. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The latest `published:` date (YYYY-MM-DD) among brief texts. */
export function latestPublished(briefs: Iterable<string>): string {
  let latest = '';
  for (const text of briefs) {
    const published = /^published: (\d{4}-\d{2}-\d{2})$/m.exec(text)?.[1] ?? '';
    if (published > latest) latest = published;
  }
  return latest;
}

/**
 * `model` (a generated brief's text) with another title, publication date and article date (the
 * `date:` of its `source:` block). Throws when a field is not where the generator writes it.
 */
export function briefPublishedLater(model: string, change: { title: string; published: string; articleDate: string }): string {
  const fields: [RegExp, string][] = [
    [/^title: .*$/m, `title: ${change.title}`],
    [/^published: .*$/m, `published: ${change.published}`],
    [/^( {2}date:\n {4}value: )\d{4}-\d{2}-\d{2}$/m, `$1${change.articleDate}`],
  ];
  return fields.reduce((text, [field, value]) => {
    if (!field.test(text)) throw new Error(`the model brief has no field matching ${field}`);
    return text.replace(field, value);
  }, model);
}
