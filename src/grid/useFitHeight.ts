// A sheet fills the window below what is above it (the page's heading, tabs, banners), like a
// spreadsheet: its own rows scroll, not the page. Below a minimum height (a very small window) the
// page scrolls instead. Messages that appear inside the sheet take their room from the grid.
import { type RefObject, useLayoutEffect } from "react";

/** Height a sheet keeps at the least (px): about eight rows of the grid with its toolbar. */
const MIN_HEIGHT = 440;
/** Room left under the sheet (px). */
const BELOW = 10;

export function useFitHeight(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    let last = -1;
    const fit = () => {
      const top = el.getBoundingClientRect().top + window.scrollY;
      const height = Math.max(MIN_HEIGHT, Math.floor(window.innerHeight - top - BELOW));
      if (Math.abs(height - last) < 1) return;
      last = height;
      el.style.height = `${height}px`;
    };
    fit();
    // What is above may change height (a banner, a font that loads, a wrapped heading).
    const observer = new ResizeObserver(fit);
    observer.observe(document.body);
    window.addEventListener("resize", fit);
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", fit);
    };
  }, [ref]);
}
