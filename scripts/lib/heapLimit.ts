import { getHeapStatistics } from "node:v8";

const MB = 1024 * 1024;

/** The smallest heap limit a build of the pages is given, whatever the size of its content. */
const MIN_HEAP_MB = 512;

/**
 * The heap limit for building the pages of a content folder of `contentBytes`: 256 MB plus 4 bytes of heap for each
 * byte of content, from 512 MB up to Node's own limit. A build of 10,000 entries (58 MB of Markdown) keeps less than
 * 450 MB alive and is given 512 MB; without a limit its process grows to 1.8 GB. A build that needs more than its limit
 * runs again without one (pagesProcess.ts), so the limit only ever costs time, never a failed build.
 */
export function pagesHeapLimitMb(contentBytes: number, nodeLimitMb = getHeapStatistics().heap_size_limit / MB): number {
  return Math.round(Math.min(nodeLimitMb, Math.max(MIN_HEAP_MB, 256 + (4 * contentBytes) / MB)));
}
