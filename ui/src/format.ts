// Dates arrive as ISO text, possibly partial (2015, 2015-03) or with a time. Shown the GOV.UK way: 27 March 2015.

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2}))?)?)?/.exec(iso.trim());
  if (!m) return iso;
  const [, year, month, day, hour, minute] = m;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (month && !monthName) return iso;
  let text = year!;
  if (monthName) text = `${monthName} ${text}`;
  if (monthName && day) text = `${Number(day)} ${text}`;
  if (hour && minute) text += `, ${hour}:${minute}`;
  return text;
}

export function formatAge(age: number | null | undefined): string {
  return age === null || age === undefined ? "" : String(age);
}

export function capitalise(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

export function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
