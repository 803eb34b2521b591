// React hooks over the storage state and the plan list (liveQuery: other tabs' changes appear).
import { useLiveQuery } from "dexie-react-hooks";
import { useSyncExternalStore } from "react";
import type { SaveState } from "./planEditor";
import { listPlans, type PlanSummary } from "../storage/library";
import { libraryState, type LibraryState } from "../storage/startup";
import type { Store } from "../storage/store";
import {
  databaseStatus,
  persistence,
  saveState,
  type DatabaseStatus,
  type Persistence,
} from "../storage/storageStatus";
import { keepUnsaved } from "../storage/unsaved";
import { writeQueue } from "../storage/writeQueue";

function useStore<T>(store: Store<T>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

export const useSaveState = (): SaveState => useStore(saveState);
export const useDatabaseStatus = (): DatabaseStatus => useStore(databaseStatus);
export const usePersistence = (): Persistence => useStore(persistence);
export const useLibraryState = (): LibraryState => useStore(libraryState);

/** Every stored plan (trash included); undefined while reading. */
export function usePlanList(enabled: boolean): PlanSummary[] | undefined {
  return useLiveQuery(() => (enabled ? listPlans() : undefined), [enabled]);
}

/** Writes not yet in the database. */
export const unsavedWrites = (): number => writeQueue.pending;

/**
 * The page is going: keep the writes that have not landed for the next start. False when some
 * could not be kept — then closing the tab would lose them, and the page should ask first.
 */
export const keepUnsavedWrites = (): boolean => keepUnsaved(writeQueue);
