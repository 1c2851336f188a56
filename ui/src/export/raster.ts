// Draws an SVG copy onto a canvas (via an <img> of a blob: URL; the page's img-src allows blob: for this) and
// encodes it as PNG or JPEG. White behind, so a JPEG has no black where the SVG is transparent.

import { serialise } from "./svg-copy";
import type { SvgCopy } from "./svg-copy";

/** Canvases much bigger than this fail silently in some browsers: a huge family is scaled down to fit. */
const MAX_SIDE = 8000;

export interface Raster {
  blob: Blob;
  width: number;
  height: number;
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error("The diagram could not be drawn as a picture."));
    image.src = url;
  });
}

export async function rasterise(copy: SvgCopy, scale: number, type: "image/png" | "image/jpeg"): Promise<Raster> {
  const factor = Math.min(scale, MAX_SIDE / copy.width, MAX_SIDE / copy.height);
  const width = Math.max(1, Math.round(copy.width * factor));
  const height = Math.max(1, Math.round(copy.height * factor));
  const url = URL.createObjectURL(new Blob([serialise(copy.svg)], { type: "image/svg+xml" }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("This browser cannot draw pictures for export.");
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, width, height);
    context.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, 0.92));
    if (!blob) throw new Error("The picture could not be encoded.");
    return { blob, width, height };
  } finally {
    URL.revokeObjectURL(url);
  }
}
