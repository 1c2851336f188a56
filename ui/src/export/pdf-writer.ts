// A minimal PDF 1.4 writer for one landscape page: the picture as a JPEG (DCTDecode, which PDF takes as it is,
// so no compression code is needed) and the header and footer as real text in the standard Helvetica fonts.
// Written by hand because jspdf with svg2pdf.js would add well over 100 KB gzipped to a 300 KB budget.

import type { HeaderText } from "./meta";

export type PageSize = "A4" | "A3";

/** Landscape page sizes in points (1/72 inch). */
export const PAGE_POINTS: Record<PageSize, [number, number]> = {
  A4: [841.89, 595.28],
  A3: [1190.55, 841.89],
};

export interface PdfPicture {
  jpeg: Uint8Array;
  /** Pixel size of the JPEG. */
  width: number;
  height: number;
}

const MARGIN = 28;

// Widths (1/1000 em) of Helvetica-Bold's capitals and hyphen, from its AFM, to centre the marking.
const BOLD_WIDTHS: Record<string, number> = {
  A: 722, C: 722, E: 667, F: 611, I: 278, L: 611, N: 722, O: 778, S: 667, T: 611, V: 667, "-": 333, " ": 278,
};

export function boldTextWidth(text: string, size: number): number {
  return ([...text].reduce((sum, ch) => sum + (BOLD_WIDTHS[ch] ?? 722), 0) * size) / 1000;
}

// The typographic characters outside Latin-1 that WinAnsiEncoding has; anything else becomes "?".
const WIN_ANSI: Record<string, number> = { "\u2018": 0x91, "\u2019": 0x92, "\u201c": 0x93, "\u201d": 0x94, "\u2013": 0x96, "\u2014": 0x97, "\u2022": 0x95 };

/** A PDF string literal in WinAnsiEncoding, with (, ) and \ escaped. */
export function pdfString(text: string): string {
  let out = "(";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const byte = WIN_ANSI[ch] ?? (code < 256 && code >= 32 ? code : 0x3f);
    const c = String.fromCharCode(byte);
    out += c === "(" || c === ")" || c === "\\" ? `\\${c}` : c;
  }
  return `${out})`;
}

/** Where the picture goes: as large as fits between the header and the footer, centred, aspect kept. */
export function picturePlacement(page: [number, number], picture: { width: number; height: number }, headerHeight: number) {
  const [pw, ph] = page;
  const boxWidth = pw - 2 * MARGIN;
  const boxHeight = ph - headerHeight - MARGIN - 24;
  const scale = Math.min(boxWidth / picture.width, boxHeight / picture.height);
  const width = picture.width * scale;
  const height = picture.height * scale;
  return { x: (pw - width) / 2, y: MARGIN + 20 + (boxHeight - height) / 2, width, height };
}

const fixed = (n: number): string => (Math.round(n * 100) / 100).toString();

function pageContent(page: [number, number], header: HeaderText, picture: PdfPicture): string {
  const [pw, ph] = page;
  const text = (font: string, size: number, x: number, y: number, value: string): string =>
    `BT /${font} ${size} Tf ${fixed(x)} ${fixed(y)} Td ${pdfString(value)} Tj ET`;
  const markingX = (pw - boldTextWidth(header.marking, 11)) / 2;
  const lines = [
    text("F2", 11, markingX, ph - 20, header.marking),
    text("F2", 15, MARGIN, ph - 44, header.heading),
    text("F1", 10, MARGIN, ph - 60, header.dates),
  ];
  let headerHeight = 68;
  if (header.conference) {
    lines.push(text("F2", 10, MARGIN, ph - 74, header.conference));
    headerHeight = 82;
  }
  const place = picturePlacement(page, picture, headerHeight);
  lines.push(`q ${fixed(place.width)} 0 0 ${fixed(place.height)} ${fixed(place.x)} ${fixed(place.y)} cm /Im1 Do Q`);
  lines.push(`0.7 G 0.5 w ${fixed(place.x)} ${fixed(place.y)} ${fixed(place.width)} ${fixed(place.height)} re S`);
  lines.push(text("F2", 11, markingX, 12, header.marking));
  return lines.join("\n");
}

function bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

/** The whole PDF file: catalog, pages, page, two fonts, the image, the content stream, info; xref and trailer. */
export function buildPdf(size: PageSize, header: HeaderText, picture: PdfPicture): Uint8Array {
  const page = PAGE_POINTS[size];
  const content = pageContent(page, header, picture);
  const objects: (string | [string, Uint8Array, string])[] = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${fixed(page[0])} ${fixed(page[1])}] ` +
      "/Resources << /Font << /F1 4 0 R /F2 5 0 R >> /XObject << /Im1 6 0 R >> >> /Contents 7 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    [
      `<< /Type /XObject /Subtype /Image /Width ${picture.width} /Height ${picture.height} /ColorSpace /DeviceRGB ` +
        `/BitsPerComponent 8 /Filter /DCTDecode /Length ${picture.jpeg.length} >>\nstream\n`,
      picture.jpeg,
      "\nendstream",
    ],
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    `<< /Title ${pdfString(header.heading)} /Subject ${pdfString(header.marking)} /Producer (Family Context) >>`,
  ];
  const chunks: Uint8Array[] = [bytes("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n")];
  let length = chunks[0]!.length;
  const offsets: number[] = [];
  const push = (chunk: Uint8Array): void => {
    chunks.push(chunk);
    length += chunk.length;
  };
  objects.forEach((object, i) => {
    offsets.push(length);
    push(bytes(`${i + 1} 0 obj\n`));
    if (typeof object === "string") push(bytes(object));
    else {
      push(bytes(object[0]));
      push(object[1]);
      push(bytes(object[2]));
    }
    push(bytes("\nendobj\n"));
  });
  const xref = length;
  const entries = offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  push(
    bytes(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${entries}` +
        `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 8 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
    ),
  );
  const file = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    file.set(chunk, at);
    at += chunk.length;
  }
  return file;
}
