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
}

function relationshipText(p: PlacedPerson): string {
  const m = p.member;
  if (!m) return p.placeholderLabel ?? "";
  const rel = m.relationshipToFocus === "this person" ? "" : m.relationshipToFocus;
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
  if (rel && rel !== "this person") parts.push(rel);
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

/** The person's group, translated to their place; its height below the symbol is returned for hit areas. */
export function personNode(v: PersonView): SVGGElement {
  const p = v.person;
  const placeholder = !p.member;
  const person = p.member?.person;
  const badges = person ? badgesOf(person.involvements, v.conference) : [];
  const age = person ? ageOn(person, v.today) : null;
  const g = svg("g", { class: placeholder ? "gg-person gg-person--placeholder" : "gg-person", transform: `translate(${p.x},${p.y})`, "data-id": p.id });

  let y = R + 18;
  const texts: SVGTextElement[] = [];
  const nameLines = placeholder ? [] : wrap(person!.name, 13, LABEL_WIDTH, 2);
  for (const line of nameLines) {
    texts.push(label(0, y, line, { "font-size": 13, "font-weight": "bold", fill: p.member?.inferred ? GREY : INK }));
    y += 15;
  }
  const relLines = wrap(relationshipText(p), 12, LABEL_WIDTH, 2);
  for (const line of relLines) {
    texts.push(label(0, y, line, { fill: placeholder || p.member?.inferred ? GREY : INK, "font-style": placeholder ? "italic" : null }));
    y += 14;
  }
  if (p.member?.inferred) {
    const sure = p.confidence !== null ? `? not confirmed (${Math.round(p.confidence * 100)}%)` : "? not confirmed";
    texts.push(label(0, y, sure, { fill: GREY, "font-weight": "bold" }));
    y += 14;
  }
  const badgeGroup = badges.length ? badgeRow(badges, y - 6) : null;
  const bottom = y - 6 + (badges.length ? Math.ceil(badges.length / 4) * (BADGE_H + BADGE_GAP) : 0);

  if (!placeholder) {
    g.setAttribute("role", "button");
    g.setAttribute("tabindex", "-1");
    g.setAttribute("aria-label", accessibleName(v, badges));
    g.append(title(accessibleName(v, badges)));
  } else {
    g.append(title(`${p.placeholderLabel ?? "unknown parent"}: not recorded`));
  }
  // Hit area and focus ring: the whole symbol and its labels, never under 24 px.
  const box = { x: -LABEL_WIDTH / 2 - 4, y: -R - 10, width: LABEL_WIDTH + 8, height: bottom + R + 14 };
  g.append(svg("rect", { class: "gg-hit", ...box, fill: "transparent" }));
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
  return g;
}

/** The +/- control that folds a person's descendants away, with "+n" when folded. */
export function foldControl(p: PlacedPerson, name: string, collapsed: boolean, hidden: number): SVGGElement {
  const cx = p.x + R + 16;
  const cy = p.y - R - 2;
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
