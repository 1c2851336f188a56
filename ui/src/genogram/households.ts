// Household boundaries: a rounded dotted outline around the people who live together now (or, for a network
// fetched "as at" a date, then). People of one household who are not side by side in a row get an outline
// each, joined by a dotted line, rather than one outline that would take in people who do not live there.

import { R } from "./geometry";
import type { GenogramLayout, PlacedPerson } from "./layout";
import type { GenogramNetwork } from "./network";
import { LABEL_WIDTH, personLabels } from "./person-node";
import { freeChannel } from "./routes";
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
    for (let i = 1; i < boxes.length; i++) hg.append(connector(layout, boxes[i - 1]!, boxes[i]!));
    // Top left inside every part (clear of the symbol in the middle and of the badges at the bottom), so a
    // part a row away still says which home it is.
    for (const b of boxes) hg.append(label(b.x + 12, b.y + 13, `home ${hi + 1}`, { "text-anchor": "start", "font-size": 11, fill: HOUSEHOLD_COLOUR }));
    g.append(hg);
  });
  return g;
}

type Box = { x: number; y: number; w: number; h: number };

/**
 * The dotted line joining two parts of one household: side to side in a row; from one row's part down to a
 * lower one's through a free channel (routes.ts) when a row lies between, so it does not cut across the
 * people and outlines of that row.
 */
function connector(layout: GenogramLayout, a: Box, b: Box): SVGPathElement {
  const [up, low] = a.y <= b.y ? [a, b] : [b, a];
  let d: string;
  if (up.y === low.y) {
    const [l, r] = up.x <= low.x ? [up, low] : [low, up];
    const between = [...layout.people.values()].some((p) => p.y > l.y && p.y < l.y + l.h && p.x > l.x + l.w && p.x < r.x);
    // Side to side when nothing is between them; else under the row, not through someone else's outline.
    const under = Math.max(l.y + l.h, r.y + r.h) + 14;
    d = between ? `M${l.x + l.w - 24},${l.y + l.h}V${under}H${r.x + 24}V${r.y + r.h}` : `M${l.x + l.w},${l.y + l.h / 2}H${r.x}`;
  } else {
    const span = (box: Box): [number, number] => [box.x + 24, box.x + box.w - 24];
    const clamp = (x: number, [lo, hi]: [number, number]) => Math.min(hi, Math.max(lo, x));
    const [ay, by] = [up.y + up.h, low.y];
    // Further from people than a carer's line (routes.ts), which may take the same gap.
    const channel = freeChannel(layout, ay, by, [span(up), span(low)], [], 20);
    if (channel === null) {
      // Neighbouring rows: straight down where both parts are, beside (not on) the lines to children there.
      const both: [number, number] = [Math.max(span(up)[0], span(low)[0]), Math.min(span(up)[1], span(low)[1])];
      if (both[0] <= both[1]) {
        const x = besideLines(layout, (both[0] + both[1]) / 2, both);
        d = `M${x},${ay}V${by}`;
      } else {
        // Not above one another: down, across just under the upper part, and down into the lower one.
        const [ux, lx] = [clamp(low.x + low.w / 2, span(up)), clamp(up.x + up.w / 2, span(low))];
        d = `M${besideLines(layout, ux, span(up))},${ay}V${ay + 14}H${besideLines(layout, lx, span(low))}V${by}`;
      }
    } else {
      // Out of the bottom of the upper part, or its side when the channel is beside it; into the top of the
      // lower part, or its side.
      const inUp = channel === clamp(channel, span(up));
      const inLow = channel === clamp(channel, span(low));
      const upSide = channel < up.x ? up.x : up.x + up.w;
      const lowSide = channel < low.x ? low.x : low.x + low.w;
      d = inUp ? `M${channel},${ay}` : `M${upSide},${ay - 24}H${channel}`;
      // Into the lower part's side only when no one in its row is in the way.
      const inWay = [...layout.people.values()].some((p) => p.y > by && p.y < by + low.h && (p.x - channel) * (p.x - lowSide) < 0);
      d += inLow ? `V${by}` : inWay ? `V${by - 10}H${clamp(channel, span(low))}V${by}` : `V${by + 24}H${lowSide}`;
    }
  }
  return svg("path", { d, fill: "none", stroke: HOUSEHOLD_COLOUR, "stroke-width": 2, "stroke-dasharray": "1 5", "stroke-linecap": "round" });
}

/** Nearest x to `wanted` within `span` at least 20 from every person's centre and every couple's children's line. */
export function besideLines(layout: GenogramLayout, wanted: number, span: [number, number]): number {
  const lines = [...layout.familyX.values(), ...[...layout.people.values()].map((p) => p.x)];
  const clear = (x: number) => x >= span[0] && x <= span[1] && lines.every((l) => Math.abs(l - x) >= 20);
  const candidates = [wanted, ...lines.flatMap((l) => [l - 24, l + 24])].filter(clear);
  return candidates.sort((a, b) => Math.abs(a - wanted) - Math.abs(b - wanted) || a - b)[0] ?? wanted;
}
