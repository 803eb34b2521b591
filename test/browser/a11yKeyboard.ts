// Keyboard helpers of the accessibility tests: move with Tab (or Shift+Tab) as a planner would, and
// at every stop check that the focus is on a real element and can be seen.
import { expect, type Locator, type Page } from "@playwright/test";

export interface Focused {
  tag: string;
  text: string;
  visible: boolean;
  outline: string;
  /** Contrast of the focus ring with the background around it (WCAG 1.4.11 asks for 3:1). */
  ringContrast: number;
}

/** What has the focus, and whether a focus ring is drawn around it. */
export async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body)
      return { tag: "body", text: "", visible: false, outline: "", ringContrast: 0 };
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = (c: string) => {
      const [r = 0, g = 0, b = 0] = rgb(c).map((v) => {
        const x = v / 255;
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    // The ring is drawn outside the element: compare it with the first opaque background around it.
    let around = "rgb(255, 255, 255)";
    for (let p = el.parentElement; p; p = p.parentElement) {
      const bg = getComputedStyle(p).backgroundColor;
      const alpha = rgb(bg)[3];
      if (bg !== "transparent" && alpha !== 0) {
        around = bg;
        break;
      }
    }
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    const ring =
      (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2) ||
      (s.boxShadow !== "none" && s.boxShadow !== "");
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 60),
      visible: ring && r.width > 0 && r.height > 0,
      outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
      ringContrast: (() => {
        const [a, b] = [luminance(s.outlineColor), luminance(around)].sort((x, y) => y - x);
        return ((a as number) + 0.05) / ((b as number) + 0.05);
      })(),
    };
  });
}

/** Fail unless the focus is on an element with a visible focus ring. */
export async function expectFocusVisible(page: Page): Promise<void> {
  const f = await focused(page);
  expect(f.tag, "the focus is on an element, not lost to the page").not.toBe("body");
  expect(f.visible, `a focus ring is visible on <${f.tag}> "${f.text}" (${f.outline})`).toBe(true);
  expect(
    f.ringContrast,
    `the focus ring of <${f.tag}> "${f.text}" (${f.outline}) stands out from what is around it`,
  ).toBeGreaterThanOrEqual(3);
}

async function isFocused(target: Locator): Promise<boolean> {
  return target
    .first()
    .evaluate((el) => el === document.activeElement, undefined, { timeout: 1000 })
    .catch(() => false);
}

/** Press Tab (or Shift+Tab) until `target` has the focus; every stop on the way shows its focus. */
export async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    await expectFocusVisible(page);
    if (await isFocused(target)) return;
  }
  throw new Error(`not reached with ${max} presses of ${back ? "Shift+Tab" : "Tab"}: ${String(target)}`);
}

/** Whether the focus is inside `container`. */
export async function focusInside(container: Locator): Promise<boolean> {
  return container.evaluate((el) => el.contains(document.activeElement));
}
