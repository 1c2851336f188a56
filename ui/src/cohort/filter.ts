// The cohort filter as the form holds it and as the address keeps it, so that a figure can be reproduced and
// shared: #/cohorts?minChildren=2&loneParent=true&indicator=domestic_abuse&service0=POLICE&status0=CURRENT ...
// Values stay as typed until they are sent: the server checks them and names a field it refuses.

import type { CohortFilterInput, DisclosureInput, ServiceConditionInput } from "./api";

export type ServiceStatus = "ANY" | "CURRENT" | "HISTORIC";

export interface ServiceRow {
  service: string;
  status: ServiceStatus;
  from: string;
  to: string;
}

export interface CohortQuery {
  minChildren: string;
  maxChildren: string;
  childAgeFrom: string;
  childAgeTo: string;
  /** "" either, "true" a lone parent, "false" more than one parent or carer. */
  loneParent: "" | "true" | "false";
  minIndicators: string;
  maxIndicators: string;
  indicators: string[];
  /** Postcode districts, comma-separated. */
  areas: string;
  services: ServiceRow[];
  threshold: string;
  roundTo: "1" | "5" | "10";
  /** Services that go together: current involvements only, or current and historic. */
  coOccurrence: "current" | "ever";
  /** Related-family groups of at least this many families. */
  minFamilies: string;
}

/** The services of graph-model's Service enum, with the words the page uses for them. */
export const SERVICES: readonly (readonly [string, string])[] = [
  ["CHILDRENS_SOCIAL_CARE", "Children's social care"],
  ["EARLY_HELP", "Early help"],
  ["EDUCATION", "Education"],
  ["EARLY_YEARS", "Early years"],
  ["HEALTH_VISITOR", "Health visiting"],
  ["GP", "GP"],
  ["ADULT_SOCIAL_CARE", "Adult social care"],
  ["ADULT_MENTAL_HEALTH", "Adult mental health"],
  ["DRUG_AND_ALCOHOL", "Drug and alcohol support"],
  ["HOUSING", "Housing"],
  ["POLICE", "Police"],
  ["YOUTH_OFFENDING", "Youth offending"],
  ["PROBATION", "Probation"],
  ["YOUNG_CARERS", "Young carers"],
];

export function serviceName(service: string): string {
  return SERVICES.find(([key]) => key === service)?.[1] ?? service;
}

export const STATUSES: readonly (readonly [ServiceStatus, string])[] = [
  ["ANY", "Current or historic"],
  ["CURRENT", "Current"],
  ["HISTORIC", "Historic (ended)"],
];

export const MAX_SERVICE_ROWS = 10;
export const DEFAULT_MIN_FAMILIES = "2";

export function emptyServiceRow(): ServiceRow {
  return { service: "", status: "ANY", from: "", to: "" };
}

export function emptyQuery(): CohortQuery {
  return {
    minChildren: "",
    maxChildren: "",
    childAgeFrom: "",
    childAgeTo: "",
    loneParent: "",
    minIndicators: "",
    maxIndicators: "",
    indicators: [],
    areas: "",
    services: [emptyServiceRow()],
    threshold: "",
    roundTo: "1",
    coOccurrence: "current",
    minFamilies: DEFAULT_MIN_FAMILIES,
  };
}

const NUMBER_FIELDS = ["minChildren", "maxChildren", "childAgeFrom", "childAgeTo", "minIndicators", "maxIndicators"] as const;

export function parseQuery(params: URLSearchParams): CohortQuery {
  const query = emptyQuery();
  for (const name of NUMBER_FIELDS) query[name] = (params.get(name) ?? "").trim();
  const lone = params.get("loneParent");
  query.loneParent = lone === "true" || lone === "false" ? lone : "";
  query.indicators = params.getAll("indicator").filter((i) => i.trim() !== "");
  query.areas = params.get("areas") ?? "";
  const services: ServiceRow[] = [];
  for (let i = 0; i < MAX_SERVICE_ROWS; i++) {
    const service = params.get(`service${i}`);
    if (service === null) continue;
    const status = params.get(`status${i}`);
    services.push({
      service,
      status: status === "CURRENT" || status === "HISTORIC" ? status : "ANY",
      from: params.get(`from${i}`) ?? "",
      to: params.get(`to${i}`) ?? "",
    });
  }
  query.services = services.length > 0 ? services : [emptyServiceRow()];
  query.threshold = (params.get("threshold") ?? "").trim();
  const round = params.get("roundTo");
  query.roundTo = round === "5" || round === "10" ? round : "1";
  query.coOccurrence = params.get("coOccurrence") === "ever" ? "ever" : "current";
  query.minFamilies = (params.get("minFamilies") ?? "").trim() || DEFAULT_MIN_FAMILIES;
  return query;
}

/** The address of the figures for a query; only what differs from the defaults is written. */
export function cohortsHref(query: CohortQuery): string {
  const params = new URLSearchParams();
  for (const name of NUMBER_FIELDS) if (query[name].trim()) params.set(name, query[name].trim());
  if (query.loneParent) params.set("loneParent", query.loneParent);
  for (const indicator of query.indicators) params.append("indicator", indicator);
  const areas = splitAreas(query.areas);
  if (areas.length > 0) params.set("areas", areas.join(","));
  query.services
    .filter((row) => row.service)
    .forEach((row, i) => {
      params.set(`service${i}`, row.service);
      if (row.status !== "ANY") params.set(`status${i}`, row.status);
      if (row.from.trim()) params.set(`from${i}`, isoDate(row.from));
      if (row.to.trim()) params.set(`to${i}`, isoDate(row.to));
    });
  if (query.threshold.trim()) params.set("threshold", query.threshold.trim());
  if (query.roundTo !== "1") params.set("roundTo", query.roundTo);
  if (query.coOccurrence !== "current") params.set("coOccurrence", query.coOccurrence);
  if (query.minFamilies.trim() && query.minFamilies.trim() !== DEFAULT_MIN_FAMILIES) {
    params.set("minFamilies", query.minFamilies.trim());
  }
  const text = params.toString();
  return text ? `#/cohorts?${text}` : "#/cohorts";
}

