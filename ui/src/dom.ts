// Builds DOM nodes. Text always goes in as text nodes, never as HTML, so data can't inject markup.

export type Child = Node | string | number | null | undefined | false;
export type Children = Child | Children[];
export type Attrs = Record<string, string | number | boolean | null | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...children: Children[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [name, value] of Object.entries(attrs)) {
      if (name.toLowerCase().startsWith("on")) throw new Error(`No inline handlers: ${name}`);
      if (name === "style") throw new Error("No style attributes: the Content-Security-Policy refuses them");
      if (value === null || value === undefined || value === false) continue;
      el.setAttribute(name, value === true ? "" : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Children[]): void {
  for (const child of children) {
    if (Array.isArray(child)) {
      append(parent, child);
      continue;
    }
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** A definition list that leaves out every row whose value is empty. */
export function summaryList(rows: [string, Children][], className = "summary"): HTMLDListElement | null {
  const kept = rows.filter(([, value]) => !isEmpty(value));
  if (kept.length === 0) return null;
  return h(
    "dl",
    { class: className },
    kept.map(([label, value]) => h("div", { class: `${className}__row` }, h("dt", null, label), h("dd", null, value))),
  );
}

function isEmpty(value: Children): boolean {
  if (Array.isArray(value)) return value.every(isEmpty);
  return value === null || value === undefined || value === false || (typeof value === "string" && value.trim() === "");
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** An SVG element. Attributes only (the page's Content-Security-Policy refuses style attributes): classes and presentation attributes. */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Children[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  if (attrs) {
    for (const [name, value] of Object.entries(attrs)) {
      if (name.toLowerCase().startsWith("on") || name === "style") throw new Error(`Not allowed: ${name}`);
      if (value === null || value === undefined || value === false) continue;
      el.setAttribute(name, value === true ? "" : String(value));
    }
  }
  append(el, children);
  return el;
}
