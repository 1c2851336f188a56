// A person's address now. Sources can disagree (two systems, two addresses): then every version is shown with the
// system that holds it and since when, never one picked silently.

import type { AddressPeriod } from "./network";

export interface CurrentAddress {
  text: string;
  sources: string[];
  /** The earliest "from" any source gives for it; "" when none says. */
  since: string;
}

function addressText(a: AddressPeriod): string {
  return [a.lines, a.postcode].map((s) => s?.trim() ?? "").filter(Boolean).join(", ");
}

/**
 * Two sources write one address differently ("213 Quarry Crescent" and "213 Quarry Cres"): with a postcode, the
 * postcode and the numbers in the lines (house, flat) decide; without one, the text with punctuation and case aside.
 */
function sameAddressKey(a: AddressPeriod, text: string): string {
  const postcode = a.postcode?.toUpperCase().replace(/\s/g, "");
  if (postcode) return `${postcode}|${(a.lines ?? "").match(/\d+[A-Z]?/gi)?.join(" ") ?? ""}`.toUpperCase();
  return text.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

function letters(text: string): number {
  return text.replace(/[^A-Za-z0-9]/g, "").length;
}

/** Current addresses, one entry per distinct address with every source that holds it, in a fixed order. */
export function currentAddresses(addresses: AddressPeriod[]): CurrentAddress[] {
  const byKey = new Map<string, CurrentAddress>();
  for (const a of addresses) {
    if (!a.current) continue;
    const text = addressText(a);
    if (!text) continue;
    const key = sameAddressKey(a, text);
    const entry = byKey.get(key) ?? { text, sources: [], since: "" };
    if (letters(text) > letters(entry.text)) entry.text = text; // the fuller spelling
    if (!entry.sources.includes(a.source)) entry.sources.push(a.source);
    if (a.from && (!entry.since || a.from < entry.since)) entry.since = a.from;
    byKey.set(key, entry);
  }
  const list = [...byKey.values()];
  for (const entry of list) entry.sources.sort();
  // The address most sources agree on first; ties by text so the same data always reads the same.
  return list.sort((x, y) => y.sources.length - x.sources.length || x.text.localeCompare(y.text));
}
