/**
 * Keyboard-only use: Tab reaches, in order, the skip link, the site name,
 * every main navigation link and the search box (on desktop, and through the
 * menu on a phone); a search runs from the keyboard and its results are
 * reachable; the compare controls are reachable and operable. Every focused
 * element shows a visible focus indicator.
 */
import { expect, test, type Page } from "@playwright/test";
import { NAV } from "../../../src/lib/site.ts";

interface Focused {
  tag: string;
  text: string;
  href: string | null;
  id: string;
  inMain: boolean;
  /** A focus ring: an outline or a box shadow that is actually drawn. */
  ring: boolean;
}

async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== "none" && style.boxShadow !== "";
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? "").trim().replace(/\s+/gu, " ") || (el.getAttribute("aria-label") ?? ""),
      href: el.getAttribute("href"),
      id: el.id,
      inMain: Boolean(el.closest("main")),
      ring: outline || shadow,
    };
  });
}

/** Presses Tab until `done` holds for the focused element; returns every element focused on the way. */
async function tabUntil(page: Page, done: (f: Focused) => boolean, limit = 80): Promise<Focused[]> {
  const seen: Focused[] = [];
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    if (!now) continue;
    seen.push(now);
    if (done(now)) return seen;
  }
  throw new Error(`not reached in ${limit} Tab presses; focused: ${seen.map((f) => f.text || f.tag).join(" → ")}`);
}

const withoutRing = (seen: Focused[]) => seen.filter((f) => !f.ring).map((f) => `${f.tag} "${f.text}"`);

test("desktop: Tab goes skip link → site name → each navigation link → search box, each with a visible focus ring", async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto("/claims/");
  const seen = await tabUntil(page, (f) => f.id === "site-search");
  expect(seen.map((f) => f.href ?? f.id)).toEqual(["#main", "/", ...NAV.map((item) => item.href), "site-search"]);
  expect(withoutRing(seen)).toEqual([]);
  // The skip link moves focus to the content: the next Tab lands inside <main>.
  await page.goto("/claims/");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  expect((await focused(page))?.inMain).toBe(true);
  await context.close();
});

test("phone: the menu opens from the keyboard and its links are reachable", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto("/claims/");
  const toMenu = await tabUntil(page, (f) => f.text === "Menu");
  await page.keyboard.press("Enter");
  const links = await tabUntil(page, (f) => f.href === NAV[NAV.length - 1]?.href);
  expect(links.map((f) => f.href)).toEqual(NAV.map((item) => item.href));
  expect(withoutRing([...toMenu, ...links])).toEqual([]);
  await context.close();
});

test("search: typing in the header box and pressing Enter searches, and Tab reaches a result", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/instruments/");
  await tabUntil(page, (f) => f.id === "site-search");
  await page.keyboard.type("Budapest");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/search\/\?(.*&)?q=Budapest/u);
  const permalink = /^\/(claims|sources|actors|instruments|votes)\/[^/]+\/(#.*)?$/u;
  const seen = await tabUntil(page, (f) => f.inMain && f.tag === "a" && permalink.test(f.href ?? ""), 120);
  expect(withoutRing(seen)).toEqual([]);
  await context.close();
});

test("compare: Tab reaches every control, Space toggles them, and each shows a focus ring", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto("/compare/");
  const controls = page.locator("main :is(input, select, button):visible");
  await expect(controls.first()).toBeVisible();
  const ids = await controls.evaluateAll((elements) =>
    elements.map((el, i) => {
      el.setAttribute("data-keyboard-test", String(i));
      return String(i);
    }),
  );
  expect(ids.length).toBeGreaterThanOrEqual(2);
  const reached = new Set<string>();
  const seen: Focused[] = [];
  for (let i = 0; i < 300 && reached.size < ids.length; i += 1) {
    await page.keyboard.press("Tab");
    const mark = await page.evaluate(() => document.activeElement?.getAttribute("data-keyboard-test") ?? null);
    const now = await focused(page);
    if (now) seen.push(now);
    if (mark !== null) reached.add(mark);
  }
  expect(ids.filter((id) => !reached.has(id))).toEqual([]);
  expect(withoutRing(seen)).toEqual([]);

  const checkbox = page.locator("main input[type=checkbox]:visible").last();
  const before = await checkbox.isChecked();
  const url = page.url();
  await checkbox.focus();
  await page.keyboard.press("Space");
  await expect(checkbox).toBeChecked({ checked: !before });
  // The choice is kept in the URL, so a keyboard user can share it too.
  await expect.poll(() => page.url()).not.toBe(url);
  await context.close();
});
