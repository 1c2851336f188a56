// How fresh a source's data is, in words for the sources table. Pure, so that the wording is tested.

import { formatDate } from "../format";

export interface Freshness {
  /** "20 November 2026", or "Not known". */
  asOf: string;
  /** "14 days old", "Taken today"; null when the date is not known. */
  age: string | null;
  /** The warning tag's text when the data may have changed since; null when it is fresh enough. */
  warning: string | null;
}

export function freshness(source: { dataCurrentAsOf: string | null; daysOld: number | null; stale: boolean }): Freshness {
  const asOf = formatDate(source.dataCurrentAsOf) || "Not known";
  const age = source.daysOld === null ? null : daysOldWords(source.daysOld);
  // The server decides staleness (the service's limit); an unknown date is stale too, and says so differently.
  const warning = !source.stale ? null : source.daysOld === null ? "Date not known" : "Out of date";
  return { asOf, age, warning };
}

export function daysOldWords(days: number): string {
  if (days <= 0) return "Taken today";
  return days === 1 ? "1 day old" : `${days.toLocaleString("en-GB")} days old`;
}

/** "since 2016 (10 years)", from the source's own words and its years, whichever it gives. */
export function looksBack(source: { historyCovered: string | null; historyYears: number | null }): string {
  const years = source.historyYears === null ? null : source.historyYears === 1 ? "1 year" : `${source.historyYears} years`;
  if (source.historyCovered && years) return `${capitaliseFirst(source.historyCovered)} (${years})`;
  if (source.historyCovered) return capitaliseFirst(source.historyCovered);
  return years ?? "Not known";
}

function capitaliseFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
