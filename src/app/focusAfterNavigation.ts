// Keyboard users keep their place when the screen changes: a link that opened another screen (a
// plan's title in the library, a dashboard tile) is gone once the new screen shows, and the browser
// would send the next Tab back to the top of the page. When the focus is lost that way, it goes to
// the start of the main content instead. Not on the first render: the first Tab of a visit still
// reaches "skip to content".
import { useEffect, useRef } from "react";

export function focusMainIfLost(): void {
  const active = document.activeElement;
  if (active === null || active === document.body) document.getElementById("main")?.focus();
}

export function useFocusAfterNavigation(routeKey: string): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    focusMainIfLost();
  }, [routeKey]);
}
