// What reading a programme's text gives: proposed indicators and tasks, each pointing at the words it
// came from, with a confidence and the rule that made it, and notices about the text itself.
import type { Direction, IndicatorKind, Target, Unit } from "../schema";
import type { FigureNotice } from "./figures";
import type { PrepareNotice } from "./prepare";
import type { Span } from "./segments";

export type { Span };

/** The period of the plan the proposals are for: yearly splits and "outside the period" use it. */
export interface PlanPeriod {
  startYear: number;
  endYear: number;
}

export interface IndicatorProposal {
  /** Unique within one reading: "i1", "i2" … */
  key: string;
  name: string;
  unit: Unit;
  kind: IndicatorKind;
  direction: Direction;
  /** Programme total (amounts), end target (levels, shares) or yearly rate (growth); null when only yearly figures are given. */
  total: Target | null;
  /** Yearly targets, only where the text gives them ("mỗi năm 50 THT"). */
  plan: Record<string, Target>;
  /** The year the text aims at ("đến năm 2025"); null when it names none. */
  targetYear: number | null;
  group: string;
  source: string;
  note: string;
  /** The sentence, and the figure within it. */
  sentence: Span;
  figure: Span;
  /** Other places saying the same (a title repeating the body). */
  alsoAt: Span[];
  /** 0–1: how sure the rules are. */
  confidence: number;
  /** The rules that made the proposal, joined by " + " ("count.amount + list.sharedBound"). */
  rule: string;
  /** The bound was carried over from the first item of a list ("khoảng 50 THT, 15 HTX"): a guess to confirm. */
  sharedBound: boolean;
  /** "khoảng 20 - 30%": an approximate range. */
  aboutRange: boolean;
  /** The target year lies outside the plan's period: proposed, the planner decides. */
  outsidePeriod: boolean;
}

export interface TaskProposal {
  key: string;
  title: string;
  /** "đến hết năm 2020" → 2020-12-31; null when the text gives no deadline. */
  deadline: string | null;
  source: string;
  sentence: Span;
  confidence: number;
  rule: string;
}

export type ReadingNotice = PrepareNotice | FigureNotice | { code: "noTargets" };

export interface TextReading {
  /** The text as read (NFC, markup blanked): every span points into it. */
  text: string;
  indicators: IndicatorProposal[];
  tasks: TaskProposal[];
  notices: ReadingNotice[];
}

export type TextReadResult = { ok: true; reading: TextReading } | { ok: false; notice: PrepareNotice };
