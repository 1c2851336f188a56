// Where everything goes on the eco-map: the family circle at (0, 0), its people on a ring inside it, the
// services on a wider ring in their fixed order from the top clockwise, and a straight line from each person to
// each service that works with them. Pure numbers (rounded to 0.1) so that the same model gives the same picture.

import type { InvolvementStatus } from "../api";
import type { EcoMapModel } from "./model";

export const SYMBOL = 30; // a person's symbol: 30 px square, circle or diamond (hit target >= 24 px)
export const SERVICE_RADIUS = 58;
export const LEGEND_WIDTH = 250;
const MEMBER_SPACING = 112; // room along the ring for a name under each symbol
const NAME_ROOM = 62; // below a symbol: name and relationship
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

export function layoutEcoMap(model: EcoMapModel): EcoMapGeometry {
  const memberRing = ringRadius(model.family.length, MEMBER_SPACING, 80);
  const familyRadius = round(model.family.length <= 1 ? 75 : memberRing + NAME_ROOM);
  // Members sit a little above their ring point so the name below the symbol stays inside the circle.
  const members = ring(model.family.length, memberRing).map((p, i) => ({
    id: model.family[i]!.id,
    x: p.x,
    y: round(p.y - (model.family.length <= 1 ? 12 : 14)),
  }));
  const serviceRing = Math.max(
    familyRadius + SERVICE_RADIUS + 150,
    ringRadius(model.services.length, 2 * SERVICE_RADIUS + SERVICE_GAP, 0),
  );
  const services = ring(model.services.length, serviceRing).map((p, i) => ({ service: model.services[i]!.service, ...p }));

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
  const legendHeight = 330;
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
