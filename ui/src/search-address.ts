import type { PersonSummary } from "./api";

// Tells two people with the same name and age apart (issue 7: results show age, address and sources). Sources
// write one address in different ways, so addresses are told apart by postcode; where the sources disagree about
// where someone lives now, the reader is told there is more than one.
export function addressNow(p: Pick<PersonSummary, "addresses">): string {
  const byPlace = new Map<string, string>();
  for (const a of (p.addresses ?? []).filter((a) => a.current)) {
    const text = [a.lines, a.postcode].filter(Boolean).join(", ");
    const place = a.postcode ?? a.lines ?? "";
    if (text && !byPlace.has(place)) byPlace.set(place, text);
  }
  const current = [...byPlace.values()];
  if (current.length === 0) return "Not known";
  return current.length === 1 ? current[0]! : `${current[0]} (and ${current.length - 1} other${current.length > 2 ? "s" : ""} from other sources)`;
}
