// One person on the diagram: symbol, name, relationship, service badges, and the accessible name that says
// all of it in words. A focusable role=button group; the fold control is drawn beside it, not inside it
// (a button may not contain another).

import { GAP, R } from "./geometry";
import type { PlacedPerson } from "./layout";
import { badgesOf, type Badge } from "./services";
import { GREY, INK, personSymbol } from "./symbols";
import { label, svg, title, wrap } from "./svg";
import { ageOn, yearOf } from "./ties";

export const LABEL_WIDTH = GAP - 32;
const BADGE_W = 32;
const BADGE_H = 17;
const BADGE_GAP = 4;

export interface PersonView {
  person: PlacedPerson;
  focus: boolean;
  today: string;
  conference: boolean;
  hiddenCount: number | null;
  /**
   * False when the diagram is centred on someone other than the network's focus person: the API's words
   * ("mother") describe the relationship to that person, so they would be wrong and are left out.
   */
  relationships?: boolean;
}

function relationshipText(p: PlacedPerson, relationships: boolean): string {
  const m = p.member;
  if (!m) return p.placeholderLabel ?? "";
  const rel = m.relationshipToFocus === "this person" || !relationships ? "" : m.relationshipToFocus;
  const died = m.person.deathDate ? `died ${yearOf(m.person.deathDate) ?? ""}`.trim() : "";
  return [rel, died].filter(Boolean).join(", ");
}

export function accessibleName(v: PersonView, badges: Badge[]): string {
  const p = v.person;
  if (!p.member) return `${p.placeholderLabel ?? "unknown parent"}: not recorded`;
  const person = p.member.person;
  const age = ageOn(person, v.today);
  const parts = [person.name];
  if (v.focus) parts.push("focus person");
  const rel = p.member.relationshipToFocus;
  if (rel && rel !== "this person" && v.relationships !== false) parts.push(rel);
  if (person.deathDate) parts.push(`died ${yearOf(person.deathDate) ?? ""}${age !== null ? ` aged ${age}` : ""}`.trim());
  else if (age !== null) parts.push(String(age));
  if (p.member.inferred) parts.push(p.confidence !== null ? `possible relative, not confirmed (${Math.round(p.confidence * 100)}% likely)` : "possible relative, not confirmed");
  const current = badges.filter((b) => b.current).map((b) => b.name.toLowerCase());
  const historic = badges.filter((b) => !b.current).map((b) => b.name.toLowerCase());
  if (current.length) parts.push(`current: ${current.join(", ")}`);
  if (historic.length) parts.push(`historic: ${historic.join(", ")}`);
  if (v.hiddenCount) parts.push(`${v.hiddenCount} ${v.hiddenCount === 1 ? "descendant" : "descendants"} folded away`);
  return parts.join(", ");
}

function badgeRow(badges: Badge[], y: number): SVGGElement {
  const g = svg("g", { class: "gg-badges" });
  const perRow = 4;
  badges.forEach((b, i) => {
    const row = Math.floor(i / perRow);
    const inRow = Math.min(perRow, badges.length - row * perRow);
    const col = i % perRow;
    const x = -((inRow * BADGE_W + (inRow - 1) * BADGE_GAP) / 2) + col * (BADGE_W + BADGE_GAP);
    const by = y + row * (BADGE_H + BADGE_GAP);
    g.append(
      svg(
        "g",
        { class: b.current ? "gg-badge gg-badge--current" : "gg-badge gg-badge--historic" },
        title(`${b.name}: ${b.current ? "current" : "historic"}`),
        svg("rect", {
          x,
          y: by,
          width: BADGE_W,
          height: BADGE_H,
          rx: 2,
          fill: b.current ? INK : "#ffffff",
          stroke: b.current ? INK : GREY,
          "stroke-width": 1.5,
          "stroke-dasharray": b.current ? null : "3 2",
        }),
        svg(
          "text",
          { x: x + BADGE_W / 2, y: by + BADGE_H / 2, dy: "0.35em", "text-anchor": "middle", "font-family": "Arial, Helvetica, sans-serif", "font-size": 10, "font-weight": "bold", fill: b.current ? "#ffffff" : INK },
          b.code,
        ),
      ),
    );
  });
  return g;
}

export interface PersonLabels {
  nameLines: string[];
  relLines: string[];
  /** "? not confirmed (62%)" for a possible relative. */
  sure: string | null;
  badges: Badge[];
  /** Where the labels end below the symbol's centre. */
  bottom: number;
  /** Half the width of the widest label (at least the symbol's), for hit areas and outlines. */
  half: number;
}

