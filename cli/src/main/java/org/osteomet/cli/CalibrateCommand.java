package org.osteomet.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.osteomet.calibration.BoundedParameter;
import org.osteomet.calibration.CalibrationResult;
import org.osteomet.calibration.CalibrationSettings;
import org.osteomet.calibration.CalibrationState;
import org.osteomet.calibration.Calibrator;
import org.osteomet.calibration.CheckpointFile;
import org.osteomet.calibration.IncompatibleCheckpointException;
import org.osteomet.calibration.ParallelEvaluator;
import org.osteomet.calibration.Scale;
import org.osteomet.calibration.SearchSpace;
import org.osteomet.clinical.StandardOfCare;
import org.osteomet.param.Levenshtein;
import org.osteomet.param.Parameter;
import org.osteomet.param.ParameterCatalog;
import org.osteomet.param.ParameterSet;
import org.osteomet.scenario.ScenarioLoader;
import org.osteomet.sim.ModelCatalog;
import org.osteomet.tumour.CancerType;
import org.osteomet.validation.Target;
import org.osteomet.validation.TargetRole;
import org.osteomet.validation.TargetsFile;

import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fit parameters marked CALIBRATED to published targets with CMA-ES. Every candidate meets the same virtual",
            "patients (one seed: common random numbers), candidates run in parallel (results do not depend on --threads), and",
            "a checkpoint after every generation lets an interrupted run resume where it stopped. Writes the calibrated values",
            "as a scenario file with their provenance; --install makes them the default."},
        footer = {"", "Loss: sum over the targets of ((simulated - centre) / half-width of the published range)^2.", "",
            "Examples:", "  osteomet calibrate",
            "  osteomet calibrate --targets T004,T006 --parameters breast.metastasis_doubling_time_d,prostate.metastasis_doubling_time_d",
            "  osteomet calibrate --generations 60 --install   (from the repository root)"})
final class CalibrateCommand implements Callable<Integer> {
    static final int MAX_PATIENTS = 1_000_000;
    static final int MAX_GENERATIONS = 100_000;
    static final String DOUBLING_TIME = ".metastasis_doubling_time_d";
    /** Searched box around a positive start value: [value / 4, value * 4] within the declared range. */
    static final double BOX_FACTOR = 4;
    static final Path INSTALL_ROOT = Path.of("core", "src", "main", "resources");
    static final Path INSTALL_FILE = INSTALL_ROOT.resolve(ModelCatalog.CALIBRATED_RESOURCE);

    @Spec
    CommandSpec spec;

    @Option(names = "--targets", split = ",", paramLabel = "ID",
            description = "Target ids to fit (default: every fit target with a simulated experiment).")
    List<String> targetIds;

    @Option(names = "--allow-check-targets", description = "Allow check targets in --targets (they then stop being an out-of-sample check).")
    boolean allowCheckTargets;

    @Option(names = "--parameters", split = ",", paramLabel = "NAME",
            description = "Parameters to fit (default: the metastasis doubling time of every primary).")
    List<String> parameterNames;

    @Option(names = "--allow-uncalibrated", description = "Allow parameters whose provenance is not CALIBRATED (published, derived, ...).")
    boolean allowUncalibrated;

    @Option(names = "--patients", defaultValue = "300", description = "Patients per experiment per evaluation (default ${DEFAULT-VALUE}; times the experiment's patients_factor).")
    int patients;

    @Option(names = "--seed", defaultValue = "1",
            description = "Model seed, the same for every evaluation (common random numbers), and CMA-ES seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--generations", defaultValue = "30", description = "CMA-ES generations (default ${DEFAULT-VALUE}).")
    int generations;

    @Option(names = "--population", description = "Candidates per generation (default: CMA-ES's 4 + 3 ln n).")
    Integer population;

    @Option(names = "--threads", description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--checkpoint", defaultValue = "runs/calibration/checkpoint.json", paramLabel = "FILE",
            description = "Checkpoint written after every generation and resumed from if present (default ${DEFAULT-VALUE}).")
    Path checkpoint;

    @Option(names = "--out", defaultValue = "runs/calibration/calibrated.yaml", paramLabel = "FILE",
            description = "Calibrated parameters as a scenario file (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--install", description = "Also install the result as the default ("
            + "core/src/main/resources/" + ModelCatalog.CALIBRATED_RESOURCE + "; run from the repository root).")
    boolean install;

    @Mixin
    ModelInputs model;

    @Option(names = "--no-progress", description = "No progress bar.")
    boolean noProgress;

