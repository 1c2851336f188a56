// The three file exports of a diagram. Kept apart from index.ts so the buttons can use them without a cycle.

import { headerText } from "./meta";
import type { ExportMeta } from "./meta";
import { buildPdf } from "./pdf-writer";
import type { PageSize } from "./pdf-writer";
import { rasterise } from "./raster";
import { framedCopy, serialise, styledCopy } from "./svg-copy";

export function exportSvg(svg: SVGSVGElement, meta: ExportMeta): Blob {
  return new Blob([serialise(framedCopy(svg, meta).svg)], { type: "image/svg+xml" });
}

export async function exportPng(svg: SVGSVGElement, meta: ExportMeta): Promise<Blob> {
  return (await rasterise(framedCopy(svg, meta), 2, "image/png")).blob;
}

/** One landscape page: the header and foot marking as PDF text, the diagram (legend inside) as a 2x picture. */
export async function exportPdf(svg: SVGSVGElement, meta: ExportMeta, page: PageSize): Promise<Blob> {
  const picture = await rasterise(styledCopy(svg), 2, "image/jpeg");
  const jpeg = new Uint8Array(await picture.blob.arrayBuffer());
  const file = buildPdf(page, headerText(meta), { jpeg, width: picture.width, height: picture.height });
  return new Blob([file.buffer as ArrayBuffer], { type: "application/pdf" });
}
