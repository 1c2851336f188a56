// Downloads of the published tables. The CSV is the server's (after disclosure control), saved as it came; a
// table the server sends no CSV for is written here from the published figures' text, never from anything else.

import { h } from "../dom";

/** A file name that says what and when: family-cohort_families-by-area_2026-12-04_0912.csv */
export function csvFileName(what: string, at: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const when = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}_${pad(at.getHours())}${pad(at.getMinutes())}`;
  const slug = what
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `family-cohort_${slug}_${when}.csv`;
}

/** One CSV field, quoted as RFC 4180 asks; text a spreadsheet would run as a formula is prefixed with '. */
export function csvField(text: string): string {
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvOf(header: string[], rows: string[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** The notes as a table of their own (note number, note text), as the CSV's own notes are published. */
export function notesCsv(notes: string[]): string {
  return csvOf(["note number", "note text"], notes.map((note, i) => [String(i + 1), note]));
}

export function save(fileName: string, text: string): void {
  // A byte order mark, so that a spreadsheet reads the file as UTF-8.
  const blob = new Blob(["\ufeff", text], { type: "text/csv;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const link = h("a", { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Download CSV" (and the notes beside it): buttons, so they work without a server round trip. */
export function downloads(what: string, csv: string, notes: string[], label?: string): HTMLElement {
  // The visible label may name the table when two sit side by side; a screen reader always hears what it is.
  const data = h("button", { class: "govuk-button govuk-button--secondary app-button--small", type: "button" }, label ?? "Download CSV",
    h("span", { class: "govuk-visually-hidden" }, `: ${what}`));
  data.addEventListener("click", () => save(csvFileName(what), csv));
  const noteButton =
    notes.length > 0 ? h("button", { class: "app-button-link", type: "button" }, "Download the notes (CSV)", h("span", { class: "govuk-visually-hidden" }, `: ${what}`)) : null;
  noteButton?.addEventListener("click", () => save(csvFileName(`${what} notes`), notesCsv(notes)));
  return h("div", { class: "downloads" }, data, noteButton);
}