    @Override
    public Integer call() throws Exception {
        Checks.between("--patients", patients, 1, MAX_PATIENTS);
        Checks.between("--generations", generations, 1, MAX_GENERATIONS);
        if (population != null) {
            Checks.between("--population", population, 2, 10_000);
        }
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Checks.between("--threads", nThreads, 1, 1024);
        List<Target> targets = selectTargets(TargetsFile.defaults());
        ParameterSet base = model.parameters();
        StandardOfCare soc = model.standardOfCare();
        SearchSpace space = searchSpace(base);
        requireOutputLocations();
        Map<String, Double> previousInstall = install ? previousInstall() : Map.of();
        List<String> previousProvenance = install && Files.exists(INSTALL_FILE) ? Files.readAllLines(INSTALL_FILE).stream()
                .filter(l -> l.matches("# (earlier )?provenance: .*")).map(l -> l.replaceFirst("^# (earlier )?", "# earlier ")).toList()
                : List.of();

        CalibrationSettings settings = CalibrationSettings.defaults(seed).withMaxGenerations(generations)
                .withPopulationSize(population == null ? CalibrationSettings.DEFAULT_POPULATION : population);
        Calibrator calibrator = new Calibrator(space, settings);
        CalibrationObjective objective = new CalibrationObjective(base, soc, model.policy, targets, space, patients, seed);
        int resumedAt = checkResumable(objective);
        if (resumedAt > 0) {
            spec.commandLine().getOut().println("Resuming from " + checkpoint + " at generation " + resumedAt + ".");
            spec.commandLine().getOut().flush();
        }

        CalibrationResult result;
        try (ParallelEvaluator evaluator = new ParallelEvaluator(objective.lossFunction(), nThreads);
             ProgressBar bar = noProgress ? null : ProgressBars.create("calibrating", generations)) {
            if (bar != null) {
                bar.stepTo(Math.min(resumedAt, generations));
                bar.setExtraMessage(resumedAt > 0 ? "resumed at generation " + resumedAt : "");
            }
            result = calibrator.run(evaluator, checkpoint, p -> {
                if (bar != null) {
                    bar.stepTo(Math.min(p.generation(), generations));
                    bar.setExtraMessage("best loss " + CalibrationTable.num(p.bestLoss()));
                }
            });
        } catch (IncompatibleCheckpointException e) {
            throw new BadInputException("--checkpoint: " + firstLine(e.getMessage()));
        }

        double[] start = space.parameters().stream().mapToDouble(BoundedParameter::start).toArray();
        double[] best = result.parameters().values().stream().mapToDouble(Double::doubleValue).toArray();
        double[][] sims = simulateBoth(objective, start, best, nThreads);
        double startLoss = objective.loss(sims[0]);
        double bestLoss = objective.loss(sims[1]);
        PrintWriter o = spec.commandLine().getOut();
        boolean keptStart = startLoss < result.loss();
        double[] chosen = keptStart ? start : best;
        double chosenLoss = keptStart ? startLoss : result.loss();
        if (Double.doubleToLongBits(bestLoss) != Double.doubleToLongBits(result.loss())) {
            spec.commandLine().getErr().println("calibrate: warning: re-evaluating the best point gave loss " + bestLoss
                    + ", not " + result.loss() + " (is the model deterministic?)");
        }

        Map<String, Double> values = space.byName(chosen);
        String yaml = yaml(result, values, chosenLoss, startLoss, targets, space);
        Files.writeString(out, yaml);
        CalibrationTable.print(o, space, start, chosen, targets, sims[0], keptStart ? sims[0] : sims[1], startLoss, chosenLoss, result, calibrator);
        for (String edge : CalibrationTable.atEdge(space, chosen)) {
            o.println("Warning: " + edge + " ended at the edge of its search range: the range, not the targets, set it.");
        }
        if (keptStart) {
            o.println("No candidate beat the start values: they are written unchanged (try more generations or a larger population).");
        }
        o.println("Wrote " + out + " (use it with --scenario " + out + ").");
        if (install) {
            Files.createDirectories(INSTALL_FILE.getParent());
            Files.writeString(INSTALL_FILE, withKept(yaml, previousInstall, previousProvenance, values.keySet()));
            o.println("Installed as " + INSTALL_FILE + ": the default from the next build (./osteomet rebuilds by itself); "
                    + "regenerate the docs/MODEL.md table with ./osteomet params --markdown.");
            if (model.scenario != null) {
                o.println("Note: fitted with " + model.scenario + " in place; the installed defaults do not include its other values.");
            }
        }
        o.println("Research and teaching tool: not for clinical decisions.");
        o.flush();
        return 0;
    }

