import { bilingual } from "../bilingual";

export const appShell = bilingual(
  {
    "update.available": "Đã có phiên bản mới của HTX Plan.",
    "update.reload": "Tải lại để cập nhật",
    "update.waitingForSave": "Đang chờ lưu xong…",
    "update.later": "Để sau",
    "pageError.title": "Trang này gặp lỗi và không hiển thị được",
    "pageError.body":
      "Dữ liệu đã lưu không bị thay đổi. Hãy tải bản sao lưu tất cả kế hoạch ngay, rồi tải lại trang.",
    "pageError.backup": "Tải bản sao lưu tất cả kế hoạch ngay",
    "pageError.backupDone": "Đã tải {name} ({count} kế hoạch).",
    "pageError.backupFailed": "Không tạo được bản sao lưu: {reason}",
    "pageError.reload": "Tải lại trang",
    "pageError.details": "Chi tiết kỹ thuật",
  },
  {
    "update.available": "A new version of HTX Plan is available.",
    "update.reload": "Reload to update",
    "update.waitingForSave": "Waiting for saving to finish…",
    "update.later": "Later",
    "pageError.title": "This page ran into an error and cannot be shown",
    "pageError.body":
      "Your stored data has not been changed. Download a backup of all plans now, then reload the page.",
    "pageError.backup": "Download a backup of all plans now",
    "pageError.backupDone": "Downloaded {name} ({count} plans).",
    "pageError.backupFailed": "The backup could not be made: {reason}",
    "pageError.reload": "Reload the page",
    "pageError.details": "Technical details",
  },
);
