import type { Level } from "../checks/schema.ts";

/** How a level is shown to readers: "Beginner", "Intermediate", "Advanced". */
export function levelLabel(level: Level | string): string {
  return level.charAt(0).toUpperCase() + level.slice(1);
}
