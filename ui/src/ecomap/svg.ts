// Builds SVG nodes. Like dom.ts's h(): text goes in as text nodes, never markup, and there are no style
// attributes (the Content-Security-Policy refuses them): presentation attributes carry the look, which also
// keeps an exported copy readable on its own.

export const SVG_NS = "http://www.w3.org/2000/svg";

export type SvgChild = Node | string | null | undefined | false;

export function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | null | undefined> = {},
  ...children: (SvgChild | SvgChild[])[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined) continue;
    el.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return el;
}

/** A white outline behind text, so a line passing under a name or a label never makes it hard to read. */
export const HALO = { stroke: "#ffffff", "stroke-width": 4, "paint-order": "stroke", "stroke-linejoin": "round" } as const;

/** Splits text into lines of at most maxChars (a longer single word keeps its own line). */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
