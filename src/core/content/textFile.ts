import { isUtf8 } from "node:buffer";
import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
import type { Problem } from "../checks/problem.ts";
import { fileProblem, unreadableProblem } from "./fileProblems.ts";

/** The largest a file may be, and the end of the message for one over it ("over <what>: <what to do>"). */
export interface SizeLimit {
  bytes: number;
  over: string;
}

/** Result of reading a text file: its text, or the one problem that stopped the reading. */
export type TextFileResult = { ok: true; text: string } | { ok: false; problem: Problem };

/** The `file-too-large` problem of a file of `bytes` bytes (or characters, for text already in memory). */
export function tooLargeProblem(file: string, bytes: number, limit: SizeLimit): Problem {
  return fileProblem(file, `is ${(bytes / 1024 / 1024).toFixed(1)} MiB, over ${limit.over}`, "file-too-large");
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The 1-based line of the first bytes that are not UTF-8 (a line feed byte is never part of a multi-byte character). */
function firstBadLine(bytes: Buffer): number {
  let line = 1;
  for (let start = 0; ; line++) {
    const end = bytes.indexOf(0x0a, start);
    if (!isUtf8(bytes.subarray(start, end < 0 ? bytes.length : end)) || end < 0) return line;
    start = end + 1;
  }
}

/**
 * Decodes UTF-8 strictly (a byte-order mark is dropped): bytes that are not UTF-8 are `not-text`, never U+FFFD; the
 * message says the file is binary when it holds a NUL byte, else on which line its text stops being UTF-8.
 */
export function decodeText(bytes: Buffer, file: string): TextFileResult {
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    if (bytes.includes(0)) return { ok: false, problem: fileProblem(file, "is not a text file", "not-text") };
    const line = firstBadLine(bytes);
    const message = `is not UTF-8 text (line ${line} has bytes that are not UTF-8): save it with the UTF-8 encoding`;
    return { ok: false, problem: { ...fileProblem(file, message, "not-text"), position: { line, column: 1 } } };
  }
}

/**
 * Reads a regular file as UTF-8 text. Its size is checked (on the open file) before anything is read, so a huge file
 * costs nothing; every file-system error comes back as a problem naming `file`, the path relative to the content
 * root. The caller makes sure `path` is a regular file or a link to one (opening a pipe would wait forever).
 */
export function readTextFile(path: string, file: string, limit: SizeLimit): TextFileResult {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const { size } = fstatSync(fd);
    if (size > limit.bytes) return { ok: false, problem: tooLargeProblem(file, size, limit) };
    return decodeText(readFileSync(fd), file);
  } catch (error) {
    return { ok: false, problem: unreadableProblem(file, error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
