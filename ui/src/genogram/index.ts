// The genogram: a McGoldrick-style family diagram of a network, drawn as accessible SVG with its own key,
// zoom and pan buttons, keyboard navigation between relatives, and folding of branches. The person page
// calls drawGenogram; everything else in this folder serves it.

import { describeFamily, KEYBOARD_HELP } from "./describe";
import { MARGIN } from "./geometry";
import { householdOutlines, householdsShown } from "./households";
import { navigationMap } from "./keyboard";
import { layoutGenogram, type GenogramLayout } from "./layout";
import { emptyUse, legend, type LegendUse } from "./legend";
import { familyLines } from "./lines";
import type { GenogramNetwork } from "./network";
import { foldControl, personNode } from "./person-node";
import { qualityLines } from "./quality";
import { badgesOf } from "./services";
import { svg, SVG_NS } from "./svg";
import { Viewport } from "./viewport";

export type { GenogramNetwork } from "./network";
export { layoutGenogram } from "./layout";
export { selectMembers } from "./filter";

export interface GenogramOptions {
  /** Double-outlined; everything is laid out around this person. */
  focusId: string;
  /** 0..3 rows above the focus person shown. */
  generationsUp: number;
  /** 0..3 rows below. */
  generationsDown: number;
  /** Conference mode: aunts, uncles, cousins, ex-partners, significant others. */
  wider: boolean;
  /** Leave out police and health badges (a conference version). */
  conference: boolean;
  /** People whose descendants are folded away (drawn with a "+n" marker). */
  collapsed: ReadonlySet<string>;
  /** YYYY-MM-DD; ages are computed against it, so a drawing is reproducible. */
  today: string;
}

export interface GenogramCallbacks {
  /** Click or Enter on a person: show their details. */
  onSelect(personId: string): void;
  /** "Centre on this person" (C key or double click). */
  onRefocus(personId: string): void;
  onToggleCollapse(personId: string): void;
}

export interface GenogramHandle {
  svg: SVGSVGElement;
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  focusPerson(id: string): void;
  destroy(): void;
}

let instances = 0;

/** Draws the people, lines and key into a new SVG element; no events. Exported for tests and exports. */
export function renderGenogramSvg(network: GenogramNetwork, options: GenogramOptions, layout: GenogramLayout = layoutGenogram(network, options)): SVGSVGElement {
  const n = ++instances;
  const words = describeFamily(network, layout, options.today);
  const root = svg("svg", {
    xmlns: SVG_NS,
    class: "genogram__svg",
    role: "group",
    "aria-labelledby": `gg-title-${n}`,
    "aria-describedby": `gg-desc-${n}`,
    "font-family": "Arial, Helvetica, sans-serif",
    preserveAspectRatio: "xMidYMid meet",
  });
  root.append(svg("title", { id: `gg-title-${n}` }, words.title), svg("desc", { id: `gg-desc-${n}` }, words.desc));

  const use: LegendUse = emptyUse();
  if (householdsShown(network, layout).length) use.household = network.asOf ? `lived together on ${network.asOf}` : "live together now";
  const background = svg("rect", { class: "gg-background", x: -5000, y: -5000, width: 20000, height: 20000, fill: "#ffffff" });
  const relationships = options.focusId === network.focus.id;
  const outlines = householdOutlines(network, layout, { today: options.today, conference: options.conference, relationships });
  root.append(background, outlines, familyLines(layout, use), qualityLines(layout, use));

  const people = svg("g", { class: "gg-people" });
  const folds = svg("g", { class: "gg-folds" });
  const ordered = layout.rows.flatMap((r) => r.ids);
  for (const id of ordered) {
    const p = layout.people.get(id)!;
    const focus = id === options.focusId;
    const collapsed = options.collapsed.has(id) && layout.selection.hasDescendants.has(id);
    const hidden = collapsed ? (layout.selection.hiddenCount.get(id) ?? 0) : null;
    people.append(personNode({ person: p, focus, today: options.today, conference: options.conference, hiddenCount: hidden, relationships }));
    if (p.member) {
      use.symbols.add(p.sex === "MALE" || p.sex === "FEMALE" ? p.sex : "UNKNOWN");
      if (focus) use.symbols.add("focus");
      if (p.member.person.deathDate) use.symbols.add("deceased");
      if (p.member.inferred) use.symbols.add("inferred");
      for (const b of badgesOf(p.member.person.involvements, options.conference)) {
        use.badges.set(b.code, b.name);
        use.badgeStates.add(b.current ? "current" : "historic");
      }
      if (layout.selection.hasDescendants.has(id)) {
        folds.append(foldControl(p, p.member.person.name, collapsed, hidden ?? 0));
        if (collapsed) use.folded = true;
      }
    } else use.symbols.add("placeholder");
  }
  root.append(people, folds);

  const key = legend(use, MARGIN, layout.height + 20, Math.max(layout.width - 2 * MARGIN, 900));
  root.append(key.g);
  const width = Math.max(layout.width, MARGIN * 2 + 900);
  const height = layout.height + 20 + key.height + MARGIN;
  root.setAttribute("viewBox", `0 0 ${width} ${height}`);
  // Its natural size, for a copy opened on its own; on the page the stylesheet sizes it to the column.
  root.setAttribute("width", String(width));
  root.setAttribute("height", String(height));
  root.dataset["contentWidth"] = String(width);
  root.dataset["contentHeight"] = String(height);
  return root;
}

function button(text: string, aria: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "button button--secondary button--small genogram__button";
  b.textContent = text;
  b.setAttribute("aria-label", aria);
  b.addEventListener("click", onClick);
  return b;
}

