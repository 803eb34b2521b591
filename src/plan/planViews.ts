// The tabs of a plan page. Each feature adds its own view here (the grid: "grid", the charts:
// "charts", the report: "report"); the tab bar shows only the views that exist, and none at all
// while there is only one. Views read the plan with usePlanEditor() and change it with dispatch().
import type { ComponentType } from "react";
import type { MessageKey } from "../i18n/messages";
import { DetailsView } from "./DetailsView";

export interface PlanView {
  /** Route segment: #/plan/<id>/<view>. */
  id: string;
  label: MessageKey;
  Component: ComponentType;
}

export const PLAN_VIEWS: readonly PlanView[] = [
  { id: "details", label: "tab.details", Component: DetailsView },
];
