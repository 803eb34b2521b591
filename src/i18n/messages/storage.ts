// Messages of the local library's machinery: save state, database events, persistent storage.
import { bilingual } from "../bilingual";

export const storageMessages = bilingual(
  {
    "save.saved": "Đã lưu",
    "save.savedAt": "Đã lưu lúc {time}",
    "save.saving": "Đang lưu…",
    "save.notSaved": "Chưa lưu",
    "save.reason.quotaExceeded": "bộ nhớ của trình duyệt đã đầy",
    "save.reason.databaseClosed": "trình duyệt đã đóng cơ sở dữ liệu",
    "save.reason.newerVersion": "phiên bản mới hơn của ứng dụng đang mở ở thẻ khác",
    "save.reason.failed": "lỗi khi ghi dữ liệu",
    "save.retrying": "đang thử lại",
    "save.retryNow": "Thử lại ngay",
    "save.keptHint": "Các thay đổi vẫn được giữ trong thẻ này cho đến khi lưu được. Đừng đóng thẻ.",
    "db.outdated":
      "Một phiên bản mới hơn của HTX Plan vừa được mở ở thẻ khác. Thẻ này đã ngừng lưu để không ghi đè dữ liệu. Hãy tải lại trang.",
    "db.outdatedUnsaved": "{n} thay đổi chưa kịp lưu sẽ mất khi tải lại.",
    "db.reload": "Tải lại trang",
    "db.blocked": "Hãy đóng các thẻ HTX Plan khác đang mở (phiên bản cũ) để ứng dụng cập nhật bộ nhớ.",
    "db.openFailed":
      "Không mở được bộ nhớ của trình duyệt ({error}). Có thể trình duyệt đang ở chế độ riêng tư hoặc đã tắt lưu trữ: kế hoạch không lưu được trên máy này.",
    "storage.heading": "Lưu trữ trên máy này",
    "storage.where": "Kế hoạch được lưu trong trình duyệt trên máy này, không gửi lên máy chủ nào.",
    "storage.usage": "Đang dùng {used} trong {quota} cho phép.",
    "persist.granted": "Lưu trữ bền vững: đã bật — trình duyệt sẽ không tự xóa dữ liệu khi thiếu dung lượng.",
    "persist.denied":
      "Lưu trữ bền vững: chưa được cấp — khi thiếu dung lượng, trình duyệt có thể xóa dữ liệu. Hãy xuất tệp kế hoạch định kỳ.",
    "persist.unsupported": "Trình duyệt này không hỗ trợ lưu trữ bền vững. Hãy xuất tệp kế hoạch định kỳ.",
    "persist.unknown": "Đang kiểm tra lưu trữ bền vững…",
    "persist.ask": "Yêu cầu lưu trữ bền vững",
    "problem.notWritable": "Kế hoạch này không sửa được ở đây",
  },
  {
    "save.saved": "Saved",
    "save.savedAt": "Saved at {time}",
    "save.saving": "Saving…",
    "save.notSaved": "Not saved",
    "save.reason.quotaExceeded": "the browser's storage is full",
    "save.reason.databaseClosed": "the browser closed the database",
    "save.reason.newerVersion": "a newer version of the app is open in another tab",
    "save.reason.failed": "a write error",
    "save.retrying": "retrying",
    "save.retryNow": "Retry now",
    "save.keptHint": "Your changes are kept in this tab until they can be saved. Do not close it.",
    "db.outdated":
      "A newer version of HTX Plan was opened in another tab. This tab stopped saving so as not to overwrite data. Please reload the page.",
    "db.outdatedUnsaved": "{n} changes not yet saved will be lost on reload.",
    "db.reload": "Reload the page",
    "db.blocked":
      "Please close the other HTX Plan tabs (older version) so that the app can update its storage.",
    "db.openFailed":
      "The browser's storage could not be opened ({error}). The browser may be in private mode or have storage turned off: plans cannot be saved on this machine.",
    "storage.heading": "Storage on this machine",
    "storage.where": "Plans are kept in the browser on this machine and sent to no server.",
    "storage.usage": "Using {used} of {quota} allowed.",
    "persist.granted": "Persistent storage: on — the browser will not delete the data when space runs low.",
    "persist.denied":
      "Persistent storage: not granted — when space runs low the browser may delete the data. Export plan files regularly.",
    "persist.unsupported": "This browser does not support persistent storage. Export plan files regularly.",
    "persist.unknown": "Checking persistent storage…",
    "persist.ask": "Ask for persistent storage",
    "problem.notWritable": "This plan cannot be changed here",
  },
);
