// A generated section of a docs file: the text between a start and an end marker, written only from saved results.

/** `text` with what stands between the markers replaced by `markdown`; throws when the markers are missing. */
export function replaceSection(text, start, end, markdown) {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`no ${start} … ${end} markers`);
  return `${text.slice(0, from + start.length)}\n${markdown}\n${text.slice(to)}`;
}

/** What stands between the markers, for a docs file that must have them: throws without them. */
export function requiredSectionOf(text, start, end) {
  const section = sectionOf(text, start, end);
  if (section === undefined) throw new Error(`no ${start} … ${end} markers`);
  return section;
}

/** What stands between the markers (without the newlines `replaceSection` adds), or undefined without them. */
export function sectionOf(text, start, end) {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) return undefined;
  return text.slice(from + start.length, to).replace(/^\n/, "").replace(/\n$/, "");
}
