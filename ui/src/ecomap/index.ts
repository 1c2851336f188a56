// The eco-map tab (issue 7): the family in a circle in the centre, the services that work or worked with them
// around it in a fixed order, a line from each person to each of their services (current solid and thick,
// historic dashed and thin, each labelled), and the key inside the SVG so exports carry it.

import { mapDescription, mapTitle, memberLabel, serviceCounts, serviceLabel } from "./describe";
import { layoutEcoMap, SERVICE_RADIUS, SYMBOL } from "./geometry";
import { legend } from "./legend";
import { linkLabel, linkLine } from "./links";
import { buildModel } from "./model";
import type { FamilyEntry } from "./model";
import { HALO, s, wrapWords } from "./svg";
import { personSymbol } from "./symbols";
import type { EcoMapCallbacks, EcoMapHandle, EcoMapNetwork, EcoMapOptions } from "./types";

export type { EcoMapCallbacks, EcoMapHandle, EcoMapNetwork, EcoMapOptions } from "./types";
export { buildModel } from "./model";
export { layoutEcoMap } from "./geometry";

const INK = "#0b0c0c";

/** A yellow box behind a focusable item, shown by app.css only while it has keyboard focus. */
function focusRing(x: number, y: number, width: number, height: number): SVGRectElement {
  return s("rect", { class: "ecomap__focus-ring", x, y, width, height, rx: 4, fill: "#ffdd00", stroke: INK, "stroke-width": 2, visibility: "hidden" });
}

// The button holds no words of its own, only its focus ring and a clear area over the drawing: axe's "label in name"
// rule wants a button's drawn words repeated in its spoken name, and the name reads better in its own order. The
// drawing beside it is hidden from screen readers and lets clicks through to the button.
function memberGroup(person: FamilyEntry, x: number, y: number, label: string): SVGGElement {
  const half = SYMBOL / 2;
  const note = person.focus ? "" : person.livesWithFocus ? person.relationship : `${person.relationship} (lives apart)`;
  const [bx, by, bw, bh] = [x - 62, y - half - 8, 124, half * 2 + 60];
  return s(
    "g",
    {},
    s(
      "g",
      { class: "ecomap__member", role: "button", tabindex: 0, "aria-label": label, "data-person-id": person.id },
      focusRing(bx, by, bw, bh),
      s("rect", { x: bx, y: by, width: bw, height: bh, fill: "#ffffff", "fill-opacity": 0 }),
    ),
    s(
      "g",
      { class: "ecomap__drawing", "aria-hidden": "true", "pointer-events": "none" },
      personSymbol(person, x, y),
      s("text", { x, y: y + half + 16, "text-anchor": "middle", "font-size": 12.5, "font-weight": "bold", fill: INK, ...HALO }, person.name),
      // Relationships can be long ("maternal grandmother and special guardian"): two short lines keep neighbours apart.
      wrapWords(note, 22).slice(0, 3).map((line, i) => s("text", { x, y: y + half + 30 + i * 12, "text-anchor": "middle", "font-size": 11, fill: INK, ...HALO }, line)),
    ),
  );
}

export function drawEcoMap(host: HTMLElement, network: EcoMapNetwork, options: EcoMapOptions, callbacks: EcoMapCallbacks): EcoMapHandle {
  const model = buildModel(network, options.focusId, options.conference);
  const geometry = layoutEcoMap(model);
  const idBase = `ecomap-${options.focusId.replace(/[^A-Za-z0-9_-]/g, "_")}`;

  const lines = s("g", { class: "ecomap__links", "aria-hidden": "true" });
  const labels = s("g", { class: "ecomap__link-labels", "aria-hidden": "true" });
  for (const link of geometry.links) {
    lines.appendChild(linkLine(link.from, link.to, link.status));
    labels.appendChild(linkLabel(link));
  }

  const services = model.services.map((service, i) => {
    const { x, y } = geometry.services[i]!;
    const nameLines = wrapWords(service.name, 15);
    const top = y - ((nameLines.length + 1) * 15) / 2 + 11;
    return s(
      "g",
      { class: "ecomap__service", role: "img", tabindex: 0, "aria-label": serviceLabel(service, model.family), "data-service": service.service },
      focusRing(x - SERVICE_RADIUS - 5, y - SERVICE_RADIUS - 5, 2 * SERVICE_RADIUS + 10, 2 * SERVICE_RADIUS + 10),
      s("circle", { cx: x, cy: y, r: SERVICE_RADIUS, fill: "#ffffff", stroke: INK, "stroke-width": 2 }),
      nameLines.map((line, j) => s("text", { x, y: top + j * 15, "text-anchor": "middle", "font-size": 13, "font-weight": "bold", fill: INK }, line)),
      s("text", { x, y: top + nameLines.length * 15 + 2, "text-anchor": "middle", "font-size": 11, fill: INK }, serviceCounts(service)),
    );
  });

  const members = model.family.map((person, i) => {
    const { x, y } = geometry.members[i]!;
    return memberGroup(person, x, y, memberLabel(person, model.services));
  });

  const [minX, minY, width, height] = geometry.viewBox;
  const svg = s(
    "svg",
    {
      class: "ecomap",
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `${minX} ${minY} ${width} ${height}`,
      width,
      height,
      role: "group",
      "aria-labelledby": `${idBase}-title`,
      "aria-describedby": `${idBase}-desc`,
      "font-family": "Arial, Helvetica, sans-serif",
    },
    s("title", { id: `${idBase}-title` }, mapTitle(model)),
    s("desc", { id: `${idBase}-desc` }, mapDescription(model, options.today, options.conference)),
    s("rect", { x: minX, y: minY, width, height, fill: "#ffffff" }),
    s("circle", { cx: 0, cy: 0, r: geometry.familyRadius, fill: "#f3f2f1", stroke: INK, "stroke-width": 2, "stroke-dasharray": "2 4" }),
    lines,
    services,
    labels,
    members,
    legend(geometry.legend, options.conference, model.family.some((f) => f.inferred)),
  );

  const select = (event: Event): void => {
    const target = (event.target as Element | null)?.closest?.("[data-person-id]");
    const id = target?.getAttribute("data-person-id");
    if (id) callbacks.onSelect(id);
  };
  const onKey = (event: KeyboardEvent): void => {
    if (event.key !== "Enter" && event.key !== " ") return;
    if (!(event.target as Element | null)?.closest?.("[data-person-id]")) return;
    event.preventDefault();
    select(event);
  };
  svg.addEventListener("click", select);
  svg.addEventListener("keydown", onKey);
  host.appendChild(svg);
  return {
    svg,
    destroy(): void {
      svg.removeEventListener("click", select);
      svg.removeEventListener("keydown", onKey);
      svg.remove();
    },
  };
}
