// Copy, cut and paste of blocks: browsers send these events to the document when a grid cell (not
// a text field) has the focus, so they are heard there and taken only when the focus is in this
// grid and no cell editor is open (an open editor handles its own clipboard).
import type { GridApi } from "ag-grid-community";
import { type RefObject, useEffect } from "react";
import type { GridRow } from "./rows";

interface ClipboardActions {
  copyText: () => string | null;
  clear: () => void;
  /** Clipboard text, and its HTML when there is some (a table copied from Word). */
  paste: (text: string, html: string) => void;
}

export function useGridClipboard(
  body: RefObject<HTMLElement | null>,
  api: () => GridApi<GridRow> | null,
  act: ClipboardActions,
  editable: boolean,
  refuse: (text: string) => void,
  readOnlyText: string,
): void {
  useEffect(() => {
    const ours = (e: Event): e is ClipboardEvent => {
      const active = document.activeElement;
      if (!body.current?.contains(active)) return false;
      if (active && /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName)) return false;
      return (api()?.getEditingCells().length ?? 0) === 0 && e instanceof ClipboardEvent;
    };
    const onCopy = (e: Event) => {
      if (!ours(e)) return;
      const text = act.copyText();
      if (text === null) return;
      e.clipboardData?.setData("text/plain", text);
      e.preventDefault();
      if (e.type === "cut" && editable) act.clear();
    };
    const onPaste = (e: Event) => {
      if (!ours(e)) return;
      e.preventDefault();
      if (!editable) return refuse(readOnlyText);
      act.paste(e.clipboardData?.getData("text/plain") ?? "", e.clipboardData?.getData("text/html") ?? "");
    };
    document.addEventListener("copy", onCopy);
    document.addEventListener("cut", onCopy);
    document.addEventListener("paste", onPaste);
    return () => {
      document.removeEventListener("copy", onCopy);
      document.removeEventListener("cut", onCopy);
      document.removeEventListener("paste", onPaste);
    };
  }, [body, api, act, editable, refuse, readOnlyText]);
}