export function splitAreas(text: string): string[] {
  return [...new Set(text.split(/[,;\s]+/).map((a) => a.trim().toUpperCase()).filter((a) => a !== ""))];
}

/** 27/03/2025 becomes 2025-03-27; anything else is left as typed, for the server to accept or name. */
export function isoDate(text: string): string {
  const trimmed = text.trim();
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  return m ? `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}` : trimmed;
}

/** A field the page refuses before asking: by the id of its input, with what to do. */
export interface FieldProblem {
  field: string;
  message: string;
}

const WHOLE_NUMBER = /^\d{1,4}$/;

/** Only what the server cannot be asked: a number that is not a number. Ranges and dates are the server's to check. */
export function checkQuery(query: CohortQuery): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const whole = (field: string, value: string) => {
    if (value.trim() && !WHOLE_NUMBER.test(value.trim())) problems.push({ field, message: "Enter a whole number, like 2" });
  };
  for (const name of NUMBER_FIELDS) whole(name, query[name]);
  whole("threshold", query.threshold);
  whole("minFamilies", query.minFamilies);
  return problems;
}

export interface CohortVariables {
  filter: CohortFilterInput | null;
  disclosure: DisclosureInput;
  currentOnly: boolean;
  minFamilies: number;
}

/** What the server is asked, from a query that passed checkQuery. */
export function toVariables(query: CohortQuery): CohortVariables {
  const filter: CohortFilterInput = {};
  for (const name of NUMBER_FIELDS) if (query[name].trim()) filter[name] = Number(query[name].trim());
  if (query.loneParent) filter.loneParent = query.loneParent === "true";
  if (query.indicators.length > 0) filter.indicators = [...query.indicators];
  const areas = splitAreas(query.areas);
  if (areas.length > 0) filter.areas = areas;
  const services = query.services
    .filter((row) => row.service)
    .map((row) => {
      const condition: ServiceConditionInput = { service: row.service, status: row.status };
      if (row.from.trim()) condition.from = isoDate(row.from);
      if (row.to.trim()) condition.to = isoDate(row.to);
      return condition;
    });
  if (services.length > 0) filter.services = services;
  const disclosure: DisclosureInput = { roundTo: Number(query.roundTo) };
  if (query.threshold.trim()) disclosure.threshold = Number(query.threshold.trim());
  return {
    filter: Object.keys(filter).length > 0 ? filter : null,
    disclosure,
    currentOnly: query.coOccurrence === "current",
    minFamilies: Number(query.minFamilies.trim() || DEFAULT_MIN_FAMILIES),
  };
}

function range(from: string, to: string, one: string, many: string): string | null {
  const f = from.trim();
  const t = to.trim();
  const noun = (n: string) => (n === "1" ? one : many);
  if (f && t) return f === t ? `${f} ${noun(f)}` : `${f} to ${t} ${many}`;
  if (f) return `at least ${f} ${noun(f)}`;
  if (t) return `at most ${t} ${noun(t)}`;
  return null;
}

/** "Health visiting" to "health visiting" mid-sentence; "GP" stays. */
function midSentence(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/** The filter in words, to print above the figures (and in a shared screenshot). */
export function describeQuery(query: CohortQuery, indicatorName: (name: string) => string = (n) => n): string {
  const parts: string[] = [];
  const children = range(query.minChildren, query.maxChildren, "child", "children");
  if (children) parts.push(`with ${children}`);
  const from = query.childAgeFrom.trim();
  const to = query.childAgeTo.trim();
  if (from && to) parts.push(`with a child aged ${from} to ${to}`);
  else if (from) parts.push(`with a child aged ${from} or over`);
  else if (to) parts.push(`with a child aged ${to} or under`);
  if (query.loneParent === "true") parts.push("with a lone parent");
  if (query.loneParent === "false") parts.push("with more than one parent or carer");
  const indicators = range(query.minIndicators, query.maxIndicators, "indicator", "indicators");
  if (indicators) parts.push(`with ${indicators}`);
  if (query.indicators.length > 0) parts.push(`with ${query.indicators.map((i) => midSentence(indicatorName(i))).join(" and ")}`);
  const areas = splitAreas(query.areas);
  if (areas.length > 0) parts.push(`in ${areas.join(" or ")}`);
  for (const row of query.services.filter((r) => r.service)) {
    const status = row.status === "CURRENT" ? " now" : row.status === "HISTORIC" ? " before (ended)" : "";
    const window =
      row.from.trim() && row.to.trim()
        ? ` between ${isoDate(row.from)} and ${isoDate(row.to)}`
        : row.from.trim()
          ? ` on or after ${isoDate(row.from)}`
          : row.to.trim()
            ? ` on or before ${isoDate(row.to)}`
            : "";
    parts.push(`working with ${midSentence(serviceName(row.service))}${status}${window}`);
  }
  return parts.length === 0 ? "Every family" : `Families ${parts.join(", ")}`;
}
