/** How a process runs background jobs (server options `jobs`, env JOB_WORKER, JOB_LEASE_MS, JOB_POLL_MS). */
export interface JobSettings {
  /** false: this process takes no jobs (JOB_WORKER=off). */
  enabled?: boolean;
  leaseMs?: number;
  pollMs?: number;
  /** Schedule the access log's retention every this many minutes; absent: no schedule from this process. */
  retentionMinutes?: number;
  /** Tests only (JOB_TEST_PAUSE_MS): a pause before an import's commit; absent or 0: none. */
  testPauseMs?: number;
}
