package org.osteomet.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.osteomet.output.EventsCsv;
import org.osteomet.output.Story;
import org.osteomet.output.TrajectoryRecorder;
import org.osteomet.random.PatientStreams;
import org.osteomet.sim.Entry;
import org.osteomet.sim.PatientOutcome;
import org.osteomet.sim.PatientSimulator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Simulate one virtual patient and tell the story of the disease, day by day.",
            "Writes DIR/events.csv (every event, hidden biology included), DIR/trajectory.csv (weekly, per site)",
            "DIR/skeleton.svg (lesions at the end, coloured by type, sized by burden) and plots (PNG and SVG):",
            "burden (tumour cells per site), calcium (serum calcium with the CTCAE grade thresholds), bone_mass (per involved bone)."},
        footer = {"", "Examples:",
            "  osteomet simulate --primary breast --seed 4 --patient 36 --years 5 --out runs/patient36",
            "  osteomet simulate --primary prostate --seed 3 --entry bone-metastatic --years 3 --out runs/p3"})
final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ModelOptions model;

    @Option(names = "--entry", defaultValue = "diagnosis", converter = Converters.EntryPoint.class,
            description = "Day 0: diagnosis, metastatic, bone-metastatic, bone-metastatic-progressing or prevalent-bone-metastatic-progressing (default ${DEFAULT-VALUE}). With a later entry, "
                    + "the patient is the first one (from --patient upwards) who reaches it.")
    Entry entry;

    @Option(names = "--patient", defaultValue = "0", description = "Index of the patient in the seed's population (default ${DEFAULT-VALUE}).")
    long patient;

    @Option(names = "--hidden", description = "Also tell the hidden biology: immune escape and angiogenic switch of each micrometastasis.")
    boolean hidden;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (created if missing).")
    Path out;

    private void writePictures(TrajectoryRecorder trajectory, PatientOutcome o) throws java.io.IOException {
        double[] days = trajectory.days(o);
        double[] months = new double[days.length];
        for (int i = 0; i < days.length; i++) {
            months[i] = days[i] / 30.4375;
        }
        ClinicalPlots.serumCalcium(months, trajectory.serumCalcium(), out);
        java.util.Map<String, double[]> bone = new java.util.LinkedHashMap<>();
        for (org.osteomet.anatomy.Site s : org.osteomet.anatomy.Site.BONES) {
            double[] z = trajectory.boneMassPercent(s);
            boolean changed = false;
            for (double v : z) {
                changed |= Math.abs(v - 100) > 0.5;
            }
            if (changed) {
                bone.put(s.displayName(), z);
            }
        }
        ClinicalPlots.boneMass(months, bone, out);
        String title = String.format(java.util.Locale.ROOT, "%s, seed %d: lesions at day %d", model.primary.diseaseName(), model.seed,
                o.dayFromEntry(o.endDay()));
        Files.writeString(out.resolve("skeleton.svg"), org.osteomet.output.SkeletonSvg.render(trajectory.lastLesions(), title));
    }

    @Override
    public Integer call() throws Exception {
        model.validate();
        Checks.between("--patient", patient, 0, Long.MAX_VALUE / 2);
        PatientSimulator sim = new PatientSimulator(model.parameters(), model.primary, model.standardOfCare());
        Paths.requireWritableDirectory(out, "--out");
        PatientStreams streams = new PatientStreams(model.seed);
        double followUp = model.years * PatientSimulator.DAYS_PER_YEAR;
        PatientOutcome o = null;
        TrajectoryRecorder trajectory = null;
        for (long id = patient; id < patient + 100_000; id++) {
            trajectory = new TrajectoryRecorder();
            o = sim.run(id, streams, entry, followUp, trajectory);
            if (o.enrolled()) {
                break;
            }
        }
        if (o == null || !o.enrolled()) {
            throw new BadInputException("--entry: no patient among 100000 reached " + entry.code());
        }
        Files.createDirectories(out);
        try (Writer w = Files.newBufferedWriter(out.resolve("events.csv"), StandardCharsets.UTF_8)) {
            EventsCsv.writeHeader(w);
            EventsCsv.write(w, o, true);
        }
        try (Writer w = Files.newBufferedWriter(out.resolve("trajectory.csv"), StandardCharsets.UTF_8)) {
            trajectory.write(w, o);
        }
        writePictures(trajectory, o);
        BurdenPlot.write(trajectory, o, out, String.format(java.util.Locale.ROOT, "%s, seed %d, patient %d: tumour burden by site",
                model.primary.diseaseName(), model.seed, o.patientId()));
        PrintWriter pw = spec.commandLine().getOut();
        for (String line : Story.lines(o, model.seed, hidden)) {
            pw.println(line);
        }
        pw.println("Wrote " + out.resolve("events.csv") + ", trajectory.csv, skeleton.svg and plots (burden, calcium, bone_mass .png/.svg).");
        pw.println("Research and teaching tool: not for diagnosis or clinical decisions.");
        return 0;
    }
}
