// The tabs of a plan page. Each feature adds its own view here; the tab bar shows the views that
// are not `hidden` (a hidden view is reached by a link: one indicator's chart, the presentation).
// Views read the plan with usePlanEditor() and change it with dispatch().
import type { ComponentType } from "react";
import type { MessageKey } from "../i18n/messages";
import { DetailsView } from "./DetailsView";
import { chartsViewFor } from "./PlanCharts";
import { FilesView } from "../sharing/lazy";
import { GridView, TasksView } from "./PlanGridView";
import { StatusTableView } from "./lazyViews";

export interface PlanView {
  /** Route segment: #/plan/<id>/<view>[/<item>]. */
  id: string;
  label: MessageKey;
  Component: ComponentType<{ item: string | null }>;
  /** Reached by a link, not shown in the tab bar; `tab` is the tab to highlight instead. */
  hidden?: { tab: string };
  /**
   * A sheet (the grid, the tasks): it fills the window under a one-line heading and has its own
   * undo and redo, so the page shows neither the full heading nor its own undo buttons.
   */
  sheet?: boolean;
  /**
   * Shows the plan's facts in full under its title (the details). Every other view has the
   * one-line heading, so that its content starts high enough for a 1280×720 projector.
   */
  facts?: boolean;
}

// The first view is what a plan opens on: its figures, as in a spreadsheet.
export const PLAN_VIEWS: readonly PlanView[] = [
  { id: "grid", label: "tab.grid", Component: GridView, sheet: true },
  { id: "tasks", label: "tab.tasks", Component: TasksView, sheet: true },
  { id: "details", label: "tab.details", Component: DetailsView, facts: true },
  { id: "dashboard", label: "tab.charts", Component: chartsViewFor("dashboard") },
  { id: "report", label: "tab.report", Component: chartsViewFor("report") },
  { id: "areas", label: "tab.areas", Component: StatusTableView },
  { id: "files", label: "share.tab", Component: FilesView },
  { id: "chart", label: "tab.charts", Component: chartsViewFor("chart"), hidden: { tab: "dashboard" } },
  { id: "present", label: "tab.charts", Component: chartsViewFor("present"), hidden: { tab: "dashboard" } },
];
