package org.osteomet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.osteomet.clinical.StandardOfCare;
import org.osteomet.param.ParameterSet;
import org.osteomet.scenario.ScenarioLoader;
import org.osteomet.sim.CohortConfig;
import org.osteomet.sim.Entry;
import org.osteomet.sim.ModelCatalog;
import org.osteomet.sim.PatientSimulator;
import org.osteomet.therapy.BoneTargetedAgent;
import org.osteomet.trial.ArmOutcomes;
import org.osteomet.trial.TrialAnalysis;
import org.osteomet.trial.TrialFiles;
import org.osteomet.trial.TrialResult;
import org.osteomet.trial.TrialRunner;
import org.osteomet.tumour.CancerType;

import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "trial", mixinStandardHelpOptions = true,
        description = {"Run an in silico trial: each arm adds a bone-targeted treatment to the standard of care, over the same",
            "virtual patients (common random numbers). Writes DIR/trial.json, DIR/arms.csv, Kaplan-Meier plots (PNG, SVG)",
            "and DIR/report.html, and prints the arms side by side. The first arm is the control for hazard ratios."},
        footer = {"", "Examples:",
            "  osteomet trial --primary breast --arms placebo,zoledronic-acid,denosumab --patients 2000 --months 24 \\",
            "                 --entry bone-metastatic --seed 1 --out runs/trial-breast",
            "  osteomet trial --trial my-trial.yaml --out runs/my-trial",
            "", "Trial file (YAML; flags given on the command line win):",
            "  primary: prostate", "  arms: [placebo, zoledronic-acid]", "  patients: 1000", "  months: 24",
            "  entry: bone-metastatic", "  seed: 7", "  parameters:            # any model parameter, as in a scenario file",
            "    bone.resorption_growth_feedback: 0.8"})
final class TrialCommand implements Callable<Integer> {
    static final int MAX_PATIENTS = 1_000_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--trial", paramLabel = "FILE", description = "YAML trial file (see below).")
    Path trialFile;

    @Option(names = "--primary", converter = Converters.Primary.class, description = "Primary cancer.")
    CancerType primary;

    @Option(names = "--arms", split = ",", description = "Arms, first = control: " + "placebo, zoledronic-acid, pamidronate, denosumab, radium-223 "
            + "(default placebo,zoledronic-acid,denosumab).")
    List<String> arms;

    @Option(names = "--patients", description = "Patients per arm (default 1000).")
    Integer patients;

    @Option(names = "--months", description = "Follow-up from randomisation, months (default 24).")
    Double months;

    @Option(names = "--entry", converter = Converters.EntryPoint.class,
            description = "Randomisation at: diagnosis, metastatic, bone-metastatic or bone-metastatic-progressing (bone metastases and progression on the first systemic line, e.g. castration-resistant prostate cancer) or prevalent-bone-metastatic-progressing (the same, recruited from the prevalent pool as trials do) (default bone-metastatic). Protocol skeletal surveys and patients leaving the study alive: skeletal_survey_interval_days and study_withdrawal_per_year in a --policy file.")
    Entry entry;

    @Option(names = "--seed", description = "Run seed (default 1).")
    Long seed;

