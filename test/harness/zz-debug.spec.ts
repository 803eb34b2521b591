import { test } from "@playwright/test";
import { openGrid, stored } from "./harness";
test("debug typing", async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 8 });
  for (let run = 0; run < 4; run++) {
    await openGrid(page);
    const active = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return `${el?.closest(".ag-row")?.getAttribute("row-index") ?? "-"}:${el?.getAttribute("col-id") ?? el?.tagName}`;
      });
    for (let i = 0; i < 25 && !(await active()).includes("code"); i++) await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
    await page.evaluate(() => {
      const w = window as unknown as { __log: string[] };
      w.__log = [];
      const t0 = performance.now();
      for (const t of ["keydown", "input", "focusin"])
        document.addEventListener(
          t,
          (e) => {
            const i = document.querySelector<HTMLInputElement>(".ag-cell-inline-editing input");
            w.__log.push(
              (performance.now() - t0).toFixed(1) +
                " " +
                t +
                " " +
                ((e as KeyboardEvent).key ?? "") +
                " target=" +
                (e.target as HTMLElement).tagName +
                "." +
                String((e.target as HTMLElement).className).slice(0, 30) +
                " input=" +
                (i ? JSON.stringify(i.value) : "none") +
                " prevented=" +
                e.defaultPrevented,
            );
          },
          true,
        );
      for (const t of ["keydown"])
        document.addEventListener(
          t,
          (e) => {
            w.__log.push("  bubble-end " + (e as KeyboardEvent).key + " prevented=" + e.defaultPrevented);
          },
          false,
        );
    });
    await page.keyboard.type("21");
    await page.keyboard.press("Enter");
    await page.waitForTimeout(300);
    const v = await stored(page, 0, "plan:2021");
    console.log("RUN", run, JSON.stringify(v));
    if ((v as { value: number }).value !== 21)
      console.log((await page.evaluate(() => (window as unknown as { __log: string[] }).__log)).join("\n"));
  }
});
