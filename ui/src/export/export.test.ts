import { describe, expect, it } from "vitest";
import { exportFilename, headerText, slug } from "./meta";
import type { ExportMeta } from "./meta";
import { boldTextWidth, buildPdf, pdfString, picturePlacement, PAGE_POINTS } from "./pdf-writer";

const META: ExportMeta = {
  title: "Genogram",
  subject: "Poppy Ashworth",
  correctAsOf: "2026-12-04",
  printedOn: "2026-12-04T10:30",
  conference: false,
};

const latin1 = (bytes: Uint8Array): string => Array.from(bytes, (b) => String.fromCharCode(b)).join("");

describe("the header", () => {
  it("says what, whom, when true and when printed, with the marking", () => {
    expect(headerText(META)).toEqual({
      marking: "OFFICIAL-SENSITIVE",
      heading: "Genogram: Poppy Ashworth",
      dates: "Correct as of 4 December 2026. Printed 4 December 2026, 10:30.",
      conference: null,
    });
  });
  it("does not repeat a subject the title already names", () => {
    const family = { ...META, title: "Family of Poppy Ashworth", correctAsOf: "4 December 2026", printedOn: "4 December 2026" };
    expect(headerText(family).heading).toBe("Family of Poppy Ashworth");
    expect(headerText(family).dates).toBe("Correct as of 4 December 2026. Printed 4 December 2026.");
    expect(exportFilename(family, "pdf-a4")).toBe("family-of-poppy-ashworth-4-december-2026-a4.pdf");
  });
  it("marks a conference version", () => {
    expect(headerText({ ...META, conference: true }).conference).toBe("Conference version: police and health details left out");
  });
});

describe("file names", () => {
  it("name what, whom, the date and the version, safely", () => {
    expect(exportFilename(META, "svg")).toBe("genogram-poppy-ashworth-2026-12-04.svg");
    expect(exportFilename({ ...META, title: "Eco-map", subject: "Zoë O'Neill", conference: true }, "pdf-a3")).toBe(
      "eco-map-zoe-o-neill-2026-12-04-conference-a3.pdf",
    );
    expect(exportFilename({ ...META, correctAsOf: "2026-12-04T09:00:00Z" }, "png")).toBe("genogram-poppy-ashworth-2026-12-04.png");
    expect(slug("../../etc/passwd")).toBe("etc-passwd");
  });
});

describe("the PDF writer", () => {
  const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x28, 0x29, 0x5c, 0xff, 0xd9]);
  const header = headerText({ ...META, subject: "Kelly (Kel) O\u2019Brien \\ test", conference: true });
  const file = buildPdf("A4", header, { jpeg, width: 400, height: 200 });
  const text = latin1(file);

  it("writes a PDF header, and an xref whose every offset points at its object", () => {
    expect(text.startsWith("%PDF-1.4\n")).toBe(true);
    expect(text.endsWith("%%EOF\n")).toBe(true);
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1]);
    expect(text.slice(startxref, startxref + 4)).toBe("xref");
    const offsets = [...text.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(8);
    offsets.forEach((offset, i) => expect(text.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`));
    expect(text).toContain("/Size 9 /Root 1 0 R");
  });

  it("embeds the JPEG byte for byte with its length, and gives every stream its true length", () => {
    const image = /\/Length (\d+) >>\nstream\n/.exec(text.slice(text.indexOf("/DCTDecode")))!;
    expect(Number(image[1])).toBe(jpeg.length);
    const start = text.indexOf("stream\n", text.indexOf("/DCTDecode")) + "stream\n".length;
    expect(Array.from(file.slice(start, start + jpeg.length))).toEqual(Array.from(jpeg));
    for (const m of text.matchAll(/\/Length (\d+) >>\nstream\n/g)) {
      const begin = m.index! + m[0].length;
      expect(text.slice(begin + Number(m[1]), begin + Number(m[1]) + "\nendstream".length)).toBe("\nendstream");
    }
  });

  it("is landscape, with the marking top and bottom, the dates, the conference line and escaped text", () => {
    expect(text).toContain("/MediaBox [0 0 841.89 595.28]");
    expect(text.match(/\(OFFICIAL-SENSITIVE\) Tj/g)).toHaveLength(2);
    expect(text).toContain("(Correct as of 4 December 2026. Printed 4 December 2026, 10:30.) Tj");
    expect(text).toContain("(Conference version: police and health details left out) Tj");
    expect(text).toContain("(Genogram: Kelly \\(Kel\\) O\x92Brien \\\\ test) Tj");
  });

  it("encodes text in WinAnsi and replaces what it cannot show", () => {
    expect(pdfString("a(b)c\\")).toBe("(a\\(b\\)c\\\\)");
    expect(pdfString("caf\u00e9 \u2013 \u4e2d")).toBe("(caf\u00e9 \x96 ?)");
  });

  it("fits the picture inside the page between header and footer, aspect kept", () => {
    for (const size of ["A4", "A3"] as const) {
      const page = PAGE_POINTS[size];
      for (const picture of [{ width: 4000, height: 1000 }, { width: 1000, height: 3000 }]) {
        const p = picturePlacement(page, picture, 82);
        expect(p.x).toBeGreaterThanOrEqual(28 - 1e-9);
        expect(p.x + p.width).toBeLessThanOrEqual(page[0] - 28 + 1e-9);
        expect(p.y).toBeGreaterThanOrEqual(28);
        expect(p.y + p.height).toBeLessThanOrEqual(page[1] - 82 + 1e-9);
        expect(p.width / p.height).toBeCloseTo(picture.width / picture.height, 6);
      }
    }
  });

  it("centres the marking by Helvetica-Bold's widths", () => {
    // From the AFM: O 778, F 611 x2, I 278 x4, C 722, A 722, L 611, - 333, S 667 x2, E 667 x2, N 722, T 611, V 667 = 10,168.
    expect(boldTextWidth("OFFICIAL-SENSITIVE", 10)).toBeCloseTo(101.68, 2);
  });
});
