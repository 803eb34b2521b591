// Installed as an app, HTX Plan is the handler of plan files (file_handlers in the manifest,
// vite.config.ts): the operating system hands the files over through window.launchQueue. They go
// through the same import screen as files picked or dropped.
interface LaunchParams {
  files?: readonly { getFile: () => Promise<File> }[];
}

interface LaunchQueue {
  setConsumer: (consumer: (params: LaunchParams) => void) => void;
}

declare global {
  interface Window {
    launchQueue?: LaunchQueue;
  }
}

/** Send launched files to `open`; returns nothing to clean up (a consumer cannot be removed). */
export function consumeLaunchedFiles(open: (files: File[]) => void): void {
  const queue = window.launchQueue;
  if (!queue || typeof queue.setConsumer !== "function") return;
  queue.setConsumer((params) => {
    const handles = params.files ?? [];
    if (handles.length === 0) return;
    void Promise.allSettled(handles.map((h) => h.getFile())).then((results) =>
      open(results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []))),
    );
  });
}
