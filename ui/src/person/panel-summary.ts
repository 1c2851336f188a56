// Words for the involvement panel, without the DOM: a service's one-line summary, the rows of an involvement with
// every empty field left out (never "null", never an empty row), and what a source's extract covers.

import type { Involvement, Practitioner } from "../api";
import { formatDate } from "../format";
import type { CoverageSource, CoverageStatus, ServiceCoverage } from "./involvements";

export const STATUS_WORDS: Record<CoverageStatus, string> = {
  CURRENT: "Current",
  HISTORIC: "Historic",
  NONE_FOUND: "None found",
  NOT_APPLICABLE: "Not applicable",
};

/**
 * Police and health services, left out of a conference version (issue 7 "Export"): a family group conference
 * shares the picture with the family. Adult mental health and drug and alcohol support are health services.
 */
export const CONFERENCE_HIDDEN_SERVICES: ReadonlySet<string> = new Set([
  "POLICE",
  "HEALTH_VISITOR",
  "GP",
  "ADULT_MENTAL_HEALTH",
  "DRUG_AND_ALCOHOL",
]);

export function shownInConference(service: string, conference: boolean): boolean {
  return !conference || !CONFERENCE_HIDDEN_SERVICES.has(service);
}

export type Row = [label: string, value: string | null | undefined];

/** Rows worth showing: a value with something in it. */
export function visibleRows(rows: Row[]): [string, string][] {
  return rows.flatMap(([label, value]) => {
    const text = value?.trim();
    return text && text !== "null" && text !== "undefined" ? [[label, text] as [string, string]] : [];
  });
}

export function practitionerText(p: Practitioner | null | undefined): string {
  if (!p) return "";
  return [p.name, p.role].filter((s) => s && s.trim()).join(", ");
}

function involvementsOf(coverage: ServiceCoverage): Involvement[] {
  return coverage.sources.flatMap((s) => s.involvements);
}

/** Start of the involvement the summary speaks of: the latest-started current one, else the latest one. */
export function sinceDate(coverage: ServiceCoverage): string | null {
  const all = involvementsOf(coverage);
  const current = all.filter((i) => i.status === "CURRENT");
  const pool = current.length ? current : all;
  const starts = pool.map((i) => i.startDate).filter((d): d is string => !!d).sort();
  return starts.length ? starts[starts.length - 1]! : null;
}

export interface SummaryLine {
  service: string;
  status: string;
  /** "Lead: Jo Bloggs, social worker"; "" when the service names no one (or withholds them). */
  lead: string;
  /** "Since 3 March 2024" for a current service, "Last started 2019" for a past one; "" when unknown. */
  since: string;
}

export function summaryLine(coverage: ServiceCoverage): SummaryLine {
  // The API names a lead only for current work; for past work the last record's practitioner is who to ask.
  const current = practitionerText(coverage.leadPractitioner);
  const last = current ? "" : practitionerText(involvementsOf(coverage).find((i) => i.leadPractitioner)?.leadPractitioner);
  const since = formatDate(sinceDate(coverage));
  return {
    service: coverage.serviceName,
    status: STATUS_WORDS[coverage.status],
    lead: current ? `Lead: ${current}` : last ? `Last lead: ${last}` : "",
    since: since ? (coverage.status === "CURRENT" ? `Since ${since}` : `Started ${since}`) : "",
  };
}

/** An involvement's facts; the lead practitioner's contact details are shown apart, in one place. */
export function involvementRows(i: Involvement): [string, string][] {
  return visibleRows([
    ["Reason", i.reason],
    ["Team", i.team],
    ["Start of last involvement", formatDate(i.startDate)],
    ["Ended", formatDate(i.endDate)],
    ["Last contact", formatDate(i.lastContact)],
    ...i.details.map((d): Row => [d.label, d.value]),
    ["Recorded in", i.source],
  ]);
}

export function lookBackText(source: CoverageSource): string {
  if (source.historyYears !== null && source.historyYears !== undefined) {
    const years = `${source.historyYears} ${source.historyYears === 1 ? "year" : "years"}`;
    return source.historyCovered ? `${years} (${source.historyCovered})` : years;
  }
  return source.historyCovered ?? "";
}

export function currentAsOfText(source: CoverageSource): string {
  const day = formatDate(source.dataCurrentAsOf);
  if (!day) return "Not known: check with the service";
  if (source.daysOld === null || source.daysOld === undefined) return day;
  const age = source.daysOld === 0 ? "today" : source.daysOld === 1 ? "1 day old" : `${source.daysOld} days old`;
  return `${day} (${age})`;
}

/** What a source's extract covers: the questions social workers asked of every service section. */
export function sourceRows(source: CoverageSource): [string, string][] {
  return visibleRows([
    ["Data current as of", currentAsOfText(source)],
    ["Looks back", lookBackText(source)],
    ["Area covered", source.areaCovered],
    ["Holds records of", source.agesCovered],
  ]);
}

/** Coverage in the order the API sends it (current, historic, none found, not applicable), police and health left out for a conference. */
export function panelServices(services: ServiceCoverage[], conference: boolean): ServiceCoverage[] {
  return services.filter((s) => shownInConference(s.service, conference));
}
