// The sharing screens load when first used, not with the library: the import screen (with the merge
// table), combining plans, and the plan's "Tệp & phiên bản" tab. Each is wrapped in its own
// <Suspense>, so callers use them as ordinary components.
import { lazy, Suspense, type ComponentProps } from "react";
import { useI18n } from "../i18n/I18nProvider";

const ImportDialogLazy = lazy(() => import("./ImportDialog").then((m) => ({ default: m.ImportDialog })));
const SheetImportDialogLazy = lazy(() =>
  import("./spreadsheet/SheetImportDialog").then((m) => ({ default: m.SheetImportDialog })),
);
const CombinePanelLazy = lazy(() => import("./CombinePanel").then((m) => ({ default: m.CombinePanel })));
const FilesViewLazy = lazy(() => import("./FilesView").then((m) => ({ default: m.FilesView })));

function Loading() {
  const { t } = useI18n();
  return <p className="hint">{t("loading")}</p>;
}

export function ImportDialog(props: ComponentProps<typeof ImportDialogLazy>) {
  return (
    <Suspense fallback={null}>
      <ImportDialogLazy {...props} />
    </Suspense>
  );
}

export function SheetImportDialog(props: ComponentProps<typeof SheetImportDialogLazy>) {
  return (
    <Suspense fallback={null}>
      <SheetImportDialogLazy {...props} />
    </Suspense>
  );
}

export function CombinePanel(props: ComponentProps<typeof CombinePanelLazy>) {
  return (
    <Suspense fallback={<Loading />}>
      <CombinePanelLazy {...props} />
    </Suspense>
  );
}

export function FilesView() {
  return (
    <Suspense fallback={<Loading />}>
      <FilesViewLazy />
    </Suspense>
  );
}
