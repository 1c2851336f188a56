// Where everything goes on the eco-map: the family circle at (0, 0), its people on a ring inside it, the
// services on a wider ring in their fixed order from the top clockwise, and a straight line from each person to
// each service that works with them. Pure numbers (rounded to 0.1) so that the same model gives the same picture.

import type { InvolvementStatus } from "../api";
import type { EcoMapModel } from "./model";

export const SYMBOL = 30; // a person's symbol: 30 px square, circle or diamond (hit target >= 24 px)
export const SERVICE_RADIUS = 58;
export const LEGEND_WIDTH = 300;
const MEMBER_SPACING = 132; // room along the ring for a name and a wrapped relationship under each symbol
const NAME_ROOM = 72; // below a symbol: name and up to three short lines of relationship
const SERVICE_GAP = 24; // between neighbouring service circles
const MARGIN = 20;

export interface Point {
  x: number;
  y: number;
}

export interface PlacedMember extends Point {
  id: string;
}

export interface PlacedService extends Point {
  service: string;
}

export interface PlacedLink {
  personId: string;
  service: string;
  status: InvolvementStatus;
  from: Point;
  to: Point;
  /** Where the line's "current" or "historic" label sits. */
  label: Point;
}

export interface EcoMapGeometry {
  familyRadius: number;
  members: PlacedMember[];
  services: PlacedService[];
  links: PlacedLink[];
  /** minX, minY, width, height of the whole picture, legend included. */
  viewBox: [number, number, number, number];
  legend: Point;
}

const round = (n: number): number => Math.round(n * 10) / 10;

/** n points on a circle of radius r, the first at the top, going clockwise. */
export function ring(n: number, r: number): Point[] {
  return Array.from({ length: n }, (_, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return { x: round(r * Math.cos(angle)), y: round(r * Math.sin(angle)) };
  });
}

/** The ring radius that keeps n things at least `spacing` apart (centre to centre). */
export function ringRadius(n: number, spacing: number, minimum: number): number {
  if (n <= 1) return 0;
  return Math.max(minimum, spacing / (2 * Math.sin(Math.PI / n)));
}

/** The point `distance` along the line from a towards b. */
function towards(a: Point, b: Point, distance: number): Point {
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  return { x: round(a.x + ((b.x - a.x) * distance) / length), y: round(a.y + ((b.y - a.y) * distance) / length) };
}

const angleOf = (p: Point): number => Math.atan2(p.y, p.x);

/** The angular distance between two directions, 0 to pi. */
function angleBetween(a: number, b: number): number {
  const d = Math.abs(a - b) % (2 * Math.PI);
  return d > Math.PI ? 2 * Math.PI - d : d;
}

/** How far point p lies from the segment a-b. */
export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy || 1;
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** Each person's direction towards their services (current counts twice); null when they pull every way. */
function wantedDirections(model: EcoMapModel, services: readonly PlacedService[]): (number | null)[] {
  return model.family.map((person) => {
    let x = 0;
    let y = 0;
    let total = 0;
    model.services.forEach((service, j) => {
      const link = service.links.find((l) => l.personId === person.id);
      if (!link) return;
      const weight = link.status === "CURRENT" ? 2 : 1;
      const angle = angleOf(services[j]!);
      total += weight;
      x += weight * Math.cos(angle);
      y += weight * Math.sin(angle);
    });
    return Math.hypot(x, y) > 0.3 * total ? Math.atan2(y, x) : null;
  });
}

/**
 * Which ring slot each person takes (order[slot] = index into the family), chosen so that lines cross other
 * people as little as possible. Candidates: the people in their own order, and sorted by the direction of their
 * services (weighted mean; current counts twice), each turned to start at every slot and run either way round.
 * The cost is first the number of lines that pass over someone else's symbol or name, then how far people sit
 * from the direction of their services. The first cheapest candidate wins, so the result depends only on the data.
 */
