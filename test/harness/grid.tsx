// Dev-only page to develop and look at the grid without the storage layer: the grid over a template
// (?plan=demo|benTre|bacLieu|traVinh|ninhBinh|big), fed by the in-memory editor. Query options:
// lang=vi|en, readonly=1, failsave=1, sheet=tasks. Not part of the production build.
import { StrictMode, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import "../../src/app/styles.css";
import { PlanEditorContext } from "../../src/app/planEditor";
import type { Plan } from "../../src/domain/schema";
import { PlanGrid, TaskSheet } from "../../src/grid";
import { I18nProvider, useI18n } from "../../src/i18n/I18nProvider";
import { bacLieu2021 } from "../../src/templates/bacLieu2021";
import { benTre2021 } from "../../src/templates/benTre2021";
import { demoTraVinh } from "../../src/templates/demoTraVinh";
import { ninhBinh2020 } from "../../src/templates/ninhBinh2020";
import { traVinh2021 } from "../../src/templates/traVinh2021";
import { BIG_PLAN, generatePlan } from "../../src/bench/generatePlan";
import { type MemoryEditor, useMemoryEditor } from "./memoryEditor";

const params = new URLSearchParams(window.location.search);

function choosePlan(): Plan {
  switch (params.get("plan")) {
    case "benTre":
      return benTre2021;
    case "bacLieu":
      return bacLieu2021;
    case "traVinh":
      return traVinh2021;
    case "ninhBinh":
      return ninhBinh2020;
    case "big":
      return generatePlan(BIG_PLAN);
    default:
      return demoTraVinh;
  }
}

declare global {
  interface Window {
    /** For the harness's own browser checks: what the in-memory editor holds. */
    __harness?: { stored: () => Plan; accepted: () => number };
  }
}

function Harness({ initial }: { initial: Plan }) {
  const editor: MemoryEditor = useMemoryEditor(initial, {
    writable: params.get("readonly") !== "1",
    failSaves: params.get("failsave") === "1",
  });
  const { lang, setLang } = useI18n();
  const [sheet, setSheet] = useState(params.get("sheet") === "tasks" ? "tasks" : "grid");
  useEffect(() => {
    window.__harness = { stored: editor.stored, accepted: editor.accepted };
  }, [editor]);
  useEffect(() => {
    const wanted = params.get("lang");
    if (wanted === "vi" || wanted === "en") setLang(wanted);
  }, [setLang]);
  return (
    <PlanEditorContext.Provider value={editor}>
      <main style={{ padding: "8px 12px" }}>
        <div
          className="harness-bar"
          style={{ display: "flex", gap: 8, alignItems: "center", marginBottom: 6 }}
        >
          <strong style={{ fontSize: 15 }}>{editor.plan.title}</strong>
          <button
            type="button"
            className="button"
            onClick={() => setSheet(sheet === "grid" ? "tasks" : "grid")}
          >
            {sheet === "grid" ? "→ tasks" : "→ grid"}
          </button>
          <button type="button" className="button" onClick={() => setLang(lang === "vi" ? "en" : "vi")}>
            {lang === "vi" ? "English" : "Tiếng Việt"}
          </button>
        </div>
        {sheet === "grid" ? <PlanGrid /> : <TaskSheet />}
      </main>
    </PlanEditorContext.Provider>
  );
}

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <Harness initial={choosePlan()} />
      </I18nProvider>
    </StrictMode>,
  );
}
