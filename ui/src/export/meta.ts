// What every export says about itself (issue 7 "Export": legend, date, "correct as of" and the
// OFFICIAL-SENSITIVE marking; a conference version marked as such), and what its file is called.

import { formatDate } from "../format";

export interface ExportMeta {
  /** What the picture is: "Genogram", "Eco-map". */
  title: string;
  /** Whom it is about: "Matilda Williams". */
  subject: string;
  /** The date the data is true for (YYYY-MM-DD, or an ISO date-time). */
  correctAsOf: string;
  /** When the export or printout is made (an ISO date-time). */
  printedOn: string;
  /** A conference version: police and health details are left out. */
  conference: boolean;
}

export const MARKING = "OFFICIAL-SENSITIVE";

export interface HeaderText {
  marking: string;
  heading: string;
  dates: string;
  /** Null unless a conference version. */
  conference: string | null;
}

/** The subject, unless the title already names it ("Family of Matilda Williams"). */
function subjectBesideTitle(meta: ExportMeta): string {
  return meta.subject && !meta.title.toLowerCase().includes(meta.subject.toLowerCase()) ? meta.subject : "";
}

export function headerText(meta: ExportMeta): HeaderText {
  const subject = subjectBesideTitle(meta);
  return {
    marking: MARKING,
    heading: subject ? `${meta.title}: ${subject}` : meta.title,
    dates: `Correct as of ${formatDate(meta.correctAsOf)}. Printed ${formatDate(meta.printedOn)}.`,
    conference: meta.conference ? "Conference version: police and health details left out" : null,
  };
}

/** Lower-case words joined by hyphens, ASCII only, so the name is safe on every file system. */
export function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export type ExportKind = "svg" | "png" | "pdf-a4" | "pdf-a3";

/** "genogram-matilda-williams-2026-12-04-conference-a4.pdf": what, whom, when true, which version. */
export function exportFilename(meta: ExportMeta, kind: ExportKind): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(meta.correctAsOf)?.[0] ?? slug(meta.correctAsOf);
  const parts = [slug(meta.title), slug(subjectBesideTitle(meta)), day, meta.conference ? "conference" : ""];
  if (kind === "pdf-a4" || kind === "pdf-a3") parts.push(kind.slice(4));
  const extension = kind.startsWith("pdf") ? "pdf" : kind;
  return `${parts.filter(Boolean).join("-") || "export"}.${extension}`;
}
