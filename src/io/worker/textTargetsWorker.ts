// The text worker: reads a programme's text into proposed targets (domain/textTargets) off the
// page's thread, so that a 30-page decision never freezes the page. Messages: textTargetsReader.ts.
import { readTargetsFromText } from "../../domain/textTargets";
import type { TextAnswer, TextQuestion } from "./textTargetsReader";

self.onmessage = (e: MessageEvent<TextQuestion>) => {
  const { id, text, period } = e.data;
  const answer: TextAnswer = { id, result: readTargetsFromText(text, period) };
  (self as unknown as Worker).postMessage(answer);
};
