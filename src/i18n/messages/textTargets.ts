// Targets from the text of a programme (issue 13): the dialog that reads pasted text into proposed
// indicators and tasks, its notices about the text, and what it says after adding them.
import { bilingual } from "../bilingual";

export const textTargetsMessages = bilingual(
  {
    "tt.open": "Từ văn bản…",
    "tt.openLong": "Lấy chỉ tiêu từ văn bản (quyết định, kế hoạch, chương trình)",
    "tt.title": "Lấy chỉ tiêu từ văn bản",
    "tt.pasteLabel": "Văn bản: phần Mục tiêu của quyết định, kế hoạch hoặc chương trình",
    "tt.pasteHint":
      "Dán chữ từ Word, PDF hoặc trang web. Mỗi chỉ tiêu tìm thấy được đề xuất bên cạnh câu gốc; không có gì được lưu cho đến khi bạn chấp nhận.",
    "tt.read": "Đọc văn bản",
    "tt.reading": "Đang đọc văn bản…",
    "tt.back": "← Sửa văn bản",
    "tt.cancel": "Hủy",
    "tt.found": "Tìm thấy {indicators} chỉ tiêu và {tasks} nhiệm vụ. Chọn, sửa hoặc bỏ từng đề xuất.",
    "tt.accept": "Thêm {indicators} chỉ tiêu, {tasks} nhiệm vụ vào kế hoạch",
    "tt.text": "Văn bản đã đọc",
    "tt.indicators": "Chỉ tiêu đề xuất",
    "tt.tasks": "Nhiệm vụ đề xuất",
    "tt.take": "Lấy",
    "tt.takeLabel": "Lấy đề xuất {n}",
    "tt.all": "Chọn tất cả",
    "tt.none": "Bỏ chọn tất cả",
    "tt.field.name": "Tên",
    "tt.field.unit": "Đơn vị",
    "tt.field.kind": "Loại",
    "tt.field.target": "Mục tiêu",
    "tt.field.group": "Nhóm",
    "tt.field.yearly": "Theo năm",
    "tt.field.year": "Năm",
    "tt.field.title": "Nhiệm vụ",
    "tt.field.deadline": "Thời hạn",
    "tt.noYear": "không nêu",
    "tt.total.none": "(chỉ theo năm)",
    "tt.showInText": "Xem câu gốc",
    "tt.confidence": "Độ tin cậy {pct} · quy tắc: {rule}",
    "tt.flag.shared":
      "Đoán: mức của mục đầu danh sách được áp dụng cho mục này như văn bản viết. Hãy xác nhận.",
    "tt.flag.outside":
      "Năm {year} nằm ngoài thời kỳ của kế hoạch ({period}). Bạn quyết định có lấy hay không.",
    "tt.flag.aboutRange": "Văn bản viết «khoảng» cho khoảng này.",
    "tt.flag.alsoAt": "Văn bản nhắc lại chỉ tiêu này {n} lần nữa.",
    "tt.subAreas":
      "Kế hoạch có địa bàn con: số liệu của văn bản được ghi vào ghi chú của chỉ tiêu để bạn phân bổ cho từng địa bàn.",
    "tt.figureNote": "Theo văn bản: {target} ({kind}).",
    "tt.badTarget": "Mục tiêu «{text}» không đọc được.",
    "tt.fixTargets": "Hãy sửa các mục tiêu không đọc được trước khi thêm.",
    "tt.refused": "Kế hoạch không nhận các đề xuất ({reason}). Không có gì thay đổi.",
    "tt.added": "Đã thêm {indicators} chỉ tiêu, {tasks} nhiệm vụ từ văn bản. Hoàn tác để bỏ cả lần thêm này.",
    "tt.notice.empty": "Văn bản trống: hãy dán phần Mục tiêu của văn bản.",
    "tt.notice.tooLong":
      "Văn bản dài {chars} ký tự, quá giới hạn {max} ký tự (khoảng 150 trang). Hãy dán riêng phần Mục tiêu.",
    "tt.notice.binary":
      "Đây không phải văn bản chữ (có ký tự điều khiển ở vị trí {at}). Hãy dán chữ, không dán nội dung tệp.",
    "tt.notice.html": "Văn bản có mã HTML: các thẻ và đoạn mã (script) được bỏ qua, chỉ đọc phần chữ.",
    "tt.notice.decomposed":
      "Văn bản dùng dấu tổ hợp (NFD): đã chuẩn hóa về dạng dựng sẵn (NFC) trước khi đọc.",
    "tt.notice.englishNumber":
      "Số «{text}» (ký tự thứ {at}) viết theo kiểu tiếng Anh: không đoán, hãy nhập tay nếu đó là chỉ tiêu.",
    "tt.notice.noTargets": "Không tìm thấy chỉ tiêu hay nhiệm vụ nào trong văn bản.",
    "tt.notice.failed": "Không đọc được văn bản (bộ đọc bị dừng). Dữ liệu không thay đổi; hãy thử lại.",
  },
  {
    "tt.open": "From text…",
    "tt.openLong": "Targets from the text of a decision, plan or programme",
    "tt.title": "Targets from text",
    "tt.pasteLabel": "Text: the Targets section of the decision, plan or programme",
    "tt.pasteHint":
      "Paste text from Word, a PDF or a web page. Every target found is proposed beside its sentence; nothing is stored until you accept.",
    "tt.read": "Read the text",
    "tt.reading": "Reading the text…",
    "tt.back": "← Change the text",
    "tt.cancel": "Cancel",
    "tt.found": "Found {indicators} indicators and {tasks} tasks. Take, edit or drop each proposal.",
    "tt.accept": "Add {indicators} indicators, {tasks} tasks to the plan",
    "tt.text": "Text read",
    "tt.indicators": "Proposed indicators",
    "tt.tasks": "Proposed tasks",
    "tt.take": "Take",
    "tt.takeLabel": "Take proposal {n}",
    "tt.all": "Take all",
    "tt.none": "Take none",
    "tt.field.name": "Name",
    "tt.field.unit": "Unit",
    "tt.field.kind": "Kind",
    "tt.field.target": "Target",
    "tt.field.group": "Group",
    "tt.field.yearly": "By year",
    "tt.field.year": "Year",
    "tt.field.title": "Task",
    "tt.field.deadline": "Deadline",
    "tt.noYear": "not stated",
    "tt.total.none": "(yearly only)",
    "tt.showInText": "Show the sentence",
    "tt.confidence": "Confidence {pct} · rule: {rule}",
    "tt.flag.shared":
      "A guess: the bound of the list's first item is applied to this one, as the text writes it. Please confirm.",
    "tt.flag.outside":
      "Year {year} lies outside the plan's period ({period}). You decide whether to take it.",
    "tt.flag.aboutRange": "The text says “about” for this range.",
    "tt.flag.alsoAt": "The text repeats this target {n} more times.",
    "tt.subAreas":
      "The plan has sub-areas: the text's figures go into each indicator's note, for you to split by sub-area.",
    "tt.figureNote": "From the text: {target} ({kind}).",
    "tt.badTarget": "The target “{text}” cannot be read.",
    "tt.fixTargets": "Correct the targets that cannot be read before adding.",
    "tt.refused": "The plan refused the proposals ({reason}). Nothing was changed.",
    "tt.added":
      "Added {indicators} indicators and {tasks} tasks from the text. Undo removes this whole addition.",
    "tt.notice.empty": "The text is empty: paste the Targets section of the document.",
    "tt.notice.tooLong":
      "The text is {chars} characters long, over the limit of {max} (about 150 pages). Paste only the Targets section.",
    "tt.notice.binary":
      "This is not text (a control character at position {at}). Paste text, not the content of a file.",
    "tt.notice.html": "The text holds HTML: tags and scripts are skipped, only the words are read.",
    "tt.notice.decomposed":
      "The text uses combining accents (NFD): it was normalised to composed form (NFC) before reading.",
    "tt.notice.englishNumber":
      "The number “{text}” (character {at}) is written the English way: not guessed; type it in if it is a target.",
    "tt.notice.noTargets": "No target or task was found in the text.",
    "tt.notice.failed":
      "The text could not be read (the reader stopped). Nothing was changed; please try again.",
  },
);