/** The text under a person and how much room it takes: pure, so household outlines fit it without drawing. */
export function personLabels(v: PersonView): PersonLabels {
  const p = v.person;
  const person = p.member?.person;
  const badges = person ? badgesOf(person.involvements, v.conference) : [];
  const nameLines = person ? wrap(person.name, 13, LABEL_WIDTH, 2) : [];
  const relLines = wrap(relationshipText(p, v.relationships !== false), 12, LABEL_WIDTH, 2);
  const sure = p.member?.inferred ? (p.confidence !== null ? `? not confirmed (${Math.round(p.confidence * 100)}%)` : "? not confirmed") : null;
  const textEnd = R + 18 + nameLines.length * 15 + relLines.length * 14 + (sure ? 14 : 0);
  const bottom = textEnd - 6 + (badges.length ? Math.ceil(badges.length / 4) * (BADGE_H + BADGE_GAP) : 0);
  // Estimated as wrap() does, so the focus ring leaves partnership years beside the person visible.
  const widest = Math.max(
    2 * R + 16,
    ...nameLines.map((l) => l.length * 13 * 0.58),
    ...relLines.map((l) => l.length * 12 * 0.55),
    sure ? sure.length * 12 * 0.58 : 0,
    Math.min(4, badges.length) * (BADGE_W + BADGE_GAP),
  );
  return { nameLines, relLines, sure, badges, bottom, half: Math.min(LABEL_WIDTH, widest) / 2 + 6 };
}

/** The person's group, translated to their place. */
export function personNode(v: PersonView): SVGGElement {
  const p = v.person;
  const placeholder = !p.member;
  const person = p.member?.person;
  const { nameLines, relLines, sure, badges, bottom, half } = personLabels(v);
  const age = person ? ageOn(person, v.today) : null;
  const g = svg("g", { class: placeholder ? "gg-person gg-person--placeholder" : "gg-node", transform: `translate(${p.x},${p.y})`, "data-id": p.id });

  let y = R + 18;
  const texts: SVGTextElement[] = [];
  for (const line of nameLines) {
    texts.push(label(0, y, line, { class: "gg-label", "font-size": 13, "font-weight": "bold", fill: p.member?.inferred ? GREY : INK }));
    y += 15;
  }
  for (const line of relLines) {
    texts.push(label(0, y, line, { class: "gg-label", fill: placeholder || p.member?.inferred ? GREY : INK, "font-style": placeholder ? "italic" : null }));
    y += 14;
  }
  if (sure) {
    texts.push(label(0, y, sure, { class: "gg-label", fill: GREY, "font-weight": "bold" }));
    y += 14;
  }
  const badgeGroup = badges.length ? badgeRow(badges, y - 6) : null;

  if (placeholder) g.append(title(`${p.placeholderLabel ?? "unknown parent"}: not recorded`));
  // Hit area and focus ring: the whole symbol and its labels, never under 24 px.
  const box = { x: -half, y: -R - 10, width: 2 * half, height: bottom + R + 14 };
  g.append(svg("rect", { class: "gg-focus-ring", ...box, rx: 6, fill: "none", stroke: "none" }));
  g.append(
    personSymbol({
      sex: p.sex,
      focus: v.focus,
      deceased: !!person?.deathDate,
      uncertain: placeholder || !!p.member?.inferred,
      inner: placeholder ? "?" : age !== null ? String(age) : "",
    }),
  );
  if (p.member?.inferred) {
    g.append(label(R + 6, -R + 4, "?", { "font-size": 16, "font-weight": "bold", fill: GREY, "text-anchor": "start" }));
  }
  g.append(...texts);
  if (badgeGroup) g.append(badgeGroup);
  // A person's button (below) says everything the drawing shows, in words; the drawn age, name, relationship
  // and badges are kept from screen readers so they are not read twice.
  if (!placeholder) {
    for (const child of g.children) child.setAttribute("aria-hidden", "true");
    // The button is the transparent hit area laid over the drawing, not a group around its text: a button
    // holding the drawn words would need an aria-label repeating them word for word ("52 Adam Williams
    // paternal grandfather HSG GP"), which axe's label-content-name-mismatch asks for and no one wants read.
    const name = accessibleName(v, badges);
    g.append(svg("rect", { class: "gg-person gg-hit", ...box, fill: "transparent", role: "button", tabindex: -1, "aria-label": name, "data-id": p.id }, title(name)));
  }
  return g;
}

/** The +/- control that folds a person's descendants away, with "+n" when folded. */
export function foldControl(p: PlacedPerson, name: string, collapsed: boolean, hidden: number): SVGGElement {
  // Low on the symbol's right: clear of the partnership line and its years above, and of the name below.
  const cx = p.x + R + 14;
  const cy = p.y + R - 4;
  const g = svg(
    "g",
    {
      class: "gg-fold",
      role: "button",
      tabindex: "-1",
      "data-id": p.id,
      "aria-label": collapsed ? `Show ${name}'s ${hidden} folded ${hidden === 1 ? "descendant" : "descendants"}` : `Fold away ${name}'s descendants`,
      "aria-expanded": collapsed ? "false" : "true",
    },
    svg("rect", { class: "gg-hit", x: cx - 12, y: cy - 12, width: 24, height: 24, fill: "transparent" }),
    svg("rect", { class: "gg-focus-ring", x: cx - 13, y: cy - 13, width: 26, height: 26, rx: 4, fill: "none", stroke: "none" }),
    svg("circle", { cx, cy, r: 9, fill: "#ffffff", stroke: INK, "stroke-width": 1.5 }),
    svg("path", { d: collapsed ? `M${cx - 5},${cy}h10M${cx},${cy - 5}v10` : `M${cx - 5},${cy}h10`, stroke: INK, "stroke-width": 2 }),
  );
  if (collapsed) g.append(label(cx + 13, cy + 4, `+${hidden}`, { "text-anchor": "start", "font-weight": "bold" }));
  return g;
}