export function slotOrder(model: EcoMapModel, slots: readonly Point[], services: readonly PlacedService[]): number[] {
  const n = model.family.length;
  if (n <= 1) return n === 1 ? [0] : [];
  const wanted = wantedDirections(model, services);
  const clockwise = (angle: number): number => (((angle + Math.PI / 2) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
  const own = wanted.map((_, i) => i);
  const sorted = [...own].sort((a, b) => clockwise(wanted[a] ?? angleOf(slots[a]!)) - clockwise(wanted[b] ?? angleOf(slots[b]!)) || a - b);
  const serviceIndex = new Map(model.services.map((sv, j) => [sv.service, j]));
  const cost = (order: number[]): number => {
    const at: Point[] = [];
    order.forEach((person, slot) => (at[person] = slots[slot]!));
    // A person's symbol and the two ends of the name under it: what a line must not run over.
    const covers = (p: Point, a: Point, b: Point): boolean =>
      [p, { x: p.x - 35, y: p.y + 10 }, { x: p.x + 35, y: p.y + 10 }].some((q) => distanceToSegment(q, a, b) < 18);
    let crossings = 0;
    let turn = 0;
    model.services.forEach((service) => {
      const centre = services[serviceIndex.get(service.service)!]!;
      for (const link of service.links) {
        const from = model.family.findIndex((f) => f.id === link.personId);
        at.forEach((p, other) => {
          if (other !== from && covers(p, at[from]!, centre)) crossings++;
        });
      }
    });
    order.forEach((person, slot) => {
      const direction = wanted[person];
      if (direction !== null && direction !== undefined) turn += angleBetween(direction, angleOf(slots[slot]!));
    });
    return crossings * 100 + turn;
  };
  let best = own;
  let bestCost = cost(own);
  for (const base of [own, sorted, [...sorted].reverse()]) {
    for (let shift = 0; shift < n; shift++) {
      const order = base.map((_, k) => base[(k - shift + n) % n]!);
      const c = cost(order);
      if (c < bestCost - 1e-9) {
        bestCost = c;
        best = order;
      }
    }
  }
  return best;
}

export function layoutEcoMap(model: EcoMapModel): EcoMapGeometry {
  const memberRing = ringRadius(model.family.length, MEMBER_SPACING, 80);
  const familyRadius = round(model.family.length <= 1 ? 75 : memberRing + NAME_ROOM);
  const serviceRing = Math.max(
    familyRadius + SERVICE_RADIUS + 150,
    ringRadius(model.services.length, 2 * SERVICE_RADIUS + SERVICE_GAP, 0),
  );
  const services = ring(model.services.length, serviceRing).map((p, i) => ({ service: model.services[i]!.service, ...p }));
  const slots = ring(model.family.length, memberRing);
  const order = slotOrder(model, slots, services);
  // Members sit a little above their ring point so the name below the symbol stays inside the circle.
  const members: PlacedMember[] = model.family.map(() => ({ id: "", x: 0, y: 0 }));
  order.forEach((person, slot) => {
    members[person] = { id: model.family[person]!.id, x: slots[slot]!.x, y: round(slots[slot]!.y - (model.family.length <= 1 ? 12 : 14)) };
  });

  const links: PlacedLink[] = [];
  model.services.forEach((service, i) => {
    const centre = services[i]!;
    for (const link of service.links) {
      const member = members.find((m) => m.id === link.personId);
      if (!member) continue;
      const from = towards(member, centre, SYMBOL / 2 + 2);
      const to = towards(centre, member, SERVICE_RADIUS + 2);
      // The label sits on the outer part of the line, past the family circle, where lines have spread apart.
      const length = Math.hypot(to.x - from.x, to.y - from.y);
      links.push({ personId: link.personId, service: service.service, status: link.status, from, to, label: towards(from, to, length * 0.62) });
    }
  });

  const extent = round((model.services.length > 0 ? serviceRing + SERVICE_RADIUS : familyRadius) + MARGIN);
  const legendHeight = 400;
  const height = Math.max(2 * extent, legendHeight + 2 * MARGIN);
  return {
    familyRadius,
    members,
    services,
    links,
    viewBox: [-extent, -height / 2, 2 * extent + LEGEND_WIDTH, height],
    legend: { x: extent, y: round(-height / 2 + MARGIN) },
  };
}
