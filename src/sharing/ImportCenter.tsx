// Importing plan files, from anywhere in the app: a file picker, files dropped anywhere on the
// window (a visible drop zone while dragging), and files handed over by the operating system when
// HTX Plan is installed as the handler of plan files (launchQueue). Every file is read in the read
// worker; the import screen shows what each holds and every problem found, and nothing is stored
// until the planner chooses what to do with each plan.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { useI18n } from "../i18n/I18nProvider";
import { MAX_BACKUP_BYTES } from "../io/backupFile";
import { createPlanFileReader, type PlanFileReader } from "../io/worker/planFileReader";
import type { FileRead } from "../io/worker/readForImport";
import { parseRoute } from "../ui/router";
import { ImportDialog, SheetImportDialog } from "./lazy";
import { consumeLaunchedFiles } from "./launchQueue";
import "./sharing.css";

export interface ImportApi {
  /** Read these files and show the import screen. */
  openFiles: (files: readonly File[]) => void;
  /** Open the file picker. */
  pickFiles: () => void;
  /** Open the file picker for a spreadsheet (.xlsx, CSV) to import. */
  pickSpreadsheet: () => void;
}

/** Spreadsheets go to the spreadsheet import (its mapping step), plan files to the plan import. */
const SPREADSHEET = /\.(xlsx|xlsm|xls|xlsb|ods|csv|tsv|txt)$/i;

function openPlanId(): string | null {
  const route = parseRoute(window.location.hash);
  return route.name === "plan" ? route.planId : null;
}

const ImportContext = createContext<ImportApi | null>(null);

export function useImport(): ImportApi {
  const ctx = useContext(ImportContext);
  if (!ctx) throw new Error("useImport outside ImportCenter");
  return ctx;
}

export interface ImportFile {
  key: number;
  name: string;
  /** Null while the file is being read. */
  read: FileRead | null;
}

let fileKeys = 0;

async function readFile(reader: PlanFileReader, file: File): Promise<FileRead> {
  const fail = (reason: string): FileRead => ({
    name: file.name,
    backup: false,
    items: [{ ok: false, error: { kind: "unexpected", reason }, entry: null }],
  });
  // Refuse a huge file before reading it into memory at all.
  if (file.size > MAX_BACKUP_BYTES) {
    return {
      name: file.name,
      backup: false,
      items: [
        { ok: false, error: { kind: "tooLarge", size: file.size, limit: MAX_BACKUP_BYTES }, entry: null },
      ],
    };
  }
  try {
    return await reader.read(file.name, await file.arrayBuffer());
  } catch (e) {
    // The file vanished or cannot be read (moved, no permission): say so, store nothing.
    return fail(e instanceof Error ? e.name : "read");
  }
}

export function ImportCenter({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [files, setFiles] = useState<ImportFile[]>([]);
  const [dragging, setDragging] = useState(false);
  const readerRef = useRef<PlanFileReader | null>(null);
  const [reader, setReader] = useState<PlanFileReader | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const sheetInputRef = useRef<HTMLInputElement>(null);
  const [sheets, setSheets] = useState<{ key: number; source: { file: File }; planId: string | null }[]>([]);

  const openFiles = useCallback((all: readonly File[]) => {
    const spreadsheets = all.filter((f) => SPREADSHEET.test(f.name));
    if (spreadsheets.length > 0) {
      const planId = openPlanId();
      setSheets((prev) => [
        ...prev,
        ...spreadsheets.map((file) => ({ key: ++fileKeys, source: { file }, planId })),
      ]);
    }
    const list = all.filter((f) => !SPREADSHEET.test(f.name));
    if (list.length === 0) return;
    let reader = readerRef.current;
    if (!reader) {
      reader = createPlanFileReader();
      readerRef.current = reader;
      setReader(reader);
    }
    const added = list.map((f) => ({ key: ++fileKeys, name: f.name, read: null }));
    setFiles((prev) => [...prev, ...added]);
    list.forEach((file, i) => {
      const key = added[i]?.key;
      void readFile(reader, file).then((read) =>
        setFiles((prev) => prev.map((x) => (x.key === key ? { ...x, read } : x))),
      );
    });
  }, []);

  const close = useCallback(() => {
    readerRef.current?.close();
    readerRef.current = null;
    setReader(null);
    setFiles([]);
  }, []);

  const api = useMemo<ImportApi>(
    () => ({
      openFiles,
      pickFiles: () => inputRef.current?.click(),
      pickSpreadsheet: () => sheetInputRef.current?.click(),
    }),
    [openFiles],
  );

  // Files handed over by the operating system (an installed app opening a plan file).
  useEffect(() => consumeLaunchedFiles(openFiles), [openFiles]);

  // Drop anywhere on the window.
  useEffect(() => {
    const hasFiles = (e: DragEvent) => Boolean(e.dataTransfer?.types.includes("Files"));
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      setDragging(false);
      const dropped = e.dataTransfer?.files;
      if (!dropped || dropped.length === 0) return;
      e.preventDefault();
      openFiles(Array.from(dropped));
    };
    const end = () => setDragging(false);
    window.addEventListener("dragenter", over);
    window.addEventListener("dragover", over);
    window.addEventListener("dragleave", leave);
    window.addEventListener("drop", drop);
    window.addEventListener("dragend", end);
    return () => {
      window.removeEventListener("dragenter", over);
      window.removeEventListener("dragover", over);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("drop", drop);
      window.removeEventListener("dragend", end);
    };
  }, [openFiles]);

  return (
    <ImportContext.Provider value={api}>
      {children}
      <input
        ref={inputRef}
        type="file"
        multiple
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="import-input"
        onChange={(e) => {
          openFiles(Array.from(e.target.files ?? []));
          e.target.value = "";
        }}
      />
      <input
        ref={sheetInputRef}
        type="file"
        accept=".xlsx,.xlsm,.csv,.tsv,.txt,.xls,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="sheet-input"
        onChange={(e) => {
          openFiles(
            Array.from(e.target.files ?? []).map((f) =>
              SPREADSHEET.test(f.name) ? f : new File([f], `${f.name}.csv`),
            ),
          );
          e.target.value = "";
        }}
      />
      {sheets[0] && (
        <SheetImportDialog
          key={sheets[0].key}
          source={sheets[0].source}
          openPlanId={sheets[0].planId}
          onClose={() => setSheets((prev) => prev.slice(1))}
        />
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-message">
            <strong>{t("share.dropHere")}</strong>
            <span>{t("share.dropHint")}</span>
          </div>
        </div>
      )}
      {files.length > 0 && <ImportDialog files={files} reader={reader} onClose={close} />}
    </ImportContext.Provider>
  );
}
