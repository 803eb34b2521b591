// The tabs of a plan page. Each feature adds its own view here; the tab bar shows the views that
// are not `hidden` (a hidden view is reached by a link: one indicator's chart, the presentation).
// Views read the plan with usePlanEditor() and change it with dispatch().
import type { ComponentType } from "react";
import type { MessageKey } from "../i18n/messages";
import { DetailsView } from "./DetailsView";
import { chartsViewFor } from "./PlanCharts";
import { FilesView } from "../sharing/lazy";

export interface PlanView {
  /** Route segment: #/plan/<id>/<view>[/<item>]. */
  id: string;
  label: MessageKey;
  Component: ComponentType<{ item: string | null }>;
  /** Reached by a link, not shown in the tab bar; `tab` is the tab to highlight instead. */
  hidden?: { tab: string };
}

export const PLAN_VIEWS: readonly PlanView[] = [
  { id: "details", label: "tab.details", Component: DetailsView },
  { id: "dashboard", label: "tab.charts", Component: chartsViewFor("dashboard") },
  { id: "report", label: "tab.report", Component: chartsViewFor("report") },
  { id: "files", label: "share.tab", Component: FilesView },
  { id: "chart", label: "tab.charts", Component: chartsViewFor("chart"), hidden: { tab: "dashboard" } },
  { id: "present", label: "tab.charts", Component: chartsViewFor("present"), hidden: { tab: "dashboard" } },
];
