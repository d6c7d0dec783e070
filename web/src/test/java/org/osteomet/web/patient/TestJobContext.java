package org.osteomet.web.patient;

import java.util.ArrayList;
import java.util.List;

import org.osteomet.web.jobs.JobContext;

/** Records progress; never cancels. */
final class TestJobContext implements JobContext {
    final List<Double> fractions = new ArrayList<>();

    @Override
    public void checkCancelled() {
    }

    @Override
    public void progress(double done, double total, String message) {
        fractions.add(done / total);
    }
}
