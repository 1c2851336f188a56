// Browser check of the eco-map and the exports (SVG, PNG, PDF A4/A3, print), on a page of its own: no server
// or database needed. It bundles e2e/exports-page.ts, serves it on 127.0.0.1 with the app's own
// Content-Security-Policy (read from SecurityHeaders.java, so a policy that breaks the exports fails here), and
// checks the files. With poppler-utils installed (pdfinfo, pdftoppm) it also opens the PDFs.
//
//   node ui/e2e/exports.mjs [OUTDIR]        (run from the repository root; files and screenshots go to OUTDIR,
//                                            default a new folder under the system temp folder)
//
// Needs playwright-core (a devDependency of ui) and a Chromium (CHROMIUM=/usr/bin/chromium by default).
// Exits non-zero when a check fails.

import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { compile } from "sass";

const ui = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const out = process.argv[2] ? resolve(process.argv[2]) : mkdtempSync(join(tmpdir(), "fc-exports-"));
const { chromium } = await import(process.env.PLAYWRIGHT_CORE ?? "playwright-core");

const java = readFileSync(resolve(ui, "../api/src/main/java/org/familycontext/api/security/SecurityHeaders.java"), "utf8");
const policyMatch = /static final String POLICY =((?:\s*\+?\s*"[^"]*")+);/.exec(java);
if (!policyMatch) throw new Error("POLICY not found in SecurityHeaders.java");
const policy = [...policyMatch[1].matchAll(/"([^"]*)"/g)].map((m) => m[1]).join("");

await build({ entryPoints: [join(ui, "e2e/exports-page.ts")], outfile: join(out, "page.js"), bundle: true, format: "esm", logLevel: "warning" });
// The page's own styles, compiled as scripts/build.mjs does.
writeFileSync(join(out, "app.css"), compile(join(ui, "src/styles/app.scss"), { loadPaths: [ui], style: "compressed", quietDeps: true }).css);
copyFileSync(join(ui, "src/main/web/print.css"), join(out, "print.css"));
writeFileSync(
  join(out, "index.html"),
  `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Exports check</title>
<link rel="stylesheet" href="app.css"><link rel="stylesheet" href="print.css" media="print">
<script type="module" src="page.js"></script></head><body><header class="header"><div class="marking"><strong>OFFICIAL-SENSITIVE</strong></div>
</header><main id="main" class="govuk-width-container govuk-main-wrapper"><h1 class="govuk-heading-l">Poppy Ashworth</h1>
<p class="print-only print-meta">Eco-map: Poppy Ashworth. Correct as of 4 December 2026. Printed 4 December 2026.</p>
<div id="diagram"></div><div id="buttons"></div></main></body></html>`,
);
const types = { html: "text/html", js: "text/javascript", css: "text/css" };
const server = createServer((req, res) => {
  const name = req.url.split("?")[0].slice(1) || "index.html";
  if (name === "favicon.ico") return res.writeHead(204).end();
  const file = join(out, name);
  if (!/^[\w.-]+$/.test(name) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { "Content-Type": types[name.split(".").pop()] ?? "application/octet-stream", "Content-Security-Policy": policy });
  res.end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const base = `http://127.0.0.1:${server.address().port}/`;

let failures = 0;
function check(condition, what) {
  console.log(`${condition ? "ok  " : "FAIL"} ${what}`);
  if (!condition) failures++;
}
const hasPoppler = (() => {
  try {
    execFileSync("pdfinfo", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
  const problems = [];
  page.on("pageerror", (e) => problems.push(String(e)));
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  await page.goto(base);
  await page.waitForSelector("svg.ecomap");
  await page.screenshot({ path: join(out, "ecomap.png"), fullPage: true });

  check((await page.locator("svg.ecomap .ecomap__service").count()) === 10, "eco-map: ten services round the sample family");
  check((await page.locator("svg.ecomap .ecomap__member").count()) === 5, "eco-map: five people in the family circle");
  check((await page.locator("svg.ecomap title").first().textContent()) === "Eco-map for Poppy Ashworth", "eco-map: SVG title");
  let focused = "";
  for (let i = 0; i < 30 && !focused; i++) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => document.activeElement?.getAttribute("data-person-id") ?? "");
  }
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement.querySelector(".ecomap__focus-ring")).visibility);
  check(focused !== "" && ring === "visible", `keyboard: Tab reaches a person (${focused}) and shows the focus box`);
  await page.keyboard.press("Enter");
  check((await page.evaluate(() => window.selected)).includes(focused), "keyboard: Enter selects the focused person");

  const files = await page.evaluate(() => window.runExports());
  check(files.types.join() === "image/svg+xml,image/png,application/pdf", `file types ${files.types.join(", ")}`);
  writeFileSync(join(out, "export.svg"), files.svg);
  const svgCheck = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    const all = [...doc.querySelectorAll("text")].map((t) => t.textContent);
    return { error: doc.querySelector("parsererror") !== null, markings: all.filter((t) => t === "OFFICIAL-SENSITIVE").length, all, styled: !!doc.querySelector('text[font-family]') };
  }, files.svg);
  check(!svgCheck.error && svgCheck.markings === 2, "SVG: well-formed, OFFICIAL-SENSITIVE top and bottom");
  check(svgCheck.all.includes("Eco-map: Poppy Ashworth") && svgCheck.all.some((t) => t.startsWith("Correct as of 4 December 2026")), "SVG: title and dates");
  check(svgCheck.all.includes("Key") && svgCheck.styled, "SVG: legend inside and fonts written on the elements");
  const png = Buffer.from(files.png, "base64");
  writeFileSync(join(out, "export.png"), png);
  check(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `PNG: signature, ${png.length} bytes`);
  check(png.readUInt32BE(16) > 1500 && png.readUInt32BE(20) > 1000, `PNG: drawn at 2x (${png.readUInt32BE(16)} x ${png.readUInt32BE(20)})`);
  for (const [size, data, points] of [["A4", files.a4, "841.89 x 595.28"], ["A3", files.a3, "1190.55 x 841.89"]]) {
    const pdf = Buffer.from(data, "base64");
    const file = join(out, `export-${size}.pdf`);
    writeFileSync(file, pdf);
    check(pdf.subarray(0, 5).toString() === "%PDF-" && pdf.subarray(-6).toString() === "%%EOF\n", `PDF ${size}: %PDF header and %%EOF`);
    if (hasPoppler) {
      const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
      check(info.includes(`Page size:       ${points} pts`) && /Pages:\s+1\n/.test(info), `PDF ${size}: opens, one landscape page (pdfinfo)`);
      const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
      check((text.match(/OFFICIAL-SENSITIVE/g) ?? []).length === 2 && text.includes("Correct as of 4 December 2026"), `PDF ${size}: marking twice and the dates as text`);
      execFileSync("pdftoppm", ["-r", "50", "-png", "-singlefile", file, join(out, `export-${size}`)]);
    }
  }

  const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=Download PDF (A4)")]);
  check(download.suggestedFilename() === "eco-map-poppy-ashworth-2026-12-04-a4.pdf", `button: downloads ${download.suggestedFilename()}`);
  check((await page.textContent(".export-buttons__status")).startsWith("Downloaded"), "button: says the file was downloaded");

  await page.pdf({ path: join(out, "print.pdf"), preferCSSPageSize: true });
  if (hasPoppler) {
    const info = execFileSync("pdfinfo", [join(out, "print.pdf")], { encoding: "utf8" });
    const text = execFileSync("pdftotext", ["-layout", join(out, "print.pdf"), "-"], { encoding: "utf8" });
    check(/Pages:\s+1\n/.test(info) && /Page size:\s+841\.\d+ x 59\d\.\d+ pts/.test(info), "print: one A4 landscape page");
    check((text.match(/OFFICIAL-SENSITIVE/g) ?? []).length === 2 && !text.includes("Download SVG"), "print: marking top and bottom, no buttons");
    execFileSync("pdftoppm", ["-r", "50", "-png", "-singlefile", join(out, "print.pdf"), join(out, "print")]);
  }

  await page.goto(`${base}?conference`);
  await page.waitForSelector("svg.ecomap");
  await page.screenshot({ path: join(out, "ecomap-conference.png"), fullPage: true });
  const services = await page.locator("svg.ecomap .ecomap__service").evaluateAll((els) => els.map((e) => e.getAttribute("data-service")));
  check(!services.some((s) => ["POLICE", "HEALTH_VISITOR", "GP", "ADULT_MENTAL_HEALTH", "DRUG_AND_ALCOHOL"].includes(s)), "conference: no police or health services");
  const conferenceSvg = (await page.evaluate(() => window.runExports())).svg;
  check(conferenceSvg.includes("Conference version") && !conferenceSvg.includes(">Police<"), "conference: the export says so and leaves police out");

  check(problems.length === 0, `no page errors or refused resources${problems.length ? `: ${problems.join(" | ")}` : ""}`);
} finally {
  await browser.close();
  server.close();
}
console.log(`files and screenshots in ${out}`);
process.exit(failures === 0 ? 0 : 1);
