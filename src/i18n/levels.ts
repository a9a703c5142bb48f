import type { Level } from "../core/checks/schema.ts";
import type { Messages } from "./messages.ts";

/** How a level is shown in the messages' language ("Intermediate", "Gevorderd"); the data keeps `intermediate`. */
export function levelName(messages: Messages, level: Level): string {
  return messages.text(`level.${level}`);
}
