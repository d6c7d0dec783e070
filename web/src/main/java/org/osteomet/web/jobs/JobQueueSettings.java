package org.osteomet.web.jobs;

import java.time.Duration;

/**
 * How many jobs run and wait, and how long they may run and be kept.
 *
 * @param workers     jobs running at once (each is CPU-bound: one per core at most)
 * @param capacity    jobs waiting for a worker; more are refused (0: refuse whenever every worker is busy)
 * @param timeout     a running job is stopped after this long
 * @param retention   a finished job (and its result) is forgotten this long after it ended
 * @param maxRetained at most this many finished jobs are kept; the oldest go first
 */
public record JobQueueSettings(int workers, int capacity, Duration timeout, Duration retention, int maxRetained) {
    public static final int DEFAULT_WORKERS = 2;
    public static final int DEFAULT_CAPACITY = 8;
    public static final long DEFAULT_TIMEOUT_SECONDS = 120;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);
    public static final Duration DEFAULT_RETENTION = Duration.ofMinutes(15);
    public static final int DEFAULT_MAX_RETAINED = 32;
    /** Bounds that keep a misconfigured server from starving the machine. */
    public static final int MAX_WORKERS = 64;
    public static final int MAX_CAPACITY = 10_000;

    public static final JobQueueSettings DEFAULTS = new JobQueueSettings(DEFAULT_WORKERS, DEFAULT_CAPACITY, DEFAULT_TIMEOUT,
            DEFAULT_RETENTION, DEFAULT_MAX_RETAINED);

    public JobQueueSettings {
        if (workers < 1 || workers > MAX_WORKERS) {
            throw new IllegalArgumentException("workers: must be between 1 and " + MAX_WORKERS + ", got " + workers);
        }
        if (capacity < 0 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("queue capacity: must be between 0 and " + MAX_CAPACITY + ", got " + capacity);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("job timeout: must be positive, got " + timeout);
        }
        if (retention.isNegative()) {
            throw new IllegalArgumentException("retention: must not be negative, got " + retention);
        }
        if (maxRetained < 1) {
            throw new IllegalArgumentException("finished jobs kept: must be at least 1, got " + maxRetained);
        }
    }

    public JobQueueSettings withWorkers(int n) {
        return new JobQueueSettings(n, capacity, timeout, retention, maxRetained);
    }

    public JobQueueSettings withCapacity(int n) {
        return new JobQueueSettings(workers, n, timeout, retention, maxRetained);
    }

    public JobQueueSettings withTimeout(Duration d) {
        return new JobQueueSettings(workers, capacity, d, retention, maxRetained);
    }

    public JobQueueSettings withRetention(Duration d) {
        return new JobQueueSettings(workers, capacity, timeout, d, maxRetained);
    }

    public JobQueueSettings withMaxRetained(int n) {
        return new JobQueueSettings(workers, capacity, timeout, retention, n);
    }
}
