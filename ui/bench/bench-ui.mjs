// ./family-context bench-ui: the web page's performance budgets from issue 7, measured in headless Chromium.
//
//   node ui/bench/bench-ui.mjs --base http://127.0.0.1:8080 [--runs 20]
//
// (a) a generated 100-person family laid out and drawn by the genogram module (median and max of 20 runs;
//     budget 300 ms); (b) the person page against the demo: navigation to the diagram and the involvement panel
//     visible (median of 10; budget 1 s); (c) the built JavaScript, gzipped (budget 300 KB; ui/scripts/build.mjs
//     also refuses a bigger app.js). Prints a Markdown block for docs/benchmarks.md ("Web page").

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { launchChromium, MATILDA, USERS } from "../e2e/harness.mjs";

const ui = join(dirname(fileURLToPath(import.meta.url)), "..");
const option = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const base = option("--base", "http://127.0.0.1:8080").replace(/\/$/, "");
const drawRuns = Number(option("--runs", "20"));
const pageRuns = 10;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${Math.round(x)} ms`;

const browser = await launchChromium();
const lines = [];
let unmet = false;
try {
  // (a) The genogram alone, on a page of its own with nothing else running.
  let bundle;
  try {
    const out = await build({
      entryPoints: [join(ui, "bench/genogram-page.ts")], bundle: true, write: false, format: "iife", target: "es2020", minify: true, logLevel: "silent",
    });
    bundle = out.outputFiles[0].text;
  } catch (e) {
    lines.push(`(a) genogram: not measured, the genogram module could not be bundled (${e.message.split("\n")[0]})`);
    unmet = true;
  }
  if (bundle) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
    await page.setContent('<!DOCTYPE html><html lang="en"><body style="margin:0"><div id="host" style="width:1280px;height:900px"></div></body></html>');
    await page.addScriptTag({ content: bundle });
    const runs = [];
    // Two unmeasured runs first: the first call also compiles the module's code.
    for (let i = 0; i < drawRuns + 2; i++) runs.push(await page.evaluate(() => window.genogramBench.run()));
    const timed = runs.slice(2);
    const drawn = timed.map((r) => r.drawn);
    const painted = timed.map((r) => r.painted);
    const people = await page.evaluate(() => window.genogramBench.people);
    lines.push(`(a) genogram, generated family of ${people} people (${timed[0].people} focusable elements in the SVG), ${drawRuns} runs: ` +
      `laid out and drawn (DOM built, style and layout done) median ${ms(median(drawn))}, max ${ms(Math.max(...drawn))}; ` +
      `to the next painted frame median ${ms(median(painted))}, max ${ms(Math.max(...painted))} (budget 300 ms)`);
    // Judged on the median: one slow run on a shared two-core machine is noise, and the max is printed beside it.
    if (median(painted) > 300) unmet = true;
    await page.close();
  }

  // (b) The person page against the demo, as a signed-in social worker whose purpose is already given.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.fill('input[name="username"]', USERS.socialWorker.username);
  await page.fill('input[name="password"]', USERS.socialWorker.password);
  await Promise.all([page.waitForURL((u) => !u.pathname.includes("login")), page.click('button[type="submit"]')]);
  await page.goto(`${base}/#/search?identifier=${MATILDA.cscId}`);
  await page.waitForURL(/#\/person\//);
  const question = page.locator("main h1", { hasText: "Why are you opening this record?" });
  if (await question.isVisible().catch(() => false) || (await question.waitFor({ timeout: 3000 }).then(() => true, () => false))) {
    const select = page.getByLabel("Purpose");
    await select.selectOption(await select.locator("option").nth(1).getAttribute("value"));
    await page.getByRole("button", { name: "Open record" }).click();
  }
  await page.locator("main h1", { hasText: MATILDA.name }).waitFor();
  const personUrl = page.url();
  const hasDiagram = (await page.locator('main svg[role="group"]').count()) > 0;
  const times = [];
  for (let i = 0; i < pageRuns + 1; i++) {
    await page.goto("about:blank");
    await page.goto(personUrl, { waitUntil: "commit" });
    // Measured in the page from the start of the navigation: the name, the panel's services and (when the page
    // has it) the diagram with its people all on screen.
    const handle = await page.waitForFunction((withDiagram) => {
      const h1 = document.querySelector("main h1");
      const panel = [...document.querySelectorAll("main h2, main h3")].some((h) => /services/i.test(h.textContent ?? ""));
      const diagram = !withDiagram || document.querySelector('main svg[role="group"] [role="button"]');
      return h1 && !/Why are you/.test(h1.textContent ?? "") && panel && diagram ? performance.now() : false;
    }, hasDiagram, { polling: "raf", timeout: 15000 });
    if (i > 0) times.push(await handle.jsonValue()); // the first load fills the browser's cache, as a user's first day does
  }
  lines.push(`(b) person page (${MATILDA.name}, demo council, localhost): navigation to the name, the services panel` +
    `${hasDiagram ? " and the diagram" : " (no diagram on the page yet)"} on screen, median of ${pageRuns} ` +
    `${ms(median(times))}, max ${ms(Math.max(...times))} (budget 1 s)`);
  if (median(times) > 1000) unmet = true;
  await context.close();
} finally {
  await browser.close();
}

// (c) The JavaScript as built for the jar.
const outdir = mkdtempSync(join(tmpdir(), "family-context-bench-ui-"));
try {
  execFileSync("node", ["scripts/build.mjs", `--outdir=${outdir}`], { cwd: ui, stdio: "ignore" });
  const files = readdirSync(outdir).filter((f) => f.endsWith(".js"));
  const sizes = files.map((f) => {
    const bytes = readFileSync(join(outdir, f));
    return { f, raw: bytes.length, gz: gzipSync(bytes).length };
  });
  const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
  lines.push(`(c) JavaScript: ${sizes.map((s) => `${s.f} ${kb(s.raw)} (${kb(s.gz)} gzipped)`).join(", ")}; ` +
    `${kb(sizes.reduce((a, s) => a + s.gz, 0))} gzipped in all (budget 300 KB)`);
  if (sizes.reduce((a, s) => a + s.gz, 0) > 300 * 1024) unmet = true;
} finally {
  rmSync(outdir, { recursive: true, force: true });
}

const commit = (() => {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ui }).toString().trim();
  } catch {
    return "unknown";
  }
})();
console.log(`\nWeb page, ${new Date().toISOString().slice(0, 10)}, commit ${commit}:\n`);
for (const line of lines) console.log(`- ${line}`);
if (unmet) console.log("\nNOT MET: at least one figure is over issue 7's budget or could not be measured.");
process.exit(unmet ? 1 : 0);