    @Option(names = "--threads", description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--scenario", paramLabel = "FILE", description = "YAML parameter overrides, as for the other commands.")
    Path scenario;

    @Option(names = "--policy", paramLabel = "FILE", description = "YAML standard-of-care policy (default: the built-in one).")
    Path policy;

    @Option(names = "--no-progress", description = "No progress bar.")
    boolean noProgress;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (created if missing).")
    Path out;

    @Override
    public Integer call() throws Exception {
        TrialFile file = trialFile == null ? TrialFile.EMPTY : TrialFile.load(trialFile);
        CancerType cancer = primary != null ? primary : file.primary();
        if (cancer == null) {
            throw new BadInputException("--primary: missing (give it as a flag or as 'primary' in the trial file)");
        }
        List<BoneTargetedAgent> agents = agents(arms != null ? arms : file.arms());
        int n = patients != null ? patients : file.patients() != null ? file.patients() : 1000;
        Checks.between("--patients", n, 1, MAX_PATIENTS);
        double followMonths = months != null ? months : file.months() != null ? file.months() : 24.0;
        if (!(followMonths > 0) || followMonths > 1200) {
            throw new BadInputException("--months: must be more than 0 and at most 1200, got " + followMonths);
        }
        Entry at = entry != null ? entry : file.entry() != null ? file.entry() : Entry.BONE_METASTATIC;
        long runSeed = seed != null ? seed : file.seed() != null ? file.seed() : 1L;
        int nThreads = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Checks.between("--threads", nThreads, 1, 1024);

        ParameterSet params = ModelCatalog.defaults();
        if (scenario != null) {
            params = ScenarioLoader.load(scenario, ModelCatalog.catalog()).apply(params);
        }
        params = ModelChecks.consistent(file.apply(params), cancer, scenario != null ? scenario : trialFile);
        StandardOfCare soc = policy == null ? StandardOfCare.defaults() : StandardOfCare.load(policy);
        Paths.requireWritableDirectory(out, "--out");

        CohortConfig base = new CohortConfig(cancer, n, followMonths / 12.0, runSeed, at, nThreads, params, soc);
        List<ArmOutcomes> outcomes;
        try (ProgressBar bar = noProgress ? null : ProgressBars.create("patients x arms", (long) n * agents.size())) {
            outcomes = new TrialRunner().run(base, agents, (arm, enrolled) -> {
                if (bar != null) {
                    bar.stepTo((long) arm * n + enrolled);
                    bar.setExtraMessage(agents.get(arm).code());
                }
            });
        }
        TrialResult result = TrialAnalysis.analyse(outcomes, followMonths * PatientSimulator.DAYS_PER_YEAR / 12.0);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("primary", cancer.code());
        settings.put("arms", agents.stream().map(BoneTargetedAgent::code).toList());
        settings.put("patients_per_arm", n);
        settings.put("follow_up_months", followMonths);
        settings.put("entry", at.code());
        settings.put("seed", runSeed);
        settings.put("scenario_overrides", params.overrides());
        settings.put("command", "osteomet trial --primary " + cancer.code() + " --arms "
                + String.join(",", agents.stream().map(BoneTargetedAgent::code).toList()) + " --patients " + n + " --months "
                + followMonths + " --entry " + at.code() + " --seed " + runSeed);
        TrialFiles.write(result, settings, out);
        TrialPlots.write(result, out);
        PrintWriter pw = spec.commandLine().getOut();
        pw.printf("%s, %d patients per arm, randomised at %s, %.0f months of follow-up (seed %d)%n", cancer.diseaseName(), n, at.code(),
                followMonths, runSeed);
        TrialTable.print(result, pw);
        pw.println("Wrote " + out.resolve("trial.json") + ", arms.csv, report.html and Kaplan-Meier plots.");
        pw.println("Research and teaching tool: not for clinical decisions.");
        return 0;
    }

    private static List<BoneTargetedAgent> agents(List<String> codes) {
        List<String> given = codes == null || codes.isEmpty() ? List.of("placebo", "zoledronic-acid", "denosumab") : codes;
        List<BoneTargetedAgent> out = new ArrayList<>();
        for (String c : given) {
            BoneTargetedAgent a = BoneTargetedAgent.fromCode(c).orElseThrow(() -> new BadInputException(
                    "--arms: unknown arm '" + c + "'; choose from " + BoneTargetedAgent.codes()));
            if (out.contains(a)) {
                throw new BadInputException("--arms: '" + c + "' given twice");
            }
            out.add(a);
        }
        if (out.size() < 2) {
            throw new BadInputException("--arms: a trial needs at least two arms, got " + out.size());
        }
        return out;
    }
}
