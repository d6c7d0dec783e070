package org.osteomet.web;

import org.osteomet.web.jobs.JobQueueSettings;
import org.osteomet.web.request.RunLimits;

/**
 * Everything the explorer server can be told.
 *
 * @param host         address to listen on (loopback by default: the explorer has no authentication)
 * @param port         TCP port (0: any free port)
 * @param jobs         workers, queue, time limit and retention of jobs
 * @param limits       largest runs accepted
 * @param maxBodyBytes largest request body accepted
 */
public record ServerSettings(String host, int port, JobQueueSettings jobs, RunLimits limits, int maxBodyBytes) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    public static final int MAX_PORT = 65_535;
    /** Requests are a few short fields; anything much larger is a mistake or abuse. */
    public static final int DEFAULT_MAX_BODY_BYTES = 16 * 1024;

    public static final ServerSettings DEFAULTS = new ServerSettings(DEFAULT_HOST, DEFAULT_PORT, JobQueueSettings.DEFAULTS,
            RunLimits.DEFAULTS, DEFAULT_MAX_BODY_BYTES);

    public ServerSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host: must not be empty");
        }
        if (port < 0 || port > MAX_PORT) {
            throw new IllegalArgumentException("port: must be between 0 and " + MAX_PORT + ", got " + port);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("max body size: must be positive, got " + maxBodyBytes);
        }
    }

    public ServerSettings withHost(String h) {
        return new ServerSettings(h, port, jobs, limits, maxBodyBytes);
    }

    public ServerSettings withPort(int p) {
        return new ServerSettings(host, p, jobs, limits, maxBodyBytes);
    }

    public ServerSettings withJobs(JobQueueSettings j) {
        return new ServerSettings(host, port, j, limits, maxBodyBytes);
    }

    public ServerSettings withLimits(RunLimits l) {
        return new ServerSettings(host, port, jobs, l, maxBodyBytes);
    }
}
