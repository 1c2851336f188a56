// Zoom and pan by changing the SVG viewBox (buttons, not gestures). Moves are animated briefly unless the
// user asks for reduced motion.

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export class Viewport {
  private box: Box;
  private frame = 0;

  constructor(
    private readonly svg: SVGSVGElement,
    private readonly content: Box,
  ) {
    this.box = { ...content };
    this.apply(this.box);
  }

  get current(): Box {
    return { ...this.box };
  }

  fit(): void {
    this.go({ ...this.content });
  }

  zoom(factor: number, centre?: { x: number; y: number }): void {
    const b = this.box;
    const w = Math.min(Math.max(b.w * factor, 240), this.content.w * 4);
    const h = (w / b.w) * b.h;
    const c = centre ?? { x: b.x + b.w / 2, y: b.y + b.h / 2 };
    this.go({ x: c.x - w / 2, y: c.y - h / 2, w, h });
  }

  /** Pan by a fraction of the visible width or height. */
  pan(dx: number, dy: number): void {
    const b = this.box;
    this.go({ ...b, x: b.x + dx * b.w, y: b.y + dy * b.h });
  }

  /** Centre on a point; zooms in to at most `maxWidth` units across if the whole diagram is showing. */
  centreOn(x: number, y: number, maxWidth = 1400): void {
    const b = this.box;
    const w = Math.min(b.w, maxWidth);
    const h = (w / b.w) * b.h;
    this.go({ x: x - w / 2, y: y - h / 2, w, h });
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
  }

  private go(target: Box): void {
    cancelAnimationFrame(this.frame);
    const reduced = typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
    const from = this.box;
    this.box = target;
    if (reduced) {
      this.apply(target);
      return;
    }
    const start = performance.now();
    const tick = (now: number) => {
      const t = Math.min(1, (now - start) / 160);
      const e = t * (2 - t);
      this.apply({ x: from.x + (target.x - from.x) * e, y: from.y + (target.y - from.y) * e, w: from.w + (target.w - from.w) * e, h: from.h + (target.h - from.h) * e });
      if (t < 1) this.frame = requestAnimationFrame(tick);
    };
    this.frame = requestAnimationFrame(tick);
  }

  private apply(b: Box): void {
    this.svg.setAttribute("viewBox", `${Math.round(b.x)} ${Math.round(b.y)} ${Math.round(b.w)} ${Math.round(b.h)}`);
  }
}
