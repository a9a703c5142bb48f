import { existsSync, lstatSync, renameSync, statSync } from "node:fs";
import { join } from "node:path";
import { isMarkedOutput } from "./buildOutput.ts";
import { type BuildRecord, outputSignature, type SpareRecord, statesSignature } from "./buildRecord.ts";
import {
  copyChanges,
  type FileStates,
  fileState,
  fileStates,
  type MirrorResult,
  mirrorFolder,
} from "./mirrorFolder.ts";
import { removeInBackground } from "./removeInBackground.ts";

/**
 * The folder beside the output where a build keeps the output it replaced, `<out>.spare`, so that the next build
 * can build into it: made equal to the published output first, it holds every unchanged page already, and Astro
 * writes only the pages whose cache key changed (instead of copying every page into an empty folder).
 */
export function spareFolder(outDir: string): string {
  return `${outDir}.spare`;
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/**
 * Whether the spare of `outDir` is one a build kept: a folder itself (not a link to one) holding the marker every
 * build writes. Any other thing of that name is someone else's, which a build never uses, moves or removes.
 */
function isOurSpare(outDir: string): boolean {
  const spare = spareFolder(outDir);
  return lstatSync(spare, { throwIfNoEntry: false })?.isDirectory() === true && isMarkedOutput(spare);
}

/**
 * Why the spare output cannot be built into, or undefined when it can: it must be an earlier output, the published
 * output must be exactly what the last build recorded, and Astro's record of the pages it wrote must be the one that
 * build left (`manifest`), so that every page Astro keeps is the page its key was recorded for.
 */
export function spareRefusal(outDir: string, record: BuildRecord | undefined, manifest: string): string | undefined {
  if (!lstatSync(spareFolder(outDir), { throwIfNoEntry: false })) return "there is none";
  if (!isOurSpare(outDir)) return "it is not an earlier output";
  if (!record || record.outDir !== outDir || !record.astroManifest) return "no build recorded what it is";
  if (record.astroManifest !== manifest) return "Astro's cache changed since the last build";
  if (!isFolder(outDir) || outputSignature(outDir) !== record.output) return "the output changed since it was built";
  return undefined;
}

/**
 * Moves the spare output to `site` (a build's site folder, inside its staging folder) and makes it equal to the
 * published output: by copying the files the record says differ, when the spare is still exactly what the record
 * says it was; else by comparing every file's bytes. Returns what it had to change, whether it compared every file,
 * and the state of its files then.
 */
export function takeSpare(
  outDir: string,
  site: string,
  spare: SpareRecord | undefined,
): MirrorResult & { states: FileStates; compared: boolean } {
  renameSync(spareFolder(outDir), site);
  if (spare?.changed) {
    const states = fileStates(site);
    if (statesSignature(states) === spare.signature) {
      const result = copyChanges(site, outDir, spare.changed);
      for (const path of spare.changed) {
        const state = fileState(join(site, path));
        if (state) states.set(path, state);
        else states.delete(path);
      }
      return { ...result, states, compared: false };
    }
  }
  return { ...mirrorFolder(site, outDir), states: fileStates(site), compared: true };
}

/**
 * Keeps the output a build replaced (moved aside to `previous`) as the spare for the next build, or removes it in
 * the background when something else already has the spare's name.
 */
export function keepAsSpare(previous: string, outDir: string): void {
  if (lstatSync(spareFolder(outDir), { throwIfNoEntry: false })) removeInBackground(previous);
  else renameSync(previous, spareFolder(outDir));
}

/**
 * Removes an unusable spare output in the background, moved first to `<out>.spare-<pid>` (a name a later build
 * recognises as left over, should the removal not finish).
 */
export function dropSpare(outDir: string): void {
  if (!isOurSpare(outDir)) return;
  const aside = `${spareFolder(outDir)}-${process.pid}`;
  renameSync(spareFolder(outDir), aside);
  removeInBackground(aside);
}
