package org.osteomet.sim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.osteomet.random.PatientStreams;

/**
 * Runs a cohort: screens candidate patients 0, 1, 2, ... in chunks on worker threads, and hands the
 * enrolled ones to a sink strictly in candidate order, so files and summaries are the same whatever
 * the thread count. Memory stays flat: only a few chunks are in flight.
 */
public final class CohortRunner {
    /** Candidates simulated per task. */
    static final int CHUNK = 512;
    /** Give up when this many candidates yield nobody to enrol (a scenario without metastasis, say). */
    static final long MAX_SCREENED_WITHOUT_ENROLMENT = 2_000_000L;

    /** Nobody met the entry criterion: a property of the scenario, reported to the user. */
    public static final class NoEnrolmentException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoEnrolmentException(String message) {
            super(message);
        }
    }

    /** Receives enrolled patients, in order, one chunk at a time. */
    @FunctionalInterface
    public interface Sink {
        void accept(List<PatientOutcome> enrolled) throws Exception;
    }

    /** Told after each chunk how many patients are enrolled and screened so far. */
    @FunctionalInterface
    public interface Progress {
        void update(long enrolled, long screened);
    }

    /** Counts of one finished run. */
    public record Result(long enrolled, long screened) {
    }

    private final boolean keepHiddenEvents;

    /** A runner whose outcomes hold clinical events only (see {@link Workspace}). */
    public CohortRunner() {
        this(false);
    }

    /** @param keepHiddenEvents keep the hidden biological events in the outcomes too (memory grows with them) */
    public CohortRunner(boolean keepHiddenEvents) {
        this.keepHiddenEvents = keepHiddenEvents;
    }

    public Result run(CohortConfig config, Sink sink, Progress progress) throws Exception {
        if (config.entry().needsProgression() && config.policy().systemicLines(config.primary().code()).isEmpty()) {
            throw new NoEnrolmentException("entry '" + config.entry().code() + "' needs systemic therapy lines for "
                    + config.primary().code() + " in the standard-of-care policy (nobody can progress on a first line)");
        }
        PatientSimulator simulator = new PatientSimulator(config.params(), config.primary(), config.policy(), config.agent());
        PatientStreams streams = new PatientStreams(config.seed());
        ExecutorService pool = Executors.newFixedThreadPool(config.threads(), r -> {
            Thread th = new Thread(r, "osteomet-cohort");
            th.setDaemon(true);
            return th;
        });
        try {
            Deque<Future<List<PatientOutcome>>> inFlight = new ArrayDeque<>();
            long nextCandidate = 0;
            long enrolled = 0;
            long screened = 0;
            int maxInFlight = 2 * config.threads();
            while (enrolled < config.patients()) {
                while (inFlight.size() < maxInFlight) {
                    long first = nextCandidate;
                    inFlight.add(pool.submit(() -> simulateChunk(simulator, streams, config, first, keepHiddenEvents)));
                    nextCandidate += CHUNK;
                }
                List<PatientOutcome> chunk = await(inFlight.removeFirst());
                List<PatientOutcome> take = new ArrayList<>();
                long lastTaken = -1;
                for (PatientOutcome o : chunk) {
                    if (o.enrolled() && enrolled < config.patients()) {
                        take.add(o);
                        enrolled++;
                        lastTaken = o.patientId();
                    }
                }
                // Screening stops at the patient who completes enrolment.
                screened = enrolled >= config.patients() ? lastTaken + 1 : screened + CHUNK;
                sink.accept(take);
                if (progress != null) {
                    progress.update(enrolled, screened);
                }
                if (enrolled == 0 && screened >= MAX_SCREENED_WITHOUT_ENROLMENT) {
                    throw new NoEnrolmentException("no patient met the entry criterion '" + config.entry().code() + "' among "
                            + screened + " candidates; check the scenario");
                }
            }
            inFlight.forEach(f -> f.cancel(true));
            return new Result(enrolled, screened);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<PatientOutcome> simulateChunk(PatientSimulator simulator, PatientStreams streams, CohortConfig config,
                                                      long first, boolean keepHiddenEvents) {
        Workspace ws = simulator.newWorkspace(keepHiddenEvents);
        List<PatientOutcome> out = new ArrayList<>(CHUNK);
        for (long id = first; id < first + CHUNK; id++) {
            out.add(simulator.run(id, streams, config.entry(), config.followUpDays(), ws, null));
        }
        return out;
    }

    private static <T> T await(Future<T> f) throws Exception {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }
}
