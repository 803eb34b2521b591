// Opening the library when the app starts: open the database (reading what is stored before
// anything is written), fill it on the very first run, ask for persistent storage.
import type { Plan } from "../domain/schema";
import { db } from "./db";
import { requestPersistence } from "./persistence";
import { seedFirstRun } from "./seed";
import { createStore } from "./store";
import { databaseStatus, updateDatabaseStatus } from "./storageStatus";
import { holdTabAlive } from "./otherTabs";
import { installTestHooks } from "./testHooks";
import { replayUnsaved, watchUnsaved } from "./unsaved";
import { writeQueue } from "./writeQueue";

export type LibraryState = "opening" | "ready" | "failed";
export const libraryState = createStore<LibraryState>("opening");

let started: Promise<void> | null = null;

/** Opens the library; on the very first run it is filled with a copy of each of `templates`. */
export function startStorage(templates: readonly Plan[]): Promise<void> {
  started ??= (async () => {
    installTestHooks();
    try {
      await db.open();
    } catch (error) {
      const name = error && typeof error === "object" && "name" in error ? String(error.name) : "Error";
      updateDatabaseStatus({ openFailed: name });
      libraryState.set("failed");
      return;
    }
    watchUnsaved(writeQueue);
    // Other pages that show a plan read it again when this tab goes (its change notices may be lost).
    holdTabAlive();
    // Edits of a tab closed before they were written are written now.
    await replayUnsaved(writeQueue);
    await seedFirstRun(writeQueue, templates);
    if (!databaseStatus.get().outdated) libraryState.set("ready");
    void requestPersistence();
  })();
  return started;
}
