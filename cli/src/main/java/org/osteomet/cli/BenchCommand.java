package org.osteomet.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.osteomet.sim.CohortConfig;
import org.osteomet.sim.CohortRunner;
import org.osteomet.sim.Entry;
import org.osteomet.sim.ModelCatalog;
import org.osteomet.sim.PatientOutcome;
import org.osteomet.tumour.CancerType;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure simulation speed: patient-years of follow-up simulated per second per core, and heap in use.",
            "Runs a warm-up, then timed cohorts in memory (no files)."},
        footer = {"", "Examples:", "  osteomet bench", "  osteomet bench --primary prostate --patients 50000 --threads 2"})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--primary", defaultValue = "breast", converter = Converters.Primary.class,
            description = "Primary cancer (default ${DEFAULT-VALUE}).")
    CancerType primary;

    @Option(names = "--entry", defaultValue = "diagnosis", converter = Converters.EntryPoint.class,
            description = "Entry criterion (default ${DEFAULT-VALUE}).")
    Entry entry;

    @Option(names = "--patients", defaultValue = "20000", description = "Patients per timed run (default ${DEFAULT-VALUE}).")
    int patients;

    @Option(names = "--years", defaultValue = "5", description = "Follow-up, years (default ${DEFAULT-VALUE}).")
    double years;

    @Option(names = "--threads", description = "Threads (default: all cores).")
    Integer threads;

    @Option(names = "--repeats", defaultValue = "3", description = "Timed runs (default ${DEFAULT-VALUE}).")
    int repeats;

    @Override
    public Integer call() throws Exception {
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Checks.between("--patients", patients, 100, 10_000_000);
        Checks.between("--threads", nThreads, 1, 1024);
        Checks.between("--repeats", repeats, 1, 100);
        Checks.years("--years", years);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "bench: %s, entry %s, %d patients x %.1f years, %d thread(s), %d timed run(s)%n",
                primary.code(), entry.code(), patients, years, nThreads, repeats);
        run(Math.max(100, patients / 4), nThreads, 0); // warm-up: JIT
        double best = 0;
        for (int r = 1; r <= repeats; r++) {
            double[] pyAndSeconds = run(patients, nThreads, r);
            double perCore = pyAndSeconds[0] / pyAndSeconds[1] / nThreads;
            best = Math.max(best, perCore);
            Runtime rt = Runtime.getRuntime();
            out.printf(Locale.ROOT, "  run %d: %.0f patient-years in %.2f s = %.0f patient-years/s/core; heap used %.0f MB%n",
                    r, pyAndSeconds[0], pyAndSeconds[1], perCore, (rt.totalMemory() - rt.freeMemory()) / 1e6);
        }
        out.printf(Locale.ROOT, "best: %.0f patient-years per second per core%n", best);
        return 0;
    }

    private double[] run(int n, int nThreads, long seed) throws Exception {
        CohortConfig config = new CohortConfig(primary, n, years, seed, entry, nThreads, ModelCatalog.defaults());
        double[] patientYears = {0};
        long t0 = System.nanoTime();
        new CohortRunner().run(config, chunk -> {
            for (PatientOutcome o : chunk) {
                patientYears[0] += o.followUpDays() / 365.25;
            }
        }, null);
        return new double[] {patientYears[0], (System.nanoTime() - t0) / 1e9};
    }
}
