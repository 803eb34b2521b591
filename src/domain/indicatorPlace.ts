// Where an indicator goes in the plan's list: at the end of its group, so that the grid shows it
// under its heading (the indicator form and targets from text both add indicators this way).
import type { Indicator } from "./schema";

/** Index to put an indicator of `group` at: after that group's last indicator, else `fallback`. */
export function placeInGroup(
  indicators: readonly Indicator[],
  group: string,
  fallback: number,
  exceptId?: string,
): number {
  const others = indicators.filter((x) => x.id !== exceptId);
  let last = -1;
  others.forEach((x, i) => {
    if (x.group === group) last = i;
  });
  return last >= 0 ? last + 1 : Math.min(fallback, others.length);
}
