// What a migration step is (index.ts lists the steps; each step file imports only this).

/** A raw plan file as parsed from JSON, before validation. */
export type RawFile = Record<string, unknown>;

export interface MigrationStep {
  /** The version this step reads; it returns a file of version from + 1. */
  from: number;
  /** What changed, in one line (for the changelog and error messages). */
  name: string;
  /**
   * Turn a file of version `from` into one of version from + 1. It may throw on a file it cannot
   * understand: the reader turns that into a "migrationFailed" error naming the step. The chain sets
   * formatVersion itself.
   */
  up: (file: RawFile) => RawFile;
}
