// The rows of a long table that are in view (issue 14: 170 communes × 120 indicators would be
// 85,000 elements): rows have one fixed height, so the rows in view follow from the scroll position
// of the scrolling box, with a few more above and below; the rows left out are stood in for by two
// empty rows of their height. Short tables, and printing, draw every row.
import { type RefObject, useLayoutEffect, useState } from "react";

/** Height of a row of the status table, in CSS pixels (statusTable.css sets the same). */
export const ROW_HEIGHT = 28;
/** Tables with at most this many rows are drawn whole. */
export const WINDOW_FROM = 60;
/** Rows drawn beyond each edge of the view. */
const OVERSCAN = 10;

export interface RowWindow {
  /** First row drawn. */
  start: number;
  /** One past the last row drawn. */
  end: number;
}

/** Rows `start`..`end` of `count` to draw, for a body whose first row is `bodyTop` px into the box. */
export function rowsInView(count: number, scrollTop: number, viewHeight: number, bodyTop: number): RowWindow {
  const first = Math.floor(Math.max(0, scrollTop - bodyTop) / ROW_HEIGHT);
  const start = Math.max(0, Math.min(count, first) - OVERSCAN);
  const end = Math.min(count, first + Math.ceil(viewHeight / ROW_HEIGHT) + OVERSCAN);
  return { start, end: Math.max(start, end) };
}

/**
 * The window of rows to draw of a body of `count` rows inside the scrolling box `box`; `body` is the
 * element the rows start at. Null when every row is drawn.
 */
export function useRowWindow(
  box: RefObject<HTMLElement | null>,
  body: RefObject<HTMLElement | null>,
  count: number,
  all: boolean,
): RowWindow | null {
  // Before the box is measured (in the layout effect below, before anything is painted): the first
  // few rows only, so that the table laid out to measure it is small.
  const [view, setView] = useState({ top: 0, height: 0, bodyTop: 0 });
  const windowed = !all && count > WINDOW_FROM;
  useLayoutEffect(() => {
    const el = box.current;
    if (!windowed || !el) return;
    const measure = () => {
      const first = body.current;
      if (!first) return;
      const bodyTop = first.getBoundingClientRect().top - el.getBoundingClientRect().top + el.scrollTop;
      const next = { top: el.scrollTop, height: el.clientHeight, bodyTop };
      setView((v) =>
        v.top === next.top && v.height === next.height && v.bodyTop === next.bodyTop ? v : next,
      );
    };
    measure();
    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        measure();
      });
    };
    el.addEventListener("scroll", onScroll, { passive: true });
    const ro = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(onScroll);
    ro?.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener("scroll", onScroll);
      ro?.disconnect();
    };
  }, [box, body, windowed]);
  return windowed ? rowsInView(count, view.top, view.height, view.bodyTop) : null;
}
