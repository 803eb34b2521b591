// A modal dialog (native <dialog>: focus stays inside, Escape closes) for the note editor and the
// indicator form. Focus returns to where it was when the dialog closes.
import { type ReactNode, useEffect, useRef } from "react";

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}

export function Dialog({ title, onClose, children, className }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const before = document.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      before?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`grid-dialog ${className ?? ""}`}
      aria-labelledby="grid-dialog-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id="grid-dialog-title">{title}</h2>
      {children}
    </dialog>
  );
}
