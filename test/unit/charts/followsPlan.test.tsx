// @vitest-environment jsdom
// The chart views recompute from the `plan` prop: an edit (a new plan object) shows at once, and a
// hostile indicator name is rendered as text.
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Dashboard } from "../../../src/charts/Dashboard";
import { IndicatorPanel } from "../../../src/charts/IndicatorPanel";
import { ProgressReport } from "../../../src/charts/ProgressReport";
import type { Plan, Series } from "../../../src/domain/schema";
import { I18nProvider } from "../../../src/i18n/I18nProvider";
import { traVinh2021 } from "../../../src/templates/traVinh2021";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;

beforeEach(() => {
  host = document.createElement("div");
  document.body.appendChild(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

function withActual(plan: Plan, id: string, actual: Series["actual"], name?: string): Plan {
  return {
    ...plan,
    indicators: plan.indicators.map((i) =>
      i.id === id ? { ...i, name: name ?? i.name, series: { all: { ...i.series.all!, actual } } } : i,
    ),
  };
}

const render = (node: React.ReactNode) => act(() => root.render(<I18nProvider>{node}</I18nProvider>));

describe("chart views follow the plan", () => {
  it("show a new actual as soon as the plan prop changes", () => {
    render(<IndicatorPanel plan={traVinh2021} indicatorId="tv21-2" />);
    const actualCells = () =>
      Array.from(host.querySelectorAll(".chart-data .cell-actual")).map((c) => c.textContent);
    expect(actualCells()).toEqual(["—", "—", "—", "—", "—"]);
    expect(host.querySelector(".summary-line")?.textContent).toContain("Chưa có số liệu");

    const edited = withActual(traVinh2021, "tv21-2", { "2021": { value: 12, status: "estimate" } });
    render(<IndicatorPanel plan={edited} indicatorId="tv21-2" />);
    expect(actualCells()).toEqual(["12 (ước)", "—", "—", "—", "—"]);
    expect(host.querySelector(".summary-line")?.textContent).toContain("Đạt 120% KH");
  });

  it("updates the dashboard's status counts and the report", () => {
    render(<Dashboard plan={traVinh2021} today="2026-01-01" />);
    const counts = () => host.querySelector(".status-counts")?.textContent ?? "";
    expect(counts()).toContain(`Chưa có số liệu ${traVinh2021.indicators.length}`);
    const edited = withActual(traVinh2021, "tv21-2", { "2021": { value: 5, status: "final" } });
    render(<Dashboard plan={edited} today="2026-01-01" />);
    expect(counts()).toContain("Chưa đạt 1");

    render(<ProgressReport plan={edited} today="2026-01-01" />);
    const row = host.querySelector("tr[data-indicator='tv21-2']");
    expect(row?.textContent).toContain("50%");
  });

  it("renders a hostile name as text everywhere", () => {
    const hostile = "<script>window.__x=1</script><img src=x onerror=alert(1)>";
    const plan = withActual(traVinh2021, "tv21-2", { "2021": { value: 5, status: "final" } }, hostile);
    for (const view of [
      <Dashboard key="d" plan={plan} today="2026-01-01" chartHref={(id) => `#/x/${id}`} />,
      <IndicatorPanel key="p" plan={plan} indicatorId="tv21-2" />,
      <ProgressReport key="r" plan={plan} today="2026-01-01" />,
    ]) {
      render(view);
      expect(host.querySelector("script, img")).toBeNull();
      expect(host.textContent).toContain(hostile);
    }
  });
});
