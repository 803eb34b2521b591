// Keyboard users keep their place when the screen changes: a link that opened another screen (a
// plan's title in the library, a dashboard tile) is gone once the new screen shows, and the browser
// would send the next Tab back to the top of the page. When the focus is lost that way, it goes to
// the start of the main content instead. Not on the first render: the first Tab of a visit still
// reaches "skip to content". A new screen also starts at its top: the page would otherwise keep the
// place the last one was scrolled to (a chart opened from the bottom of the dashboard showed with its
// title under the header).
import { useEffect, useRef } from "react";

export function focusMainIfLost(): void {
  const active = document.activeElement;
  if (active === null || active === document.body)
    document.getElementById("main")?.focus({ preventScroll: true });
}

export function useFocusAfterNavigation(routeKey: string): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    focusMainIfLost();
  }, [routeKey]);
}
