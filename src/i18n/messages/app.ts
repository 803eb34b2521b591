import { bilingual } from "../bilingual";

export const appShell = bilingual(
  {
    "update.available": "Đã có phiên bản mới của HTX Plan.",
    "update.reload": "Tải lại để cập nhật",
    "update.waitingForSave": "Đang chờ lưu xong…",
    "update.later": "Để sau",
  },
  {
    "update.available": "A new version of HTX Plan is available.",
    "update.reload": "Reload to update",
    "update.waitingForSave": "Waiting for saving to finish…",
    "update.later": "Later",
  },
);
