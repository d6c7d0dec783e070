package org.osteomet.web.jobs;

/** An expected way for a job to fail (nobody met the entry criterion, say): its message is shown to the client. */
public final class JobFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JobFailedException(String message) {
        super(message);
    }
}
