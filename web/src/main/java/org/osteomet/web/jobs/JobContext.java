package org.osteomet.web.jobs;

/**
 * What a running job sees of its own job: it reports progress and asks, at safe points, whether it should stop
 * (cancelled by the client or past its time limit). Checking is cheap: a volatile read and a clock read.
 */
public interface JobContext {
    /** Throws {@link JobCancelledException} if the job should stop now (also when its thread was interrupted). */
    void checkCancelled();

    /** Reports progress: {@code done} of {@code total} units (e.g. simulated days), with a short human message. */
    void progress(double done, double total, String message);
}
