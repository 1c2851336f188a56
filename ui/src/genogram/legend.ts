// The key, drawn inside the SVG so every export carries it: one entry for each symbol, line and badge the
// diagram actually uses, each with a small drawing and words (meaning never by colour alone).

import { HOUSEHOLD_COLOUR } from "./households";
import { PARENT_LINE_STYLE, PARTNERSHIP_DASH } from "./lines";
import { QUALITY_STYLE, qualityPath } from "./quality";
import { GREY, INK, personSymbol } from "./symbols";
import { label, svg } from "./svg";
import type { ParentLine } from "./ties";
import type { RelationshipQualityKind } from "./network";
import type { Sex } from "../api";

export interface LegendUse {
  symbols: Set<"MALE" | "FEMALE" | "UNKNOWN" | "focus" | "deceased" | "placeholder" | "inferred">;
  partnership: Set<string>;
  child: Set<ParentLine | "twins" | "ended">;
  other: Set<"other" | "inferred">;
  quality: Set<RelationshipQualityKind>;
  /** Badge code to service name. */
  badges: Map<string, string>;
  badgeStates: Set<"current" | "historic">;
  household: string | null;
  folded: boolean;
}

export function emptyUse(): LegendUse {
  return { symbols: new Set(), partnership: new Set(), child: new Set(), other: new Set(), quality: new Set(), badges: new Map(), badgeStates: new Set(), household: null, folded: false };
}

type Entry = [draw: () => SVGElement, words: string];

const W = 44;

function lineSample(dash: string | null, colour = INK, extra = ""): SVGElement {
  return svg("path", { d: `M0,0H${W}${extra}`, fill: "none", stroke: colour, "stroke-width": 2, "stroke-dasharray": dash });
}

function taggedSample(dash: string | null, colour: string, text: string): SVGElement {
  const w = text.length * 6.5 + 8;
  return svg(
    "g",
    {},
    lineSample(dash, colour),
    svg("rect", { x: W / 2 - w / 2, y: -8, width: w, height: 16, rx: 3, fill: "#ffffff", stroke: colour, "stroke-width": 1 }),
    label(W / 2, 4, text, { "font-size": 10, "font-weight": "bold", fill: colour, stroke: null }),
  );
}

function symbolSample(sex: Sex, opts: { focus?: boolean; deceased?: boolean; uncertain?: boolean; inner?: string } = {}): SVGElement {
  const g = personSymbol({ sex, focus: !!opts.focus, deceased: !!opts.deceased, uncertain: !!opts.uncertain, inner: opts.inner ?? "", scale: 0.42 });
  g.setAttribute("transform", `translate(${W / 2},0)`);
  return g;
}

