package org.osteomet.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.osteomet.clinical.StandardOfCare;
import org.osteomet.param.ParameterSet;
import org.osteomet.sim.ModelCatalog;
import org.osteomet.validation.Experiment;
import org.osteomet.validation.Target;
import org.osteomet.validation.TargetsFile;
import org.osteomet.validation.Validation;
import org.osteomet.validation.ValidationReport;

import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Run the simulated experiment behind every published target and print target, published value, simulated",
            "value with its 95%% interval and whether it is within range. Writes the table to --report (Markdown)."},
        footer = {"", "Examples:", "  osteomet validate", "  osteomet validate --patients 500 --report runs/validation.md",
            "  osteomet validate --only T004,T006 --scenario what-if.yaml --report runs/v.md"})
final class ValidateCommand implements Callable<Integer> {
    static final int MAX_PATIENTS = 1_000_000;
    static final int MAX_BOOTSTRAP = 10_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--patients", defaultValue = "2000", description = "Patients per experiment (default ${DEFAULT-VALUE}; rare-outcome experiments enrol a multiple, their patients_factor); fewer is faster, wider intervals.")
    int patients;

    @Option(names = "--seed", defaultValue = "1", description = "Run seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--bootstrap", defaultValue = "200", description = "Bootstrap resamples for the 95%% intervals (default ${DEFAULT-VALUE}; 0: none).")
    int bootstrap;

    @Option(names = "--targets", paramLabel = "FILE", description = "Targets YAML (default: the built-in targets.yaml).")
    Path targetsFile;

    @Option(names = "--only", split = ",", paramLabel = "ID", description = "Only these target ids (comma-separated).")
    List<String> only;

    @Mixin
    ModelInputs model;

    @Option(names = "--report", defaultValue = "docs/VALIDATION.md", paramLabel = "FILE",
            description = "Markdown report to write (default ${DEFAULT-VALUE}).")
    Path report;

    @Option(names = "--no-progress", description = "No progress bar.")
    boolean noProgress;

    @Override
    public Integer call() throws Exception {
        Checks.between("--patients", patients, 1, MAX_PATIENTS);
        Checks.between("--bootstrap", bootstrap, 0, MAX_BOOTSTRAP);
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Checks.between("--threads", nThreads, 1, 1024);
        List<Target> targets = selected(targetsFile == null ? TargetsFile.defaults() : TargetsFile.load(targetsFile));
        int factor = targets.stream().filter(t -> t.experiment() != null).mapToInt(t -> t.experiment().patientsFactor()).max().orElse(1);
        if ((long) patients * factor > MAX_PATIENTS) {
            throw new BadInputException("--patients: at most " + MAX_PATIENTS / factor
                    + " with these targets (an experiment enrols up to " + factor + " times --patients, its patients_factor), got " + patients);
        }
        ParameterSet params = model.parameters();
        StandardOfCare soc = model.standardOfCare();
        Path parent = report.toAbsolutePath().getParent();
        if (parent != null) {
            Paths.requireWritableDirectory(parent, "--report");
        }
        Validation validation = new Validation(params, soc, new Validation.Settings(patients, seed, nThreads, bootstrap));
        int cohorts = Validation.experiments(targets).size();
        List<org.osteomet.validation.TargetResult> results;
        // one bar: the cohorts, then each target's bootstrap interval (a minute or more with the default 200 resamples)
        try (ProgressBar bar = noProgress ? null : ProgressBars.create("cohorts, then intervals", cohorts + targets.size())) {
            results = validation.run(targets, new Validation.Progress() {
                @Override
                public void cohortDone(int done, int total, Experiment e) {
                    if (bar != null) {
                        bar.stepTo(done);
                        bar.setExtraMessage(e.describe());
                    }
                }

                @Override
                public void intervalDone(int done, int total, Target t) {
                    if (bar != null) {
                        bar.stepTo(cohorts + done);
                        bar.setExtraMessage("95% interval of " + t.id());
                    }
                }
            });
        }
        ValidationReport table = new ValidationReport(results);
        Files.writeString(report, table.markdown(commandLine()), StandardCharsets.UTF_8);
        spec.commandLine().getOut().print(table.text());
        spec.commandLine().getOut().println("Wrote " + report + ". Research and teaching tool: not for clinical decisions.");
        return 0;
    }

    private List<Target> selected(List<Target> all) {
        if (only == null || only.isEmpty()) {
            return all;
        }
        Set<String> ids = all.stream().map(Target::id).collect(Collectors.toSet());
        for (String id : only) {
            if (!ids.contains(id.trim())) {
                throw new BadInputException("--only: unknown target '" + id.trim() + "'");
            }
        }
        Set<String> wanted = only.stream().map(String::trim).collect(Collectors.toSet());
        return all.stream().filter(t -> wanted.contains(t.id())).toList();
    }

    private String commandLine() {
        StringBuilder b = new StringBuilder("osteomet validate --patients ").append(patients).append(" --seed ").append(seed)
                .append(" --bootstrap ").append(bootstrap);
        if (only != null && !only.isEmpty()) {
            b.append(" --only ").append(String.join(",", only));
        }
        if (model.scenario != null) {
            b.append(" --scenario ").append(model.scenario);
        }
        if (model.policy != null) {
            b.append(" --policy ").append(model.policy);
        }
        if (targetsFile != null) {
            b.append(" --targets ").append(targetsFile);
        }
        return b.toString();
    }
}
