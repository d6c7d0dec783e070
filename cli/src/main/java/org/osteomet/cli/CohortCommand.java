package org.osteomet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.osteomet.anatomy.Site;
import org.osteomet.output.CohortFiles;
import org.osteomet.sim.CohortConfig;
import org.osteomet.sim.CohortRunner;
import org.osteomet.sim.CohortSummary;
import org.osteomet.sim.Entry;

import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "cohort", mixinStandardHelpOptions = true,
        description = {"Simulate a virtual cohort and summarise who gets bone metastases, where, when, and how they fare.",
            "Writes DIR/patients.csv, DIR/events.csv and DIR/summary.json; the same seed gives the same files for any --threads."},
        footer = {"", "Examples:",
            "  osteomet cohort --primary prostate --patients 10000 --years 5 --seed 42 --out runs/prostate",
            "  osteomet cohort --primary breast --patients 2000 --entry bone-metastatic --threads 2 --out runs/breast-bm"})
final class CohortCommand implements Callable<Integer> {
    static final int MAX_PATIENTS = 100_000_000;

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOptions model;

    @Option(names = "--patients", defaultValue = "1000", description = "Patients to enrol (default ${DEFAULT-VALUE}).")
    int patients;

    @Option(names = "--entry", defaultValue = "diagnosis", converter = Converters.EntryPoint.class,
            description = "Day 0 and who is enrolled: diagnosis (everyone), metastatic (first distant metastasis) or "
                    + "bone-metastatic (first bone metastasis; others are screened out) or bone-metastatic-progressing (bone "
                    + "metastases and progression on the first systemic line, e.g. castration-resistant prostate cancer) or "
                    + "prevalent-bone-metastatic-progressing (the same, recruited from the prevalent pool as trials do: enrolled "
                    + "at a random time after eligibility if alive then) (default ${DEFAULT-VALUE}).")
    Entry entry;

    @Option(names = "--threads", description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--all-events", description = "Also write hidden biological events (awakening, immune escape, angiogenic switch).")
    boolean allEvents;

    @Option(names = "--no-progress", description = "No progress bar.")
    boolean noProgress;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (created if missing).")
    Path out;

    @Override
    public Integer call() throws Exception {
        model.validate();
        Checks.between("--patients", patients, 1, MAX_PATIENTS);
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Checks.between("--threads", nThreads, 1, 1024);
        var params = model.parameters();
        var policy = model.standardOfCare();
        Paths.requireWritableDirectory(out, "--out");
        CohortConfig config = new CohortConfig(model.primary, patients, model.years, model.seed, entry, nThreads, params, policy);
        CohortSummary summary = new CohortSummary(config);
        CohortRunner.Result result;
        try (CohortFiles files = new CohortFiles(out, summary, allEvents);
             ProgressBar bar = noProgress ? null : progressBar()) {
            Thread onInterrupt = new Thread(() -> {
                try {
                    files.close();
                    files.writeSummary(false);
                } catch (Exception ignored) {
                    // best effort: the rows already flushed stay on disk
                }
            });
            Runtime.getRuntime().addShutdownHook(onInterrupt);
            result = new CohortRunner(allEvents).run(config, files, (enrolled, screened) -> {
                if (bar != null) {
                    bar.stepTo(enrolled);
                    bar.setExtraMessage("screened " + screened);
                }
            });
            summary.setScreened(result.screened());
            files.writeSummary(true);
            Runtime.getRuntime().removeShutdownHook(onInterrupt);
        }
        print(summary, spec.commandLine().getOut());
        return 0;
    }

    private ProgressBar progressBar() {
        return ProgressBars.create("patients", patients);
    }

    private void print(CohortSummary s, PrintWriter w) {
        w.printf(Locale.ROOT, "%s cohort, entry at %s, %d enrolled of %d screened, %.1f years of follow-up%n",
                model.primary.diseaseName(), entry.code(), s.enrolled(), s.screened(), model.years);
        w.printf(Locale.ROOT, "  with bone metastases            %6.1f %%%n", 100 * s.shareWithBoneMetastasis());
        w.printf(Locale.ROOT, "  with any distant metastasis     %6.1f %%%n", 100 * s.shareWithDistantMetastasis());
        w.printf(Locale.ROOT, "  median time to first bone met.  %s%n", months(s.medianDaysToFirstBoneMetastasis()));
        w.printf(Locale.ROOT, "  median survival (Kaplan-Meier)  %s%n", months(s.medianSurvivalDays()));
        w.println("  share of bone-metastasis patients by site:");
        for (Site site : Site.BONES) {
            w.printf(Locale.ROOT, "    %-24s %6.1f %%%n", site.displayName(), 100 * s.shareOfBonePatients(site));
        }
        if (s.depositsNotFollowed() > 0) {
            w.printf(Locale.ROOT, "  note: %d micrometastases founded at sites already holding spread.max_lesions_per_site were not followed%n",
                    s.depositsNotFollowed());
        }
        w.println("Wrote " + out.resolve("patients.csv") + ", events.csv and summary.json.");
        w.println("Research and teaching tool: not for diagnosis or clinical decisions.");
    }

    private static String months(double days) {
        return Double.isNaN(days) ? "not reached" : String.format(Locale.ROOT, "%.1f months (%d days)", days / 30.4375, (long) days);
    }
}
