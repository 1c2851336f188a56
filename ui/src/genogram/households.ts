// Household boundaries: a rounded dotted outline around the people who live together now (or, for a network
// fetched "as at" a date, then). People of one household who are not side by side in a row get an outline
// each, joined by a dotted line, rather than one outline that would take in people who do not live there.

import { R } from "./geometry";
import type { GenogramLayout, PlacedPerson } from "./layout";
import type { GenogramNetwork } from "./network";
import { LABEL_WIDTH, personLabels } from "./person-node";
import { label, svg, title } from "./svg";

export const HOUSEHOLD_COLOUR = "#505a5f";

/**
 * The place a household is at: sources write one address several ways ("281 Foundry Mews", "281, Foundry
 * Mews"), and each way comes as its own household, so households with the same postcode and house number are
 * one place. Without a postcode a household is only itself.
 */
export function placeKey(h: { id: string; addressLines: string | null; postcode: string | null }): string {
  if (!h.postcode) return h.id;
  const number = /^\s*(?:flat\s+)?([0-9]+[a-z]?)/i.exec(h.addressLines ?? "")?.[1] ?? (h.addressLines ?? "").split(",")[0]!.trim().toLowerCase();
  return `${h.postcode.replace(/\s+/g, "").toUpperCase()}|${number.toLowerCase()}`;
}

/** Places with at least two shown members living there (now, or on the network's asOf date), one entry a place. */
export function householdsShown(network: GenogramNetwork, layout: GenogramLayout): { id: string; name: string; members: string[] }[] {
  const places = new Map<string, { id: string; name: string; members: Set<string> }>();
  for (const h of [...network.households].sort((a, b) => a.id.localeCompare(b.id))) {
    const key = placeKey(h);
    const place = places.get(key) ?? { id: h.id, name: [h.addressLines, h.postcode].filter(Boolean).join(", ") || "address not recorded", members: new Set<string>() };
    for (const m of h.members) if ((network.asOf ? true : m.current) && layout.people.has(m.person.id)) place.members.add(m.person.id);
    places.set(key, place);
  }
  return [...places.values()]
    .map((p) => ({ id: p.id, name: p.name, members: [...p.members].sort() }))
    .filter((h) => h.members.length >= 2)
    .sort((a, b) => a.id.localeCompare(b.id));
}

export function householdOutlines(
  network: GenogramNetwork,
  layout: GenogramLayout,
  view: { today: string; conference: boolean; relationships: boolean },
): SVGGElement {
  const bottom = (p: PlacedPerson) => personLabels({ person: p, focus: false, hiddenCount: null, ...view }).bottom;
  const g = svg("g", { class: "gg-households" });
  householdsShown(network, layout).forEach((h, hi) => {
    const members = new Set(h.members);
    const runs: PlacedPerson[][] = [];
    for (const row of layout.rows) {
      let run: PlacedPerson[] = [];
      for (const id of row.ids) {
        if (members.has(id)) run.push(layout.people.get(id)!);
        else if (id.startsWith("?")) continue; // an unknown parent's placeholder does not split a household
        else if (run.length) (runs.push(run), (run = []));
      }
      if (run.length) runs.push(run);
    }
    const inset = hi * 5;
    const boxes = runs.map((run) => ({
      x: run[0]!.x - LABEL_WIDTH / 2 - 6 + inset,
      y: run[0]!.y - R - 22 + inset,
      w: run.at(-1)!.x - run[0]!.x + LABEL_WIDTH + 12 - 2 * inset,
      // Down to the lowest label of the row's members, so no name or badge is cut by the outline.
      h: R + 22 + Math.max(...run.map(bottom)) + 12 - 2 * inset,
    }));
    const hg = svg("g", { class: "gg-household" }, title(`Lives together${network.asOf ? ` on ${network.asOf}` : " now"}: ${h.name}`));
    for (const b of boxes) {
      hg.append(svg("rect", { x: b.x, y: b.y, width: b.w, height: b.h, rx: 18, fill: "none", stroke: HOUSEHOLD_COLOUR, "stroke-width": 2, "stroke-dasharray": "1 5", "stroke-linecap": "round" }));
    }
    for (let i = 1; i < boxes.length; i++) {
      const a = boxes[i - 1]!;
      const b = boxes[i]!;
      const [ax, ay] = [a.x + a.w / 2, a.y + (b.y > a.y ? a.h : b.y < a.y ? 0 : a.h / 2)];
      const [bx, by] = [b.x + b.w / 2, b.y + (b.y > a.y ? 0 : b.y < a.y ? b.h : b.h / 2)];
      hg.append(svg("path", { d: `M${ax},${ay}L${bx},${by}`, fill: "none", stroke: HOUSEHOLD_COLOUR, "stroke-width": 2, "stroke-dasharray": "1 5", "stroke-linecap": "round" }));
    }
    const first = boxes[0];
    // Top left, inside: clear of the symbol in the middle and of the badges at the bottom.
    if (first) hg.append(label(first.x + 12, first.y + 15, `home ${hi + 1}`, { "text-anchor": "start", "font-size": 11, fill: HOUSEHOLD_COLOUR }));
    g.append(hg);
  });
  return g;
}
