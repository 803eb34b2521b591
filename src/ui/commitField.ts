// A form field that turns into one edit when the planner leaves it (or presses Enter), not on
// every keystroke. While typing, the field shows the draft; otherwise the plan's value, so that a
// change made in another tab appears. A refused value stays in the field with its message.
import { useState } from "react";
import type { MessageKey } from "../i18n/messages";

/** What is wrong with a value: a message key, turned into words at display time (so it follows
 * a change of language). */
export interface FieldProblem {
  key: MessageKey;
  params?: Record<string, string | number>;
}

export const problemOf = (problem: string): FieldProblem => ({ key: `problem.${problem}` as MessageKey });

export interface CommitField {
  value: string;
  error: FieldProblem | null;
  onChange: (text: string) => void;
  /** Leave the field: commit the draft, if any. */
  commit: () => void;
  /** Escape: back to the plan's value. */
  revert: () => void;
}

/** `save` returns null when the edit was taken, else the message to show at the field. */
export function useCommitField(stored: string, save: (text: string) => FieldProblem | null): CommitField {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<FieldProblem | null>(null);
  return {
    value: draft ?? stored,
    error,
    onChange: (text) => setDraft(text),
    commit: () => {
      if (draft === null) return;
      if (draft === stored) {
        setDraft(null);
        setError(null);
        return;
      }
      const problem = save(draft);
      setError(problem);
      if (!problem) setDraft(null);
    },
    revert: () => {
      setDraft(null);
      setError(null);
    },
  };
}
