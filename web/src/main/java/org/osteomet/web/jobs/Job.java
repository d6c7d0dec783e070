package org.osteomet.web.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One background job: its state, progress and, once done, its result. State changes are synchronized on the
 * job; progress is volatile so that polling never waits for the worker.
 */
public final class Job implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Job.class);
    private static final double MILLIS_PER_SECOND = 1000.0;

    private final String id;
    private final String kind;
    private final JobTask task;
    private final Clock clock;
    private final Duration timeout;

    private JobStatus status = JobStatus.QUEUED;
    private Instant finished;
    private volatile Instant deadline;
    private Thread worker;
    private byte[] result;
    private String error;
    private volatile boolean stopRequested;
    private volatile boolean timedOut;
    private volatile double fraction;
    private volatile String message = "waiting for a free worker";

    Job(String id, String kind, JobTask task, Clock clock, Duration timeout) {
        this.id = id;
        this.kind = kind;
        this.task = task;
        this.clock = clock;
        this.timeout = timeout;
    }

    public String id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public synchronized JobStatus status() {
        return status;
    }

    /** Share of the work done, 0 to 1. */
    public double fraction() {
        return fraction;
    }

    public String message() {
        return message;
    }

    /** Why the job did not finish (failed, timed out or cancelled); empty otherwise. */
    public synchronized Optional<String> error() {
        return Optional.ofNullable(error);
    }

    /** The result JSON, once the job is done. */
    public synchronized Optional<byte[]> result() {
        return Optional.ofNullable(result);
    }

    synchronized Optional<Instant> finished() {
        return Optional.ofNullable(finished);
    }

    /** Runs the task on the calling worker thread, unless the job was cancelled while it waited. */
    @Override
    public void run() {
        synchronized (this) {
            if (status != JobStatus.QUEUED) {
                return;
            }
            status = JobStatus.RUNNING;
            deadline = clock.instant().plus(timeout);
            worker = Thread.currentThread();
            message = "started";
        }
        try {
            byte[] out = task.run(new Context());
            finish(JobStatus.DONE, out, null);
        } catch (JobCancelledException | InterruptedException e) {
            stopped();
        } catch (JobFailedException e) {
            finish(JobStatus.FAILED, null, e.getMessage());
        } catch (Exception | Error e) { // an Error too: the job must not stay "running" for ever
            if (stopRequested) {
                stopped(); // an interrupt surfaced as another exception
            } else {
                LOG.error("job {} ({}) failed", id, kind, e);
                finish(JobStatus.FAILED, null, "internal error (details are in the server log)");
            }
            if (e instanceof VirtualMachineError fatal) {
                throw fatal;
            }
        } finally {
            synchronized (this) {
                worker = null;
            }
            Thread.interrupted(); // a late interrupt must not reach the worker's next job
        }
    }

    private void stopped() {
        if (timedOut) {
            finish(JobStatus.TIMED_OUT, null, "job: stopped after the time limit of " + timeout.toMillis() / MILLIS_PER_SECOND + " s");
        } else {
            finish(JobStatus.CANCELLED, null, "job: cancelled");
        }
    }

    private synchronized void finish(JobStatus end, byte[] out, String why) {
        status = end;
        result = out;
        error = why;
        finished = clock.instant();
        if (end == JobStatus.DONE) {
            fraction = 1;
            message = "done";
        } else {
            message = why;
        }
    }

    /** Asks the job to stop; a queued job ends at once. Returns false if it had already ended. */
    synchronized boolean cancel() {
        if (status.isFinal()) {
            return false;
        }
        stopRequested = true;
        if (status == JobStatus.QUEUED) {
            finish(JobStatus.CANCELLED, null, "job: cancelled");
        } else if (worker != null) {
            worker.interrupt();
        }
        return true;
    }

    /** Stops a running job that is past its deadline (the cooperative check may be far away). */
    synchronized void stopIfOverdue(Instant now) {
        if (status == JobStatus.RUNNING && now.isAfter(deadline)) {
            timedOut = true;
            stopRequested = true;
            if (worker != null) {
                worker.interrupt();
            }
        }
    }

    private final class Context implements JobContext {
        @Override
        public void checkCancelled() {
            if (!stopRequested && clock.instant().isAfter(deadline)) {
                timedOut = true;
                stopRequested = true;
            }
            if (stopRequested || Thread.currentThread().isInterrupted()) {
                stopRequested = true;
                throw new JobCancelledException(timedOut ? "timed out" : "cancelled");
            }
        }

        @Override
        public void progress(double done, double total, String text) {
            fraction = total > 0 ? Math.max(0, Math.min(1, done / total)) : 0;
            message = text;
        }
    }
}
