// The longest main-thread task while some work runs: how responsive the page stays (PerformanceObserver
// "longtask" reports tasks over 50 ms). Shared by the bench cases that work off the page's thread.

/** The longest main-thread task (ms) while `work` runs; 0 when none took over 50 ms. */
export async function longestTask(work: () => Promise<void>): Promise<number> {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
  });
  observer.observe({ type: "longtask" });
  try {
    await work();
    // Long-task entries arrive after the task: let the page run once more before reading them.
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (const e of observer.takeRecords()) longest = Math.max(longest, e.duration);
  } finally {
    observer.disconnect();
  }
  return longest;
}
