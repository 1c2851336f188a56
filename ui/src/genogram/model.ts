// The genogram's drawing model, before positions: people (and placeholders for unknown parents), the couples
// ("families") children hang from, and the other lines (carers, inferred ties, siblings whose parents are not
// recorded, other relatives). Built from the network and the selection; sorted by id and date throughout so
// the same data always gives the same model.

import type { Selection } from "./filter";
import type { GenogramMember, GenogramNetwork, GenogramQuality, GenogramTie } from "./network";
import { parentLine, partnershipEnded, tiesAmong, yearOf, type ParentLine } from "./ties";
import type { Sex } from "../api";

export interface ModelPerson {
  id: string;
  gen: number;
  sex: Sex;
  /** Null for a placeholder (an unknown parent). */
  member: GenogramMember | null;
  /** "unknown father" and so on, for placeholders. */
  placeholderLabel: string | null;
  /** Lowest confidence of the inferred ties that bring this person in; null when none does. */
  confidence: number | null;
}

export type PartnershipStyle = "married" | "cohabiting" | "not_recorded";

export interface Partnership {
  style: PartnershipStyle;
  /** 0 together, 1 separated (one slash), 2 divorced (two slashes). */
  slashes: 0 | 1 | 2;
  /** "m. 2009 sep. 2016". */
  label: string;
  ties: GenogramTie[];
}

export interface Family {
  id: string;
  /** One or two people (one for a single carer or adopter); a placeholder stands in for an unknown birth parent. */
  partners: string[];
  gen: number;
  /** Null when no PARTNER_OF tie joins them (the parents of a child, nothing more recorded). */
  partnership: Partnership | null;
  /** Children who hang from this family, oldest first. */
  children: string[];
  /** How each child hangs: birth solid, adoptive dashed, foster dotted ... */
  childLines: Map<string, ParentLine>;
  /** Groups of twins among the children (same birth date). */
  twins: string[][];
  /** For ordering partnerships left to right: the start, else the first child's birth. */
  sortDate: string;
}

export interface ExtraLink {
  familyId: string;
  childId: string;
  line: ParentLine;
  confidence: number | null;
  basis: string | null;
  /** Year care ended, for care that has (drawn grey, "to 2025"); null while it lasts. */
  endedYear: string | null;
}

export interface OtherTie {
  a: string;
  b: string;
  label: string;
  inferred: boolean;
  confidence: number | null;
}

export interface GenogramModel {
  focusId: string;
  people: Map<string, ModelPerson>;
  families: Map<string, Family>;
  /** The family each person hangs from, if any. */
  primaryFamily: Map<string, string>;
  extraLinks: ExtraLink[];
  otherTies: OtherTie[];
  /** Recorded relationship qualities between visible people. */
  qualities: GenogramQuality[];
}

const PRIMARY_ORDER: ParentLine[] = ["birth", "adoptive", "special_guardian", "kinship_carer", "foster"];
const EXTRA_ORDER: ParentLine[] = [...PRIMARY_ORDER, "step", "inferred"];

function partnershipOf(ties: GenogramTie[]): Partnership {
  const kinds = new Set(ties.map((t) => t.kind));
  const start = ties.map((t) => yearOf(t.from)).filter((y): y is string => y !== null).sort()[0] ?? null;
  const end = ties.map((t) => yearOf(t.to)).filter((y): y is string => y !== null).sort().at(-1) ?? null;
  const married = kinds.has("married") || kinds.has("civil_partnership") || kinds.has("divorced");
  // Recorded partners who are not (or not recorded as) married are drawn as unmarried partners: dashed.
  const style: PartnershipStyle = married ? "married" : "cohabiting";
  const slashes = kinds.has("divorced") ? 2 : ties.some(partnershipEnded) ? 1 : 0;
  const words: string[] = [];
  if (start) words.push(kinds.has("civil_partnership") ? `c.p. ${start}` : married ? `m. ${start}` : kinds.has("cohabiting") ? `cohab. ${start}` : `from ${start}`);
  if (slashes === 2) words.push(end ? `div. ${end}` : "divorced");
  else if (slashes === 1) words.push(end ? `sep. ${end}` : "separated");
  return { style, slashes, label: words.join(" "), ties };
}

function placeholderFor(parentSex: Sex): { sex: Sex; label: string } {
  if (parentSex === "FEMALE") return { sex: "MALE", label: "unknown father" };
  if (parentSex === "MALE") return { sex: "FEMALE", label: "unknown mother" };
  return { sex: "UNKNOWN", label: "unknown parent" };
}

