// What makes a downloaded export a real file of its kind, judged from its bytes rather than its name.

import { PNG } from "pngjs";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height when the bytes are a PNG that decodes; null otherwise. */
export function pngSize(bytes) {
  if (bytes.length < 8 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
  try {
    const png = PNG.sync.read(bytes);
    return { width: png.width, height: png.height };
  } catch {
    return null;
  }
}

/** A PDF: the header, at least one page object and the end-of-file marker (a cut-off download has none). */
export function looksLikePdf(bytes) {
  const text = bytes.toString("latin1");
  return text.startsWith("%PDF-") && /\/Type\s*\/Page\b/.test(text) && text.trimEnd().endsWith("%%EOF");
}

/** An SVG document that parses as XML with an <svg> root in the SVG namespace, judged in the page's own parser. */
export async function svgRootIn(page, text) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "image/svg+xml");
    const root = doc.documentElement;
    if (doc.querySelector("parsererror") || root.localName !== "svg") return null;
    return { namespace: root.namespaceURI, text: root.textContent ?? "" };
  }, text);
}

/** Saves a download started by `click` and returns its suggested name and bytes. */
export async function download(page, click) {
  const { readFile } = await import("node:fs/promises");
  const [file] = await Promise.all([page.waitForEvent("download", { timeout: 20000 }), click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}
