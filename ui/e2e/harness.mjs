// The shared part of the browser tests (ui/e2e/run.mjs runs the specs): one Chromium, a fresh signed-in context per
// user, checks printed as they happen, and axe-core on every page a spec looks at.
//
// A spec is a module under specs/ whose default export is `async (t) => { ... }`; `t` is the object `harness()`
// returns. A check that fails does not stop the spec (the next checks still say what works); an exception does.

import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** The demo council's users (README "Demo users"). */
export const USERS = {
  socialWorker: { username: "sam.social", password: "demo-sam" },
  coordinator: { username: "fran.coordinator", password: "demo-fran" },
  manager: { username: "tom.manager", password: "demo-tom" },
  dataManager: { username: "dee.datamanager", password: "demo-dee" },
  auditor: { username: "aud.auditor", password: "demo-aud" },
  analyst: { username: "ana.analyst", password: "demo-ana" },
};

/** The demo child every journey opens (README). */
export const MATILDA = { name: "Matilda Williams", cscId: "1000018" };
/** A demo child in a blended family whose wider family (a stepsister's parents and brother) is bigger than her own. */
export const MIA = { name: "Mia Goodwin", cscId: "1000045" };

// WCAG 2.2 AA and everything below it, as issue 7 asks; axe's "best-practice" rules are advice, not failures.
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
  "--disable-sync", "--no-first-run",
  // Screenshots must not depend on the machine's font hinting or colour profile.
  "--font-render-hinting=none", "--force-color-profile=srgb",
];

export async function launchChromium() {
  const { chromium } = await import("playwright-core");
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

let axeSource;
async function axeScript() {
  axeSource ??= await readFile(require.resolve("axe-core/axe.min.js"), "utf8");
  return axeSource;
}

/**
 * What a spec is given. `results` collects every check ({ spec, what, ok }) for the runner's summary.
 */
export function harness({ browser, base, spec, results, updateScreenshots }) {
  const contexts = [];

  /**
   * Records and prints one check; every failure fails the run. `part` names the part of the page the check is about
   * ("genogram", "usage" ...), printed with a failure so that it says where to look.
   */
  function check(ok, what, part) {
    results.push({ spec, what, ok: Boolean(ok) });
    console.log(`  ${ok ? "ok  " : "FAIL"} ${what}${!ok && part ? ` [${part}]` : ""}`);
    return Boolean(ok);
  }

  /** How long to wait for something to appear. */
  function patience() {
    return 10000;
  }

  /** A new browser context (its own cookies) with a fixed viewport; script errors and refused styles collected. */
  async function newPage(options = {}) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      deviceScaleFactor: 1,
      locale: "en-GB",
      timezoneId: "Europe/London",
      reducedMotion: "reduce",
      acceptDownloads: true,
      ...options,
    });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15000);
    const problems = [];
    page.on("pageerror", (e) => problems.push(String(e)));
    page.on("console", (m) => {
      // A refused inline style or script is reported on the console: the page must need none.
      if (m.type() === "error" && !/Failed to load resource: the server responded with a status of 40[13]/.test(m.text())) {
        problems.push(m.text());
      }
    });
    return { context, page, problems };
  }

  /** Signs in through the sign-in page and waits for the start page. */
  async function signIn(user, options = {}) {
    const session = await newPage(options);
    const { page } = session;
    await page.goto(`${base}/`);
    await page.fill('input[name="username"]', user.username);
    await page.fill('input[name="password"]', user.password);
    await Promise.all([page.waitForURL((url) => !url.pathname.endsWith("login.html") && !url.pathname.endsWith("/login")), page.click('button[type="submit"]')]);
    await page.locator("main h1").first().waitFor();
    return session;
  }

  /** Zero axe-core violations (WCAG 2.2 AA) on what the page shows now. */
  async function axe(page, where, part) {
    if (!(await page.evaluate(() => "axe" in window))) {
      // Not page.addScriptTag: the page's Content-Security-Policy (script-src 'self') rightly refuses an inline
      // script, and bypassCSP would hide the page's own refused styles from the checks. evaluate runs beside it.
      await page.evaluate(await axeScript());
    }
    const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }), AXE_TAGS);
    const said = result.violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length}x: ${v.nodes.slice(0, 2).map((n) => n.target.join(" ")).join("; ")})`);
    return check(result.violations.length === 0, `axe: no WCAG 2.2 AA violations on ${where}${said.length ? ` -- ${said.join(" | ")}` : ""}`, part);
  }

  /** No script error or refused style/script since the page opened. */
  function noScriptErrors(session, where) {
    return check(session.problems.length === 0, `no script errors or refused styles on ${where}${session.problems.length ? ` -- ${session.problems.join(" | ")}` : ""}`);
  }

  /** Resolves true when the locator becomes visible within the time, false otherwise (for a check, not a throw). */
  async function appears(locator, timeout = 10000) {
    if (typeof timeout === "string") timeout = patience(); // a part's name in place of a time: the usual wait
    return locator.first().waitFor({ state: "visible", timeout }).then(() => true, () => false);
  }

  /**
   * Opens a page by its address and checks its heading; the checks of what is on it belong inside
   * `if (await opens(...))`, so that another page shown instead (a fallback) cannot pass them.
   */
  async function opens(page, address, heading, what, part) {
    await page.goto(`${base}/${address}`);
    // Not a page that says it is someone else's or not built yet, whose heading names the page too.
    const h1 = page.locator("main h1", { hasText: heading }).filter({ hasNotText: /not ready|is for|are for/i });
    return check(await appears(h1), what, part);
  }

  async function closeAll() {
    await Promise.all(contexts.splice(0).map((c) => c.close().catch(() => {})));
  }

  return { base, spec, check, patience, opens, newPage, signIn, axe, noScriptErrors, appears, closeAll, updateScreenshots, USERS, MATILDA, MIA };
}
