// Presentation mode for meetings: full screen (when the browser allows it; it works without), one
// chart per slide with the indicator's name, the plan's name and the date, in type large enough for
// a 1280×720 projector. Next: → PageDown Space; previous: ← PageUp; Escape leaves.
import { type KeyboardEvent as ReactKeyboardEvent, useEffect, useRef, useState } from "react";
import type { Plan } from "../domain/schema";
import { formatIsoDate } from "../i18n/dates";
import { useI18n } from "../i18n/I18nProvider";
import { indicatorTitle } from "./chartLabels";
import { chartModel } from "./chartData";
import { IndicatorFigure } from "./IndicatorFigure";
import { IndicatorSummaryLine } from "./IndicatorSummaryLine";

export interface PresentationProps {
  plan: Plan;
  today: string;
  onExit: () => void;
  start?: number;
}

/** A modal dialog keeps Tab and Shift+Tab among its own buttons (the page behind is covered). */
function keepFocusInside(e: ReactKeyboardEvent<HTMLElement>): void {
  if (e.key !== "Tab") return;
  const root = e.currentTarget;
  const stops = Array.from(root.querySelectorAll<HTMLElement>("button:not(:disabled), a[href]"));
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) return;
  const active = document.activeElement;
  if (e.shiftKey && (active === first || active === root)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && active === last) {
    e.preventDefault();
    first.focus();
  }
}

const NEXT = new Set(["ArrowRight", "PageDown", " ", "Spacebar"]);
const PREV = new Set(["ArrowLeft", "PageUp"]);

export function Presentation({ plan, today, onExit, start = 0 }: PresentationProps) {
  const { t, lang } = useI18n();
  const total = plan.indicators.length;
  const [index, setIndex] = useState(start);
  const root = useRef<HTMLDivElement>(null);
  const exitRef = useRef(onExit);
  useEffect(() => {
    exitRef.current = onExit;
  }, [onExit]);
  const i = Math.min(Math.max(index, 0), Math.max(total - 1, 0));

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (NEXT.has(e.key)) {
        e.preventDefault();
        setIndex((n) => Math.min(n + 1, total - 1));
      } else if (PREV.has(e.key)) {
        e.preventDefault();
        setIndex((n) => Math.max(n - 1, 0));
      } else if (e.key === "Home") setIndex(0);
      else if (e.key === "End") setIndex(total - 1);
      else if (e.key === "Escape") {
        e.preventDefault();
        exitRef.current();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [total]);

  // Full screen when allowed. The browser's own Escape leaves full screen without a key event
  // reaching the page, so leaving full screen leaves the presentation too.
  useEffect(() => {
    const el = root.current;
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement) entered = true;
      else if (entered) exitRef.current();
    };
    document.addEventListener("fullscreenchange", onChange);
    if (el && document.fullscreenEnabled && !document.fullscreenElement) {
      el.requestFullscreen().catch(() => {
        // Not allowed here (no user gesture, or an embedding page): the overlay still fills the window.
      });
    }
    root.current?.focus();
    return () => {
      document.removeEventListener("fullscreenchange", onChange);
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  const ind = plan.indicators[i];
  const model = ind ? chartModel(plan, ind, "cumulative") : null;
  const date = formatIsoDate(today, lang);

  return (
    <div
      ref={root}
      className="presentation"
      role="dialog"
      aria-modal="true"
      aria-label={t("present.title")}
      tabIndex={-1}
      onKeyDown={keepFocusInside}
    >
      <header className="slide-head">
        <span className="slide-plan">{plan.title}</span>
        <span className="slide-date">{date}</span>
      </header>
      {ind ? (
        <div className="slide" data-slide={i} data-indicator={ind.id}>
          <h2 className="slide-title">{indicatorTitle(ind)}</h2>
          {model && (
            <IndicatorSummaryLine
              summary={model.summary}
              coverage={model.partialCoverage}
              direction={ind.direction}
            />
          )}
          <IndicatorFigure
            key={ind.id}
            plan={plan}
            ind={ind}
            mode="cumulative"
            variant="slide"
            height="fill"
            today={today}
          />
        </div>
      ) : (
        <div className="slide">
          <p className="slide-title">{t("present.empty")}</p>
        </div>
      )}
      <footer className="slide-foot">
        <button
          type="button"
          className="button"
          onClick={() => setIndex(Math.max(i - 1, 0))}
          disabled={i <= 0}
        >
          ← {t("present.prev")}
        </button>
        <span className="slide-count" aria-live="polite">
          {t("present.slideOf", { n: total === 0 ? 0 : i + 1, total })}
        </span>
        <button
          type="button"
          className="button"
          onClick={() => setIndex(Math.min(i + 1, total - 1))}
          disabled={i >= total - 1}
        >
          {t("present.next")} →
        </button>
        <span className="slide-keys">{t("present.keys")}</span>
        <button type="button" className="button" onClick={() => exitRef.current()}>
          {t("present.exit")}
        </button>
      </footer>
    </div>
  );
}
