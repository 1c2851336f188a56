// What the person page shows, kept in the address after the person's ID (#/person/ID?up=2&down=1&wider=1), so a
// refocus, a reload or a link sent to a colleague shows the same family the same way.

export type PersonTab = "diagram" | "people" | "ecomap" | "services";

export const TABS: readonly PersonTab[] = ["diagram", "people", "ecomap", "services"];

export interface PersonView {
  /** Generations shown above the focus person (0 to 3). */
  up: number;
  /** Generations shown below (0 to 3). */
  down: number;
  /** Conference mode: aunts, uncles, cousins, ex-partners and significant others too. */
  wider: boolean;
  /** Possible relatives inferred from a shared home and an age gap (never facts). */
  inferred: boolean;
  /** Households as at this day (YYYY-MM-DD); "" for now. */
  asOf: string;
  /** A conference version: no police or health details. */
  conference: boolean;
  tab: PersonTab;
  /** The person whose services the side panel shows; null for the focus person. */
  selected: string | null;
}

export const DEFAULT_VIEW: PersonView = {
  up: 2,
  down: 1,
  wider: false,
  inferred: false,
  asOf: "",
  conference: false,
  tab: "diagram",
  selected: null,
};

const GENERATIONS_MAX = 3;

function generations(text: string | null, fallback: number): number {
  if (text === null || !/^\d+$/.test(text)) return fallback;
  return Math.min(GENERATIONS_MAX, Number(text));
}

function flag(text: string | null): boolean {
  return text === "1" || text === "true";
}

/** A real calendar day only: "2024-02-30" or "yesterday" from a hand-edited address is ignored, not sent on. */
export function isIsoDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCFullYear() === Number(m[1]) && date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}

export function parseView(params: URLSearchParams): PersonView {
  const tab = params.get("tab");
  const asOf = params.get("asOf") ?? "";
  const selected = params.get("selected");
  return {
    up: generations(params.get("up"), DEFAULT_VIEW.up),
    down: generations(params.get("down"), DEFAULT_VIEW.down),
    wider: flag(params.get("wider")),
    inferred: flag(params.get("inferred")),
    asOf: isIsoDay(asOf) ? asOf : "",
    conference: flag(params.get("conference")),
    tab: TABS.includes(tab as PersonTab) ? (tab as PersonTab) : DEFAULT_VIEW.tab,
    selected: selected && selected.trim() ? selected : null,
  };
}

/** The address's query: only what differs from the defaults, in a fixed order, so equal views have equal addresses. */
export function viewQuery(view: PersonView): string {
  const query = new URLSearchParams();
  if (view.up !== DEFAULT_VIEW.up) query.set("up", String(view.up));
  if (view.down !== DEFAULT_VIEW.down) query.set("down", String(view.down));
  if (view.wider) query.set("wider", "1");
  if (view.inferred) query.set("inferred", "1");
  if (view.asOf) query.set("asOf", view.asOf);
  if (view.conference) query.set("conference", "1");
  if (view.tab !== DEFAULT_VIEW.tab) query.set("tab", view.tab);
  if (view.selected) query.set("selected", view.selected);
  return query.toString();
}

export function personViewHref(id: string, view: PersonView): string {
  const query = viewQuery(view);
  return `#/person/${encodeURIComponent(id)}${query ? `?${query}` : ""}`;
}

/** Refocusing keeps the controls but starts on the new person's diagram with them selected. */
export function refocusHref(id: string, view: PersonView): string {
  return personViewHref(id, { ...view, tab: "diagram", selected: null });
}

/**
 * Relationship steps to ask the API for. Two steps reach grandparents, aunts' partners and half-siblings; three
 * generations up need three; the wider family (cousins are four steps: parent, grandparent, aunt, cousin) needs four.
 */
export function networkDepth(view: PersonView): number {
  return Math.min(4, Math.max(2, view.up, view.down, view.wider ? 4 : 0));
}
