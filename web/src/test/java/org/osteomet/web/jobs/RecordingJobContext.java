package org.osteomet.web.jobs;

import java.util.ArrayList;
import java.util.List;

/** A job context for tests: records each progress report as a fraction done; never cancels. */
public final class RecordingJobContext implements JobContext {
    public final List<Double> fractions = new ArrayList<>();

    @Override
    public void checkCancelled() {
    }

    @Override
    public void progress(double done, double total, String message) {
        fractions.add(done / total);
    }
}
