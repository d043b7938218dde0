import type { Queue } from 'bullmq';
import { reasonCode, type JobData, type JobResult } from './jobs.js';

export interface RetrySummary {
  /** Failed jobs moved back to waiting, by code (`other`: a failure without a code, e.g. a stalled job). */
  retried: Record<string, number>;
  /** Failed jobs left as they are (their code was not asked for), by code. */
  left: Record<string, number>;
}

const PAGE = 500;

/**
 * Moves the failed jobs of a queue back to waiting, with their attempts reset, so that workers run
 * them again: all of them, or those whose reason has one of `codes` (`other` for a failure without a
 * code). Failures are never retried automatically when they would happen again (see
 * DETERMINISTIC_CODES); this is for when their cause was fixed (a mount, `--timeout`, a bug).
 */
export async function retryFailed(
  queue: Queue<JobData, JobResult>,
  codes: ReadonlySet<string> | null,
): Promise<RetrySummary> {
  const retried: Record<string, number> = {};
  const left: Record<string, number> = {};
  // Retried jobs leave the failed list, so a page past the ones left is the next one.
  for (let start = 0; ;) {
    const jobs = await queue.getJobs(['failed'], start, start + PAGE - 1, true);
    if (jobs.length === 0) break;
    for (const job of jobs) {
      const code = reasonCode(job.failedReason) ?? 'other';
      if (codes && !codes.has(code)) {
        left[code] = (left[code] ?? 0) + 1;
        start++;
        continue;
      }
      // A document that failed in a batch job: its own job runs it alone this time.
      if (job.data.failedInBatch) {
        const { failedInBatch: _, ...data } = job.data;
        await job.updateData(data);
      }
      await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
      retried[code] = (retried[code] ?? 0) + 1;
    }
  }
  return { retried, left };
}