function entries(use: LegendUse): Entry[] {
  const out: Entry[] = [];
  const s = use.symbols;
  if (s.has("MALE")) out.push([() => symbolSample("MALE"), "male (age inside)"]);
  if (s.has("FEMALE")) out.push([() => symbolSample("FEMALE"), "female (age inside)"]);
  if (s.has("UNKNOWN")) out.push([() => symbolSample("UNKNOWN"), "sex other or not recorded"]);
  if (s.has("focus")) out.push([() => symbolSample("FEMALE", { focus: true }), "the person the diagram is about"]);
  if (s.has("deceased")) out.push([() => symbolSample("MALE", { deceased: true }), "has died"]);
  if (s.has("placeholder")) out.push([() => symbolSample("MALE", { uncertain: true, inner: "?" }), "parent not recorded"]);
  if (s.has("inferred")) out.push([() => symbolSample("MALE", { uncertain: true }), "possible relative, not confirmed"]);
  const p = use.partnership;
  if (p.has("married")) out.push([() => lineSample(null), "married or civil partners (m. year)"]);
  if (p.has("cohabiting")) out.push([() => lineSample(PARTNERSHIP_DASH["cohabiting"]!), "partners, not married (cohab. year)"]);
  if (p.has("not_recorded")) out.push([() => lineSample(PARTNERSHIP_DASH["not_recorded"]!), "parents; partnership not recorded"]);
  if (p.has("placeholder")) out.push([() => lineSample("5 4", GREY), "with a parent not recorded"]);
  if (p.has("separated")) out.push([() => lineSample(null, INK, `M${W / 2 - 5},9L${W / 2 + 5},-9`), "separated (sep. year)"]);
  if (p.has("divorced")) out.push([() => lineSample(null, INK, `M${W / 2 - 8},9L${W / 2 + 2},-9M${W / 2 - 1},9L${W / 2 + 9},-9`), "divorced (div. year)"]);
  for (const kind of ["birth", "adoptive", "foster", "special_guardian", "kinship_carer", "step", "inferred"] as ParentLine[]) {
    if (!use.child.has(kind)) continue;
    const st = PARENT_LINE_STYLE[kind];
    out.push([() => (st.tag ? taggedSample(st.dash, st.colour, st.tag) : lineSample(st.dash, st.colour)), st.tag && st.tag !== "?" ? `${st.tag}: ${st.words}` : st.words]);
  }
  if (use.child.has("ended")) out.push([() => taggedSample("2 4", GREY, "to 2020"), "care that has ended (grey)"]);
  if (use.child.has("twins")) out.push([() => svg("path", { d: `M${W / 2},-9L${W / 2 - 12},9M${W / 2},-9L${W / 2 + 12},9`, fill: "none", stroke: INK, "stroke-width": 2 }), "twins (lines from one point)"]);
  if (use.other.has("other")) out.push([() => lineSample("2 3", GREY), "other tie, labelled (relative, friend)"]);
  if (use.other.has("inferred")) out.push([() => lineSample("5 4", GREY), "possible tie, inferred (% sure)"]);
  if (use.household) out.push([() => svg("rect", { x: 2, y: -9, width: W - 4, height: 18, rx: 7, fill: "none", stroke: HOUSEHOLD_COLOUR, "stroke-width": 2, "stroke-dasharray": "1 5", "stroke-linecap": "round" }), use.household]);
  for (const q of ["CLOSE", "SUPPORTIVE", "DISTANT", "CONFLICT", "CUT_OFF"] as const) {
    if (!use.quality.has(q)) continue;
    const path = qualityPath(q, W);
    out.push([() => svg("path", { d: path.d, fill: "none", stroke: QUALITY_STYLE[q].colour, "stroke-width": path.width, "stroke-dasharray": path.dash }), `relationship: ${QUALITY_STYLE[q].words}`]);
  }
  if (use.badgeStates.has("current")) out.push([() => badgeSample(true), "service working with them now"]);
  if (use.badgeStates.has("historic")) out.push([() => badgeSample(false), "service worked with them before"]);
  for (const [code, name] of [...use.badges].sort((a, b) => a[0].localeCompare(b[0]))) out.push([() => badgeSample(true, code), name]);
  if (use.folded) out.push([() => svg("g", {}, svg("circle", { cx: 12, cy: 0, r: 8, fill: "#fff", stroke: INK, "stroke-width": 1.5 }), svg("path", { d: "M7,0h10M12,-5v10", stroke: INK, "stroke-width": 2 })), "descendants folded away (+ how many)"]);
  return out;
}

function badgeSample(current: boolean, code = "ABC"): SVGElement {
  return svg(
    "g",
    {},
    svg("rect", { x: 4, y: -8, width: 34, height: 17, rx: 2, fill: current ? INK : "#fff", stroke: current ? INK : GREY, "stroke-width": 1.5, "stroke-dasharray": current ? null : "3 2" }),
    svg("text", { x: 21, y: 0, dy: "0.35em", "text-anchor": "middle", "font-family": "Arial, Helvetica, sans-serif", "font-size": 10, "font-weight": "bold", fill: current ? "#fff" : INK }, code),
  );
}

/** The key as a group at (x, y), at most `width` wide; returns it with its height. */
export function legend(use: LegendUse, x: number, y: number, width: number): { g: SVGGElement; height: number } {
  const list = entries(use);
  const colW = 300;
  const cols = Math.max(1, Math.min(4, Math.floor(width / colW)));
  const perCol = Math.ceil(list.length / cols);
  const rowH = 28;
  const g = svg("g", { class: "gg-legend", transform: `translate(${x},${y})` });
  g.append(svg("rect", { x: 0, y: 0, width: cols * colW + 16, height: perCol * rowH + 48, fill: "#ffffff", stroke: "#b1b4b6", "stroke-width": 1 }));
  g.append(label(16, 26, "Key", { "text-anchor": "start", "font-size": 16, "font-weight": "bold", stroke: null }));
  list.forEach(([draw, words], i) => {
    const cx = 16 + Math.floor(i / perCol) * colW;
    const cy = 52 + (i % perCol) * rowH;
    const sample = draw();
    const holder = svg("g", { transform: `translate(${cx},${cy})` }, sample);
    holder.append(label(W + 12, 4, words, { "text-anchor": "start", stroke: null }));
    g.append(holder);
  });
  return { g, height: perCol * rowH + 48 };
}
