// Browser tests of the whole page against a running Family Context with the demo council loaded.
//
//   node ui/e2e/run.mjs --base http://127.0.0.1:8080 [--update-screenshots] [--only NAME[,NAME]]
//
// Runs every specs/*.mjs in name order in one Chromium (CHROMIUM=/usr/bin/chromium by default), prints each check
// as ok or FAIL, and exits 1 when any check failed or a spec threw. --update-screenshots rewrites the baselines in
// baselines/ instead of comparing with them. --only runs the specs whose file names contain one of the words.
// `./family-context e2e` starts a server on free ports and runs this (README "Tests").

import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { harness, launchChromium } from "./harness.mjs";

function option(name) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const base = (option("--base") ?? "http://127.0.0.1:8080").replace(/\/$/, "");
const only = option("--only")?.split(",").filter(Boolean);
const updateScreenshots = process.argv.includes("--update-screenshots");
const specDir = join(dirname(fileURLToPath(import.meta.url)), "specs");
const specs = readdirSync(specDir)
  .filter((f) => f.endsWith(".mjs") && (!only || only.some((o) => f.includes(o))))
  .sort();

const results = [];
const crashed = [];
const browser = await launchChromium();
const started = Date.now();
try {
  for (const file of specs) {
    const spec = file.replace(/\.mjs$/, "");
    console.log(`${spec}`);
    const t = harness({ browser, base, spec, results, updateScreenshots });
    const specStarted = Date.now();
    try {
      const { default: run } = await import(pathToFileURL(join(specDir, file)).href);
      await run(t);
    } catch (e) {
      crashed.push(spec);
      console.log(`  FAIL ${spec} stopped: ${e?.stack ?? e}`);
    } finally {
      await t.closeAll();
    }
    console.log(`  (${((Date.now() - specStarted) / 1000).toFixed(1)} s)`);
  }
} finally {
  await browser.close();
}

const failed = results.filter((r) => !r.ok);
console.log("");
for (const r of failed) console.log(`FAIL ${r.spec}: ${r.what}`);
for (const s of crashed) console.log(`FAIL ${s}: stopped with an error (above)`);
console.log(`${results.length - failed.length} of ${results.length} checks passed in ${specs.length} spec(s), ` +
  `${((Date.now() - started) / 1000).toFixed(0)} s${crashed.length ? `; ${crashed.length} spec(s) stopped early` : ""}`);
process.exit(failed.length === 0 && crashed.length === 0 && specs.length > 0 ? 0 : 1);