export function drawGenogram(host: HTMLElement, network: GenogramNetwork, options: GenogramOptions, callbacks: GenogramCallbacks): GenogramHandle {
  const layout = layoutGenogram(network, options);
  const root = renderGenogramSvg(network, options, layout);
  const content = { x: 0, y: 0, w: Number(root.dataset["contentWidth"]), h: Number(root.dataset["contentHeight"]) };
  const viewport = new Viewport(root, content);
  const moves = navigationMap(layout);

  const nodes = new Map<string, SVGElement>();
  root.querySelectorAll<SVGElement>(".gg-person[role=button]").forEach((g) => nodes.set(g.dataset["id"]!, g));
  const folds = new Map<string, SVGGElement>();
  root.querySelectorAll<SVGGElement>(".gg-fold").forEach((g) => folds.set(g.dataset["id"]!, g));

  // Roving tabindex: one person (and their fold control) in the tab order; arrow keys move it.
  let current = nodes.has(options.focusId) ? options.focusId : ([...nodes.keys()][0] ?? "");
  const setCurrent = (id: string) => {
    nodes.get(current)?.setAttribute("tabindex", "-1");
    folds.get(current)?.setAttribute("tabindex", "-1");
    current = id;
    nodes.get(id)?.setAttribute("tabindex", "0");
    folds.get(id)?.setAttribute("tabindex", "0");
  };
  setCurrent(current);
  const moveTo = (id: string) => {
    setCurrent(id);
    const node = nodes.get(id);
    if (!node) return;
    node.focus();
    const p = layout.people.get(id)!;
    const b = viewport.current;
    if (p.x < b.x + 60 || p.x > b.x + b.w - 60 || p.y < b.y + 40 || p.y > b.y + b.h - 120) viewport.centreOn(p.x, p.y + 40, b.w);
  };

  const personOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<SVGElement>(".gg-person[role=button]") : null);
  const foldOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<SVGGElement>(".gg-fold") : null);
  const onClick = (event: MouseEvent) => {
    const fold = foldOf(event.target);
    if (fold) return callbacks.onToggleCollapse(fold.dataset["id"]!);
    const node = personOf(event.target);
    if (!node) return;
    setCurrent(node.dataset["id"]!);
    callbacks.onSelect(node.dataset["id"]!);
  };
  const onDoubleClick = (event: MouseEvent) => {
    const node = personOf(event.target);
    if (node) callbacks.onRefocus(node.dataset["id"]!);
  };
  const onKey = (event: KeyboardEvent) => {
    const fold = foldOf(event.target);
    if (fold) {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        callbacks.onToggleCollapse(fold.dataset["id"]!);
      }
      return;
    }
    const node = personOf(event.target);
    if (!node) return;
    const id = node.dataset["id"]!;
    const m = moves.get(id);
    const arrows: Record<string, string | null | undefined> = { ArrowUp: m?.up, ArrowDown: m?.down, ArrowLeft: m?.left, ArrowRight: m?.right };
    if (event.key in arrows) {
      event.preventDefault();
      const next = arrows[event.key];
      if (next) moveTo(next);
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      callbacks.onSelect(id);
    } else if (event.key === "c" || event.key === "C") {
      event.preventDefault();
      callbacks.onRefocus(id);
    } else if ((event.key === "+" || event.key === "-" || event.key === "=") && folds.has(id)) {
      event.preventDefault();
      callbacks.onToggleCollapse(id);
    }
  };
  const onFocusIn = (event: FocusEvent) => {
    const node = personOf(event.target);
    if (node) setCurrent(node.dataset["id"]!);
  };
  root.addEventListener("click", onClick);
  root.addEventListener("dblclick", onDoubleClick);
  root.addEventListener("keydown", onKey);
  root.addEventListener("focusin", onFocusIn);

  const toolbar = document.createElement("div");
  toolbar.className = "genogram__toolbar";
  toolbar.setAttribute("role", "toolbar");
  toolbar.setAttribute("aria-label", "Zoom and move the diagram");
  toolbar.append(
    button("Zoom in", "Zoom in", () => viewport.zoom(0.8)),
    button("Zoom out", "Zoom out", () => viewport.zoom(1.25)),
    // The visible words start the accessible name (WCAG 2.5.3, label in name), for people who speak to the page.
    button("Fit to screen", "Fit to screen: the whole diagram in view", () => viewport.fit()),
    button("←", "Move left", () => viewport.pan(-0.25, 0)),
    button("→", "Move right", () => viewport.pan(0.25, 0)),
    button("↑", "Move up", () => viewport.pan(0, -0.25)),
    button("↓", "Move down", () => viewport.pan(0, 0.25)),
  );
  const hint = document.createElement("p");
  hint.className = "govuk-hint genogram__hint";
  hint.textContent = "Select a person for their details. With the keyboard: " + KEYBOARD_HELP.charAt(0).toLowerCase() + KEYBOARD_HELP.slice(1);
  const canvas = document.createElement("div");
  canvas.className = "genogram__canvas";
  canvas.append(root);
  const wrapper = document.createElement("div");
  wrapper.className = "genogram";
  wrapper.append(toolbar, hint, canvas);
  host.replaceChildren(wrapper);

  return {
    svg: root,
    zoomIn: () => viewport.zoom(0.8),
    zoomOut: () => viewport.zoom(1.25),
    fit: () => viewport.fit(),
    focusPerson: (id: string) => {
      const p = layout.people.get(id);
      if (!p) return;
      viewport.centreOn(p.x, p.y + 40);
      if (nodes.has(id)) moveTo(id);
    },
    destroy: () => {
      viewport.destroy();
      root.removeEventListener("click", onClick);
      root.removeEventListener("dblclick", onDoubleClick);
      root.removeEventListener("keydown", onKey);
      root.removeEventListener("focusin", onFocusIn);
      wrapper.remove();
    },
  };
}
