// Whether an element has come near the viewport: dashboard tiles draw their chart only then, so a
// plan with hundreds of indicators shows its first screen at once. Once drawn, a chart stays. When
// the page is printed every chart is drawn.
import { type RefObject, useEffect, useState } from "react";
import { flushSync } from "react-dom";

export function useInView(ref: RefObject<Element | null>, rootMargin = "300px"): boolean {
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    if (seen) return;
    const el = ref.current;
    if (!el) return;
    const onPrint = () => flushSync(() => setSeen(true));
    window.addEventListener("beforeprint", onPrint);
    if (typeof IntersectionObserver === "undefined") {
      setSeen(true);
      return () => window.removeEventListener("beforeprint", onPrint);
    }
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setSeen(true);
      },
      { rootMargin },
    );
    io.observe(el);
    return () => {
      io.disconnect();
      window.removeEventListener("beforeprint", onPrint);
    };
  }, [ref, rootMargin, seen]);
  return seen;
}
