package org.osteomet.web.jobs;

import java.util.Locale;

/** Where a job is in its life; the last four are final. */
public enum JobStatus {
    QUEUED, RUNNING, DONE, FAILED, TIMED_OUT, CANCELLED;

    public boolean isFinal() {
        return this != QUEUED && this != RUNNING;
    }

    /** Lower-case code for JSON ("timed_out"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
