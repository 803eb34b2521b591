// Accessibility check shared by browser tests: no serious or critical axe-core violation. The rules
// are WCAG 2.0/2.1 A and AA, which include colour contrast (color-contrast, AA): the check also fails
// if that rule did not run at all, so that contrast can never drop out of the check unnoticed.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  const bad = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
  expect(bad, `accessibility of ${what}`).toEqual([]);
  const contrastRan = [...results.passes, ...results.violations, ...results.incomplete].some(
    (r) => r.id === "color-contrast",
  );
  expect(contrastRan, `colour contrast was checked on ${what}`).toBe(true);
}
