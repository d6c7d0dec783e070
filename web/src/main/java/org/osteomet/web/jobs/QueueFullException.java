package org.osteomet.web.jobs;

/** Every worker is busy and the waiting queue is full: the client should retry later (HTTP 429). */
public final class QueueFullException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    QueueFullException(int workers, int capacity) {
        super("job queue: full (" + workers + " running, " + capacity + " waiting); try again shortly");
    }
}
