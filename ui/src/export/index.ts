// Exports of a diagram (the genogram or the eco-map, its legend already inside its SVG): SVG, PNG and PDF files,
// each with the OFFICIAL-SENSITIVE marking top and bottom, the title, "correct as of" and the printing date; and
// the buttons that offer them and printing.

export type { ExportMeta } from "./meta";
export type { PageSize } from "./pdf-writer";
export { exportFilename, headerText } from "./meta";
export { downloadBlob } from "./download";
export { exportPdf, exportPng, exportSvg } from "./files";
export { exportButtons } from "./buttons";