/**
 * `today` (YYYY-MM-DD) tells care that has ended (a kinship arrangement that became a special guardianship
 * order) from care that goes on; a network fetched "as at" a date holds only the ties valid then anyway.
 */
export function buildModel(network: GenogramNetwork, selection: Selection, focusId: string, today = "9999-12-31"): GenogramModel {
  const visible = selection.ids;
  const members = network.members.filter((m) => visible.has(m.person.id)).sort((a, b) => a.person.id.localeCompare(b.person.id));
  const ties = tiesAmong(network, visible).sort(
    (a, b) => a.fromPersonId.localeCompare(b.fromPersonId) || a.toPersonId.localeCompare(b.toPersonId) || a.kind.localeCompare(b.kind) || (a.from ?? "").localeCompare(b.from ?? ""),
  );
  const people = new Map<string, ModelPerson>();
  for (const m of members) {
    const inferredTies = ties.filter((t) => t.inferred && (t.fromPersonId === m.person.id || t.toPersonId === m.person.id));
    const confidence = m.inferred && inferredTies.length > 0 ? Math.min(...inferredTies.map((t) => t.confidence)) : null;
    people.set(m.person.id, { id: m.person.id, gen: selection.generation.get(m.person.id) ?? 0, sex: m.person.sex, member: m, placeholderLabel: null, confidence });
  }
  const birth = (id: string) => people.get(id)?.member?.person.birthDate ?? "";

  const families = new Map<string, Family>();
  const family = (partners: string[]): Family => {
    const sorted = [...partners].sort();
    const id = sorted.join("+");
    let f = families.get(id);
    if (!f) {
      const gen = Math.min(...sorted.map((p) => people.get(p)?.gen ?? 0));
      f = { id, partners: sorted, gen, partnership: null, children: [], childLines: new Map(), twins: [], sortDate: "" };
      families.set(id, f);
    }
    return f;
  };

  // Partnerships recorded between visible people.
  const partnerTies = new Map<string, GenogramTie[]>();
  for (const t of ties) {
    if (t.type !== "PARTNER_OF" || t.fromPersonId === t.toPersonId) continue;
    const key = [t.fromPersonId, t.toPersonId].sort().join("+");
    const list = partnerTies.get(key) ?? [];
    list.push(t);
    partnerTies.set(key, list);
  }
  for (const [key, list] of partnerTies) family(key.split("+")).partnership = partnershipOf(list);

  // Children: each hangs from one family (their birth parents, else adopters, else carers); any other parent
  // or carer is an extra line.
  const primaryFamily = new Map<string, string>();
  const extraLinks: ExtraLink[] = [];
  const endedCare: GenogramTie[] = [];
  for (const child of members.map((m) => m.person.id)) {
    const ended = (t: GenogramTie) =>
      t.to !== null && t.to.length >= 4 && t.to.slice(0, 10) < today.slice(0, 10) && parentLine(t) !== "birth" && parentLine(t) !== "adoptive";
    const toChild = ties.filter((t) => t.type === "PARENT_OF" && t.toPersonId === child && t.fromPersonId !== child);
    const parentTies = toChild.filter((t) => !ended(t));
    endedCare.push(...toChild.filter(ended));
    if (parentTies.length === 0) continue;
    const byLine = new Map<ParentLine, GenogramTie[]>();
    for (const t of parentTies) {
      const line = parentLine(t);
      if (line === "step" && parentTies.some((o) => o !== t && partnerTies.has([o.fromPersonId, t.fromPersonId].sort().join("+")))) continue; // shown by the partnership
      byLine.set(line, [...(byLine.get(line) ?? []), t]);
    }
    const primary = PRIMARY_ORDER.find((l) => byLine.has(l));
    for (const line of EXTRA_ORDER) {
      const list = byLine.get(line);
      if (!list) continue;
      const parents = [...new Set(list.map((t) => t.fromPersonId))].sort();
      const groups: string[][] = parents.length <= 2 ? [parents] : [parents.slice(0, 2), ...parents.slice(2).map((p) => [p])];
      groups.forEach((group, i) => {
        let partners = group;
        if (line === "birth" && group.length === 1) {
          const known = people.get(group[0]!)!;
          const ph = placeholderFor(known.sex);
          const id = `?${known.id}`;
          if (!people.has(id)) people.set(id, { id, gen: known.gen, sex: ph.sex, member: null, placeholderLabel: ph.label, confidence: null });
          partners = [known.id, id];
        }
        const f = family(partners);
        if (line === primary && i === 0) {
          f.children.push(child);
          f.childLines.set(child, line);
          primaryFamily.set(child, f.id);
        } else {
          const inferred = list.filter((t) => group.includes(t.fromPersonId) && t.inferred);
          extraLinks.push({
            familyId: f.id,
            childId: child,
            line,
            confidence: inferred.length ? Math.min(...inferred.map((t) => t.confidence)) : null,
            basis: inferred[0]?.basis ?? null,
            endedYear: null,
          });
        }
      });
    }
  }

  // Care that has ended, once for each carer or carers and child, unless the same carers still care for the
  // child some other way (kinship care that became special guardianship).
  const byCarers = new Map<string, GenogramTie[]>();
  for (const t of endedCare) {
    const key = `${t.toPersonId}>${parentLine(t)}`;
    byCarers.set(key, [...(byCarers.get(key) ?? []), t]);
  }
  for (const list of byCarers.values()) {
    const carers = [...new Set(list.map((t) => t.fromPersonId))].sort().slice(0, 2);
    const f = family(carers.length === 2 && !partnerTies.has(carers.join("+")) ? [carers[0]!] : carers);
    const child = list[0]!.toPersonId;
    if (primaryFamily.get(child) === f.id || extraLinks.some((l) => l.familyId === f.id && l.childId === child)) continue;
    const year = list.map((t) => yearOf(t.to)).filter((y): y is string => y !== null).sort().at(-1) ?? null;
    extraLinks.push({ familyId: f.id, childId: child, line: parentLine(list[0]!), confidence: null, basis: null, endedYear: year });
  }

  // A sibling recorded as "full" whose parents are not recorded hangs with their sibling.
  for (const t of ties) {
    if (t.type !== "SIBLING_OF" || t.kind !== "full" || t.inferred) continue;
    for (const [a, b] of [[t.fromPersonId, t.toPersonId], [t.toPersonId, t.fromPersonId]] as const) {
      const fid = primaryFamily.get(b);
      if (!primaryFamily.has(a) && fid) {
        const f = families.get(fid)!;
        f.children.push(a);
        f.childLines.set(a, "birth");
        primaryFamily.set(a, fid);
      }
    }
  }

  for (const f of families.values()) {
    f.children.sort((a, b) => birth(a).localeCompare(birth(b)) || a.localeCompare(b));
    const byDay = new Map<string, string[]>();
    for (const c of f.children) {
      const d = birth(c);
      if (/^\d{4}-\d{2}-\d{2}/.test(d)) byDay.set(d, [...(byDay.get(d) ?? []), c]);
    }
    f.twins = [...byDay.values()].filter((g) => g.length > 1);
    const start = f.partnership?.ties.map((t) => t.from ?? "").filter(Boolean).sort()[0];
    f.sortDate = start ?? (f.children.length ? birth(f.children[0]!) : "") ?? "";
  }

  const parentsOf = (id: string) => families.get(primaryFamily.get(id) ?? "")?.partners ?? [];
  const connected = (id: string) =>
    primaryFamily.has(id) || [...families.values()].some((f) => f.partners.length > 1 && f.partners.includes(id) && (f.partnership || f.children.length));
  const otherTies: OtherTie[] = [];
  for (const t of ties) {
    const [a, b] = [t.fromPersonId, t.toPersonId];
    if (t.type === "SIBLING_OF") {
      if (t.derived) continue;
      if (primaryFamily.get(a) && primaryFamily.get(a) === primaryFamily.get(b)) continue;
      if (parentsOf(a).some((p) => !p.startsWith("?") && parentsOf(b).includes(p))) continue;
      otherTies.push({ a, b, label: t.inferred ? "possible sibling" : t.kind === "unknown" ? "sibling" : `${t.kind} sibling`, inferred: t.inferred, confidence: t.inferred ? t.confidence : null });
    } else if ((t.type === "RELATIVE_OF" || t.type === "SIGNIFICANT_OTHER_OF") && (!connected(a) || !connected(b))) {
      otherTies.push({ a, b, label: t.kind.replace(/_/g, " "), inferred: t.inferred, confidence: t.inferred ? t.confidence : null });
    }
  }
  const qualities = network.relationshipQualities.filter((q) => visible.has(q.fromPersonId) && visible.has(q.toPersonId));
  return { focusId, people, families, primaryFamily, extraLinks, otherTies, qualities };
}
