import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

/** How a measured command ended, how long it took, and the most memory its whole process tree held at once. */
export interface Measured {
  code: number | null;
  ms: number;
  peakRssBytes: number;
  /** Each line the command printed, with the milliseconds since it started. */
  lines: { ms: number; text: string }[];
}

function parentsAndRss(): Map<number, { ppid: number; rss: number }> {
  const table = new Map<number, { ppid: number; rss: number }>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      table.set(Number(name), { ppid: Number(fields[1]), rss: Number(fields[21]) * 4096 });
    } catch {
      // The process ended while the table was read.
    }
  }
  return table;
}

/** The resident memory of a process and all its descendants, from /proc (Linux). */
export function treeRss(root: number): number {
  const table = parentsAndRss();
  let total = 0;
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop() as number;
    total += table.get(pid)?.rss ?? 0;
    for (const [child, info] of table) if (info.ppid === pid) pending.push(child);
  }
  return total;
}

/** Runs a command, sampling the memory of its process tree every 50 ms, and records its output line by line. */
export function measure(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let peak = 0;
    const sample = () => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    };
    const timer = setInterval(sample, 50);
    const lines: Measured["lines"] = [];
    let pending = "";
    const onData = (chunk: Buffer) => {
      pending += chunk.toString("utf8");
      const parts = pending.split("\n");
      pending = parts.pop() ?? "";
      const ms = performance.now() - started;
      for (const text of parts) lines.push({ ms, text });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearInterval(timer);
      if (pending) lines.push({ ms: performance.now() - started, text: pending });
      resolve({ code, ms: performance.now() - started, peakRssBytes: peak, lines });
    });
  });
}
