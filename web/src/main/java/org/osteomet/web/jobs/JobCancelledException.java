package org.osteomet.web.jobs;

/** Thrown inside a job when it was cancelled or ran out of time; the job then ends without a result. */
public final class JobCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    JobCancelledException(String message) {
        super(message, null, false, false);
    }
}
