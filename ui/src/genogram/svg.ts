// Building SVG elements by hand: the genogram is plain SVG (no canvas), reachable by screen readers and
// exportable as a file. Drawing uses presentation attributes, not page CSS, so an exported SVG looks the same.

export const SVG_NS = "http://www.w3.org/2000/svg";

export type Attrs = Record<string, string | number | null | undefined>;

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string | null)[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) el.setAttribute(k, String(v));
  for (const c of children) if (c !== null) el.append(c);
  return el;
}

export function title(text: string): SVGTitleElement {
  return svg("title", {}, text);
}

/** Text with a white halo so lines passing behind it stay readable. */
export function label(x: number, y: number, text: string, attrs: Attrs = {}): SVGTextElement {
  return svg(
    "text",
    { x, y, "text-anchor": "middle", "font-family": "Arial, Helvetica, sans-serif", "font-size": 12, fill: "#0b0c0c", stroke: "#ffffff", "stroke-width": 3, "paint-order": "stroke", "stroke-linejoin": "round", ...attrs },
    text,
  );
}

/** Arial's average character width is about 0.55 em: enough to wrap and truncate labels without measuring. */
export function wrap(text: string, fontSize: number, maxWidth: number, maxLines: number): string[] {
  const perLine = Math.max(4, Math.floor(maxWidth / (fontSize * 0.55)));
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (next.length <= perLine) line = next;
    else {
      if (line) lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, perLine - 1)}…`;
    return kept;
  }
  return lines.map((l) => (l.length > perLine ? `${l.slice(0, perLine - 1)}…` : l));
}
