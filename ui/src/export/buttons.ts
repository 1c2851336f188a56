// "Download SVG / PNG / PDF (A4) / PDF (A3)" and "Print", for the person page to place under a diagram. Each
// download names the file after what, whom and when (exportFilename), and says in a status line what happened.

import { h } from "../dom";
import { downloadBlob } from "./download";
import { exportPdf, exportPng, exportSvg } from "./files";
import { exportFilename } from "./meta";
import type { ExportKind, ExportMeta } from "./meta";

const DOWNLOADS: [string, ExportKind][] = [
  ["Download SVG", "svg"],
  ["Download PNG", "png"],
  ["Download PDF (A4)", "pdf-a4"],
  ["Download PDF (A3)", "pdf-a3"],
];

async function make(kind: ExportKind, svg: SVGSVGElement, meta: ExportMeta): Promise<Blob> {
  if (kind === "svg") return exportSvg(svg, meta);
  if (kind === "png") return exportPng(svg, meta);
  return exportPdf(svg, meta, kind === "pdf-a4" ? "A4" : "A3");
}

export function exportButtons(getSvg: () => SVGSVGElement, meta: () => ExportMeta): HTMLElement {
  const status = h("p", { class: "govuk-body-s export-buttons__status", role: "status" });
  const buttons = DOWNLOADS.map(([label, kind]) => {
    const button = h("button", { type: "button", class: "govuk-button govuk-button--secondary", "data-export": kind }, label);
    button.addEventListener("click", async () => {
      if (button.getAttribute("aria-disabled") === "true") return;
      button.setAttribute("aria-disabled", "true");
      status.textContent = "Preparing the file…";
      try {
        const details = meta();
        const filename = exportFilename(details, kind);
        downloadBlob(await make(kind, getSvg(), details), filename);
        status.textContent = `Downloaded ${filename}.`;
      } catch (error) {
        status.textContent = `The file could not be made: ${error instanceof Error ? error.message : String(error)}`;
      } finally {
        button.removeAttribute("aria-disabled");
      }
    });
    return button;
  });
  const print = h("button", { type: "button", class: "govuk-button govuk-button--secondary", "data-export": "print" }, "Print");
  print.addEventListener("click", () => window.print());
  return h(
    "div",
    { class: "export-buttons no-print" },
    h("div", { class: "govuk-button-group", role: "group", "aria-label": "Download or print the diagram" }, buttons, print),
    status,
  );
}
