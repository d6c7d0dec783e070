package org.osteomet.validation;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.osteomet.clinical.StandardOfCare;
import org.osteomet.param.ParameterSet;
import org.osteomet.sim.CohortConfig;
import org.osteomet.sim.CohortRunner;
import org.osteomet.sim.PatientOutcome;
import org.osteomet.tumour.CancerType;

/**
 * Runs the experiments behind a list of targets and measures each target on its cohort. Targets that share an
 * experiment share one cohort; every cohort uses the run's seed, so two parameter sets meet the same virtual
 * patients (common random numbers) and results do not depend on the thread count.
 */
public final class Validation {
    /** Two-sided 95% interval. */
    private static final double LOWER_QUANTILE = 0.025;
    private static final double UPPER_QUANTILE = 0.975;

    /**
     * @param patients   enrolled patients per experiment (a mix splits them by weight)
     * @param seed       run seed
     * @param threads    worker threads
     * @param bootstrap  bootstrap resamples for the 95% intervals (0: none)
     */
    public record Settings(int patients, long seed, int threads, int bootstrap) {
        public Settings {
            if (patients < 1) {
                throw new IllegalArgumentException("patients must be at least 1, got " + patients);
            }
            if (bootstrap < 0) {
                throw new IllegalArgumentException("bootstrap must be >= 0, got " + bootstrap);
            }
        }
    }

    /** Told after each cohort, then after each target's bootstrap interval. */
    @FunctionalInterface
    public interface Progress {
        void cohortDone(int done, int total, Experiment experiment);

        /** Called from the thread that collects the intervals, in target order. */
        default void intervalDone(int done, int total, Target target) {
        }
    }

    private final ParameterSet params;
    private final StandardOfCare policy;
    private final Settings settings;

    public Validation(ParameterSet params, StandardOfCare policy, Settings settings) {
        this.params = params;
        this.policy = policy;
        this.settings = settings;
    }

    /** The distinct experiments the targets need, in order of first use. */
    public static List<Experiment> experiments(List<Target> targets) {
        Set<Experiment> out = new LinkedHashSet<>();
        for (Target t : targets) {
            if (t.experiment() != null) {
                out.add(t.experiment());
            }
        }
        return List.copyOf(out);
    }

    /** Simulates every experiment and measures every target, with bootstrap intervals. */
    public List<TargetResult> run(List<Target> targets, Progress progress) throws Exception {
        Map<Experiment, List<PatientOutcome>> cohorts = simulate(targets, progress);
        // Each target resamples from its own stream (run seed, target id), so the intervals do not depend on which
        // worker computes them or in what order: bootstrapping them in parallel keeps the output bit-identical.
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, settings.threads()), r -> {
            Thread th = new Thread(r, "osteomet-bootstrap");
            th.setDaemon(true); // a failed target must not keep the JVM alive for the others' resampling
            return th;
        });
        try {
            List<Future<TargetResult>> pending = new ArrayList<>();
            for (Target t : targets) {
                List<PatientOutcome> cohort = t.experiment() == null ? List.of() : cohorts.get(t.experiment());
                pending.add(pool.submit(() -> {
                    double value = t.statistic().measure(cohort, params);
                    double[] ci = interval(t, cohort);
                    return new TargetResult(t, value, ci[0], ci[1]);
                }));
            }
            List<TargetResult> out = new ArrayList<>();
            for (Future<TargetResult> f : pending) {
                TargetResult r = resultOf(f);
                out.add(r);
                if (progress != null) {
                    progress.intervalDone(out.size(), targets.size(), r.target());
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static TargetResult resultOf(Future<TargetResult> f) throws Exception {
        try {
            return f.get();
        } catch (ExecutionException e) {
            // rethrow what the measurement threw, not the executor's wrapper
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** The simulated value of each target, without intervals (the calibration objective). */
    public double[] measure(List<Target> targets) throws Exception {
        Map<Experiment, List<PatientOutcome>> cohorts = simulate(targets, null);
        double[] out = new double[targets.size()];
        for (int i = 0; i < out.length; i++) {
            Target t = targets.get(i);
            out[i] = t.statistic().measure(t.experiment() == null ? List.of() : cohorts.get(t.experiment()), params);
        }
        return out;
    }

    private Map<Experiment, List<PatientOutcome>> simulate(List<Target> targets, Progress progress) throws Exception {
        List<Experiment> experiments = experiments(targets);
        Map<Experiment, List<PatientOutcome>> cohorts = new LinkedHashMap<>();
        int done = 0;
        for (Experiment e : experiments) {
            List<PatientOutcome> cohort = new ArrayList<>();
            for (Map.Entry<CancerType, Integer> p : e.patientsPerPrimary(settings.patients()).entrySet()) {
                CohortConfig config = new CohortConfig(p.getKey(), p.getValue(), e.followUpYears(), seedFor(e, p.getKey()), e.entry(),
                        settings.threads(), params, e.protocol(policy), e.agent());
                try {
                    new CohortRunner().run(config, cohort::addAll, null);
                } catch (CohortRunner.NoEnrolmentException none) {
                    // nobody to measure: the statistic is NaN and reported as a miss
                }
            }
            cohorts.put(e, cohort);
            if (progress != null) {
                progress.cohortDone(++done, experiments.size(), e);
            }
        }
        return cohorts;
    }

    /**
     * A single-primary experiment uses the run's seed (the same patients as {@code osteomet cohort --seed}); in a mix each
     * primary gets its own seed (from its code, so reordering the enum changes nothing), so patient i of one primary does not share its draws with patient i of another.
     */
    private long seedFor(Experiment e, CancerType type) {
        return e.population().size() == 1 ? settings.seed() : new java.util.SplittableRandom(settings.seed() ^ (type.code().hashCode() + 1L) * MIX_SEED_SPACING).nextLong();
    }

    /** Odd 64-bit constant (golden ratio) spacing the mixed populations' seeds apart before SplitMix64 scrambles them. */
    private static final long MIX_SEED_SPACING = 0x9E3779B97F4A7C15L;

    /** Percentile bootstrap 95% interval over patients; NaN when there is nothing to resample. */
    private double[] interval(Target t, List<PatientOutcome> cohort) {
        int b = settings.bootstrap();
        if (b == 0 || cohort.isEmpty()) {
            return new double[] {Double.NaN, Double.NaN};
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {settings.seed(), t.id().hashCode()});
        int n = cohort.size();
        int[] idx = new int[n];
        List<PatientOutcome> resample = new AbstractList<>() {
            @Override
            public PatientOutcome get(int i) {
                return cohort.get(idx[i]);
            }

            @Override
            public int size() {
                return n;
            }
        };
        double[] values = new double[b];
        for (int r = 0; r < b; r++) {
            for (int i = 0; i < n; i++) {
                idx[i] = rng.nextInt(n);
            }
            values[r] = t.statistic().measure(resample, params);
        }
        return new double[] {quantile(values, LOWER_QUANTILE), quantile(values, UPPER_QUANTILE)};
    }

    /** Quantile of the finite-or-infinite values, NaN (not reached) sorted above everything. */
    static double quantile(double[] values, double q) {
        double[] v = values.clone();
        Arrays.sort(v); // NaN sorts last: a median "not reached" counts as larger than any reached one
        int i = (int) Math.floor(q * (v.length - 1));
        return v[i];
    }
}
