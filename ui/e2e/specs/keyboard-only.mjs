// The social worker's journey with the keyboard alone (Tab, arrows, Enter, typing): sign in, skip link, search by
// ID, purpose, the diagram's people by arrow keys, sign out. Every stop must show where the focus is.

export default async function keyboardOnly(t) {
  const { check, newPage, USERS, MATILDA, appears } = t;
  const session = await newPage();
  const { page } = session;

  /** Presses Tab until the focused element matches, up to a limit; says whether it got there. */
  async function tabTo(what, matches, limit = 40) {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(matches)) return check(true, `Tab reaches ${what}`);
    }
    return check(false, `Tab reaches ${what}`);
  }
  /** The focused element is drawn with a focus indicator (an outline or a box shadow). */
  async function focusVisible(what) {
    const style = await page.evaluate(() => {
      const e = document.activeElement;
      if (!e || e === document.body) return null;
      const s = getComputedStyle(e);
      // A person in the diagram lights their drawn ring GOV.UK yellow rather than drawing an outline; a transparent
      // outline (there for forced-colours modes) shows nothing, so it does not count.
      const ring = e.classList.contains("gg-person") ? e.closest(".gg-node")?.querySelector(".gg-focus-ring") : null;
      const ringShown = ring ? getComputedStyle(ring).fill === "rgb(255, 221, 0)" : false;
      const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0 && s.outlineColor !== "rgba(0, 0, 0, 0)";
      return { outline, shadow: s.boxShadow !== "none" || ringShown };
    });
    return check(style && (style.outline || style.shadow), `the focus on ${what} is visible`);
  }

  await page.goto(`${t.base}/`);
  await page.locator('input[name="username"]').waitFor();
  await tabTo("the user name", () => document.activeElement?.getAttribute("name") === "username");
  await focusVisible("the user name");
  await page.keyboard.type(USERS.socialWorker.username);
  await page.keyboard.press("Tab");
  await page.keyboard.type(USERS.socialWorker.password);
  await page.keyboard.press("Enter");
  await page.locator("main h1", { hasText: "Find a person" }).waitFor();

  await page.keyboard.press("Tab");
  check((await page.evaluate(() => document.activeElement?.textContent?.trim())) === "Skip to main content", "the first Tab stop is the skip link");
  await focusVisible("the skip link");
  await page.keyboard.press("Enter");
  check(await page.evaluate(() => document.activeElement?.id === "main"), "the skip link moves the focus to the main content");

  await tabTo("the identifier field", () => document.activeElement?.id === "identifier");
  await focusVisible("the identifier field");
  await page.keyboard.type(MATILDA.cscId);
  await page.keyboard.press("Enter");
  await page.locator("main h1", { hasText: "Why are you opening this record?" }).waitFor();

  await tabTo("the purpose", () => document.activeElement?.id === "purpose");
  await page.keyboard.press("ArrowDown");
  check((await page.evaluate(() => document.activeElement?.value)) !== "", "an arrow key chooses a purpose");
  await tabTo("Open record", () => document.activeElement?.textContent?.trim() === "Open record");
  await focusVisible("the Open record button");
  await page.keyboard.press("Enter");
  check(await appears(page.locator("main h1", { hasText: MATILDA.name })), "Enter opens Matilda's family");

  // Into the diagram: Tab reaches a person, arrows move between relatives, Enter selects.
  const inDiagram = () => Boolean(document.activeElement?.closest('svg[role="group"]') && document.activeElement.matches('[role="button"][aria-label]'));
  let reached = false;
  for (let i = 0; i < 60 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await page.evaluate(inDiagram);
  }
  check(reached, "Tab reaches the people in the family diagram", "genogram");
  if (reached) {
    await focusVisible("a person in the diagram");
    const label = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
    const first = await label();
    await page.keyboard.press("ArrowRight");
    const second = await label();
    await page.keyboard.press("ArrowUp");
    const third = await label();
    check(new Set([first, second, third]).size > 1, `arrow keys move between relatives (${first} / ${second} / ${third})`, "genogram");
    await page.keyboard.press("Enter");
    const name = third.split(",")[0];
    check(name && (await appears(page.locator("main").getByRole("heading", { name }), "person-page")), `Enter shows ${name} in the involvement panel`, "person-page");
  }

  await tabTo("Sign out", () => document.activeElement?.textContent?.trim() === "Sign out", 200);
  await page.keyboard.press("Enter");
  check(await appears(page.locator('input[name="password"]')), "Enter on Sign out signs out");
  t.noScriptErrors(session, "the keyboard journey");
}
