// The read worker: parses and validates dropped files off the page's thread (a 10 MB plan takes
// most of a second to check), answers with the summaries, and holds each plan read until the page
// asks for it (the planner chose to import it) or lets it go; spreadsheets (.xlsx, CSV) are read
// for the import's mapping step. Messages: see protocol.ts.
import type { Plan } from "../../domain/schema";
import type { FromWorker, ToWorker } from "./protocol";
import { readForMapping } from "../spreadsheet/readForMapping";
import { readForImport } from "./readForImport";
import { splitSheetRead } from "./sheetParts";

const held = new Map<string, Plan>();
let next = 0;

const hold = (plan: Plan): string => {
  const token = `p${++next}`;
  held.set(token, plan);
  return token;
};

const post = (message: FromWorker) => (self as unknown as Worker).postMessage(message);

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  switch (m.type) {
    case "read":
      post({ type: "read", id: m.id, read: readForImport(m.name, new Uint8Array(m.bytes), hold) });
      break;
    case "plan":
      post({ type: "plan", id: m.id, plan: held.get(m.token) ?? null });
      break;
    case "sheet":
      // The .xlsx reader is loaded here on first use, never on the page.
      void readForMapping(m.name, new Uint8Array(m.bytes), m.encoding).then((read) => {
        const { head, parts } = splitSheetRead(read);
        for (const part of parts) post({ type: "sheetPart", id: m.id, part });
        post({ type: "sheet", id: m.id, read: head });
      });
      break;
    case "release":
      for (const token of m.tokens) held.delete(token);
      break;
  }
};