    /** The requested targets in the order given, or every fit target with an experiment. */
    private List<Target> selectTargets(List<Target> all) {
        if (targetIds == null || targetIds.isEmpty()) {
            return all.stream().filter(t -> t.role() == TargetRole.FIT && t.experiment() != null).toList();
        }
        Map<String, Target> byId = new LinkedHashMap<>();
        all.forEach(t -> byId.put(t.id(), t));
        List<Target> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : targetIds) {
            String id = raw.trim();
            Target t = byId.get(id);
            if (t == null) {
                throw new BadInputException("--targets: unknown target '" + id + "'" + hint(id, byId.keySet()));
            }
            if (!seen.add(id)) {
                throw new BadInputException("--targets: " + id + " is listed twice");
            }
            if (t.experiment() == null) {
                throw new BadInputException("--targets: " + id + " is not simulated, so it cannot steer a calibration");
            }
            if (t.role() == TargetRole.CHECK && !allowCheckTargets) {
                throw new BadInputException("--targets: " + id + " is a check target, kept apart from fitting; "
                        + "add --allow-check-targets to fit it anyway");
            }
            out.add(t);
        }
        return out;
    }

    private SearchSpace searchSpace(ParameterSet base) {
        ParameterCatalog catalog = ModelCatalog.catalog();
        List<String> names = parameterNames == null || parameterNames.isEmpty()
                ? CancerType.ALL.stream().map(t -> t.code() + DOUBLING_TIME).toList()
                : parameterNames.stream().map(String::trim).toList();
        List<BoundedParameter> dims = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            Parameter p = catalog.find(name).orElseThrow(() -> new BadInputException("--parameters: unknown parameter '" + name + "'"
                    + hint(name, catalog.all().stream().map(Parameter::name).toList()) + "; list them with 'osteomet params --calibrated'"));
            if (!seen.add(name)) {
                throw new BadInputException("--parameters: " + name + " is listed twice");
            }
            if (!p.isCalibrated() && !allowUncalibrated) {
                throw new BadInputException("--parameters: " + name + " is " + p.provenance() + ", not CALIBRATED; "
                        + "add --allow-uncalibrated to fit it anyway");
            }
            dims.add(bounded(p, base.get(p)));
        }
        return new SearchSpace(dims);
    }

    /** Positive: [v/4, 4v] within the declared range, log scale. Otherwise: the declared range, linear. */
    static BoundedParameter bounded(Parameter p, double v) {
        double lower;
        double upper;
        Scale scale;
        if (v > 0) {
            lower = Math.max(p.min(), v / BOX_FACTOR);
            upper = Math.min(p.max(), v * BOX_FACTOR);
            scale = Scale.LOG;
        } else {
            lower = p.min();
            upper = p.max();
            scale = Scale.LINEAR;
        }
        if (!(Double.isFinite(lower) && Double.isFinite(upper) && lower < upper)) {
            throw new BadInputException("--parameters: " + p.name() + " = " + v + " leaves no finite range to search ([" + lower
                    + ", " + upper + "])");
        }
        return new BoundedParameter(p.name(), lower, upper, scale, v);
    }

    private void requireOutputLocations() {
        for (Map.Entry<String, Path> e : Map.of("--out", out, "--checkpoint", checkpoint).entrySet()) {
            Path parent = e.getValue().toAbsolutePath().getParent();
            if (parent != null) {
                Paths.requireWritableDirectory(parent, e.getKey());
            }
        }
        if (install && !Files.isDirectory(INSTALL_ROOT)) {
            throw new BadInputException("--install: no " + INSTALL_ROOT + " here; run from the repository root");
        }
    }

    /** The values of an installed overlay the new one will keep (checked now, before any work). */
    private static Map<String, Double> previousInstall() {
        if (!Files.exists(INSTALL_FILE)) {
            return Map.of();
        }
        return ScenarioLoader.load(INSTALL_FILE, ModelCatalog.catalog()).overrides();
    }

    /**
     * Checks the checkpoint before any work: readable, and written for the same targets, patients, parameters and
     * policy (the engine itself checks the searched parameters, seed and population). Returns its generation, 0 if none.
     */
    private int checkResumable(CalibrationObjective objective) throws java.io.IOException {
        Optional<CalibrationState> saved;
        try {
            saved = new CheckpointFile(checkpoint).read();
        } catch (UncheckedIOException | IncompatibleCheckpointException e) {
            throw new BadInputException("--checkpoint: " + firstLine(e.getMessage()));
        }
        Path recordFile = checkpoint.resolveSibling(checkpoint.getFileName() + ".objective");
        Map<String, String> record = objective.record();
        if (saved.isEmpty()) {
            StringBuilder b = new StringBuilder("# what " + checkpoint.getFileName() + " was computed for (osteomet calibrate)\n");
            record.forEach((k, v) -> b.append(k).append(": ").append(v).append('\n'));
            Files.writeString(recordFile, b);
            return 0;
        }
        if (!Files.exists(recordFile)) {
            throw new BadInputException("--checkpoint: " + checkpoint + " has no " + recordFile.getFileName()
                    + " saying what it was computed for; delete it or choose another checkpoint file");
        }
        Map<String, String> had = new LinkedHashMap<>();
        for (String line : Files.readAllLines(recordFile)) {
            int colon = line.lastIndexOf(": ");
            if (!line.startsWith("#") && colon > 0) {
                had.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        List<String> differences = new ArrayList<>();
        record.forEach((k, v) -> {
            if (!v.equals(had.get(k))) {
                differences.add(k + ": checkpoint has " + had.getOrDefault(k, "nothing") + ", this run has " + v);
            }
        });
        if (!differences.isEmpty()) {
            throw new BadInputException("--checkpoint: " + checkpoint + " was written by a different calibration and cannot be resumed ("
                    + String.join("; ", differences) + "). Delete it or choose another checkpoint file.");
        }
        return saved.get().generation();
    }

    /** Simulated target values at the start and at the best point, side by side on up to two threads. */
    private static double[][] simulateBoth(CalibrationObjective objective, double[] start, double[] best, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(2, threads), r -> {
            Thread t = new Thread(r, "calibration-report");
            t.setDaemon(true);
            return t;
        });
        try {
            CompletableFuture<double[]> s = CompletableFuture.supplyAsync(() -> objective.simulate(start), pool);
            CompletableFuture<double[]> b = CompletableFuture.supplyAsync(() -> objective.simulate(best), pool);
            return new double[][] {s.join(), b.join()};
        } finally {
            pool.shutdownNow();
        }
    }

    private String yaml(CalibrationResult r, Map<String, Double> values, double loss, double startLoss, List<Target> targets,
                        SearchSpace space) {
        List<String> ids = targets.stream().map(Target::id).toList();
        CalibrationResult written = new CalibrationResult(values, loss, r.generations(), r.evaluations(), r.seed(), r.stopReason());
        StringBuilder b = new StringBuilder();
        b.append("# osteomet calibrated parameters: a scenario file (use with --scenario); installed as\n")
                .append("# core/src/main/resources/").append(ModelCatalog.CALIBRATED_RESOURCE).append(" they become the defaults.\n")
                .append("# provenance: ").append(written.provenance(ids, LocalDate.now())).append('\n')
                .append("# targets: ").append(String.join(", ", ids)).append('\n')
                .append("# seed: ").append(seed).append(" (model seed, the same for every evaluation, and CMA-ES seed)\n")
                .append("# patients: ").append(patients).append(" per experiment per evaluation (times each experiment's patients_factor)\n")
                .append("# loss: ").append(loss).append(" (start values: ").append(startLoss)
                .append("); sum over targets of ((simulated - centre) / half-width)^2\n")
                .append("# generations: ").append(r.generations()).append(" (stopped: ").append(CalibrationTable.stop(r)).append(")\n")
                .append("# evaluations: ").append(r.evaluations()).append('\n')
                .append("# date: ").append(LocalDate.now()).append('\n')
                .append("# command: osteomet ").append(String.join(" ", spec.commandLine().getParseResult().originalArgs()))
                .append('\n')
                .append("# scenario: ").append(model.scenario == null ? "none" : model.scenario + " (fitted with its values in place)")
                .append("; policy: ").append(model.policy == null ? "built-in" : model.policy.toString()).append('\n');
        for (BoundedParameter p : space.parameters()) {
            b.append("# searched: ").append(p.name()).append(" in [").append(p.lower()).append(", ").append(p.upper()).append("] ")
                    .append(p.scale().name().toLowerCase(Locale.ROOT)).append(", from ").append(p.start()).append('\n');
        }
        for (String edge : CalibrationTable.atEdge(space, values.values().stream().mapToDouble(Double::doubleValue).toArray())) {
            b.append("# WARNING at the edge of its search range: ").append(edge).append('\n');
        }
        values.forEach((k, v) -> b.append(k).append(": ").append(plain(v)).append('\n'));
        return b.toString();
    }

    /** The new overlay followed by the previous overlay's values for parameters not refitted. */
    private static String withKept(String fresh, Map<String, Double> previous, List<String> provenance, Set<String> refitted) {
        Map<String, Double> kept = new LinkedHashMap<>(previous);
        kept.keySet().removeAll(refitted);
        if (kept.isEmpty()) {
            return fresh;
        }
        StringBuilder b = new StringBuilder(fresh).append("# kept from the previous ").append(INSTALL_FILE.getFileName())
                .append(" (not refitted here):\n");
        provenance.forEach(line -> b.append(line).append('\n'));
        kept.forEach((k, v) -> b.append(k).append(": ").append(plain(v)).append('\n'));
        return b.toString();
    }

    /** A double written so that YAML reads back the same bits, without an exponent. */
    static String plain(double v) {
        return new java.math.BigDecimal(Double.toString(v)).toPlainString();
    }

    private static String hint(String value, java.util.Collection<String> options) {
        return Levenshtein.closest(value, options, Math.max(3, value.length() / 4))
                .map(o -> " (did you mean '" + o + "'?)").orElse("");
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
