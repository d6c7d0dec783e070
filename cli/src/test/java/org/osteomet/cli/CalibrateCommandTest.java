package org.osteomet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.osteomet.cli.CliRun.assertOneLineError;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteomet.calibration.CheckpointFile;
import org.osteomet.param.Parameter;
import org.osteomet.scenario.ScenarioLoader;
import org.osteomet.sim.ModelCatalog;

/** osteomet calibrate on a tiny problem: one target, one parameter, 30 patients, population 4. */
class CalibrateCommandTest {
    private static final String BREAST_DT = "breast.metastasis_doubling_time_d";

    @TempDir
    Path tmp;

    private static CliRun run(List<String> args) {
        return CliRun.of(args.toArray(String[]::new));
    }

    /** Calibrates T004 from a doubling time of 150 d (far from the fit), so the search has something to find. */
    private CliRun calibrate(String name, int generations, int threads, String... extra) throws Exception {
        Path start = tmp.resolve("start.yaml");
        Files.writeString(start, BREAST_DT + ": 150\n");
        List<String> args = new ArrayList<>(List.of("calibrate", "--targets", "T004", "--parameters", BREAST_DT, "--patients", "30",
                "--population", "4", "--generations", Integer.toString(generations), "--threads", Integer.toString(threads),
                "--scenario", start.toString(), "--checkpoint", tmp.resolve(name + ".json").toString(),
                "--out", tmp.resolve(name + ".yaml").toString(), "--no-progress"));
        args.addAll(List.of(extra));
        CliRun r = run(args);
        assertThat(r.code()).as(r.err()).isZero();
        return r;
    }

    /** The values and the outcome of a calibration: everything but the date and the command line. */
    private String result(String name) throws Exception {
        StringBuilder b = new StringBuilder();
        for (String line : Files.readAllLines(tmp.resolve(name + ".yaml"))) {
            if (!line.startsWith("#") || line.startsWith("# loss:") || line.startsWith("# evaluations:")
                    || line.startsWith("# generations:")) {
                b.append(line).append('\n');
            }
        }
        return b.toString();
    }

    @Test
    void writesAScenarioFileWithItsProvenanceThatLoadsBack() throws Exception {
        CliRun r = calibrate("tiny", 3, 2);
        Path yaml = tmp.resolve("tiny.yaml");
        String text = Files.readString(yaml);
        assertThat(text).contains("# provenance: calibrated by CMA-ES to targets T004; seed 1; loss ")
                .contains("# targets: T004").contains("# seed: 1").contains("# patients: 30").contains("# generations: 3")
                .contains("# evaluations: 12").contains("# date: ").contains("# command: osteomet calibrate --targets T004")
                .containsPattern("(?m)^# loss: [0-9.E-]+ \\(start values: [0-9.E-]+\\)");
        Map<String, Double> loaded = ScenarioLoader.load(yaml, ModelCatalog.catalog()).overrides();
        assertThat(loaded).containsOnlyKeys(BREAST_DT);
        assertThat(loaded.get(BREAST_DT)).isBetween(37.5, 600.0).isNotEqualTo(150.0);
        assertThat(r.out()).contains(BREAST_DT).contains("T004").contains("19-25").contains("loss: ").contains("3 generations");

        CliRun validate = CliRun.of("validate", "--only", "T004", "--patients", "30", "--bootstrap", "0", "--scenario", yaml.toString(),
                "--report", tmp.resolve("v.md").toString(), "--no-progress");
        assertThat(validate.code()).as(validate.err()).isZero();
    }

    @Test
    void resumingFromTheCheckpointEndsBitForBitWhereAnUninterruptedRunDoes() throws Exception {
        calibrate("resumed", 2, 1);
        assertThat(new CheckpointFile(tmp.resolve("resumed.json")).read().orElseThrow().generation()).isEqualTo(2);
        assertThat(calibrate("resumed", 4, 1).out()).contains("Resuming from " + tmp.resolve("resumed.json") + " at generation 2.");
        assertThat(calibrate("whole", 4, 1).out()).doesNotContain("Resuming");
        assertThat(result("resumed")).isEqualTo(result("whole")).contains("# generations: 4").contains("# evaluations: 16");
    }

    @Test
    void theThreadCountDoesNotChangeTheResult() throws Exception {
        calibrate("one", 2, 1);
        calibrate("two", 2, 2);
        assertThat(result("one")).isEqualTo(result("two"));
    }

    @Test
    void badInputsAreOneLineExitTwo() throws Exception {
        Path c = tmp.resolve("c.json");
        Path o = tmp.resolve("o.yaml");
        List<String> common = List.of("--checkpoint", c.toString(), "--out", o.toString(), "--no-progress", "--generations", "1");
        assertOneLineError(run(args(common, "--targets", "T004", "--parameters", "breast.metastasis_doubling_tme_d")),
                "unknown parameter", "did you mean '" + BREAST_DT + "'");
        assertOneLineError(run(args(common, "--targets", "T245", "--parameters", BREAST_DT)), "T245", "check target",
                "--allow-check-targets");
        assertOneLineError(run(args(common, "--targets", "T053", "--parameters", BREAST_DT)), "T053", "not simulated");
        assertOneLineError(run(args(common, "--targets", "T999")), "unknown target 'T999'");
        Parameter published = ModelCatalog.catalog().all().stream().filter(p -> !p.isCalibrated() && p.value() > 0).findFirst()
                .orElseThrow();
        assertOneLineError(run(args(common, "--targets", "T004", "--parameters", published.name())), published.name(),
                "not CALIBRATED", "--allow-uncalibrated");
        assertOneLineError(run(args(common, "--targets", "T004", "--parameters", BREAST_DT + "," + BREAST_DT)), "listed twice");
        assertOneLineError(run(args(common, "--targets", "T004", "--parameters", BREAST_DT, "--install")),
                "--install", "run from the repository root");
        Files.writeString(c, "{ this is not a checkpoint");
        assertOneLineError(run(args(common, "--targets", "T004", "--parameters", BREAST_DT)), "--checkpoint", c.toString());
        assertThat(o).doesNotExist();
    }

    @Test
    void aCheckpointOfAnotherCalibrationIsRefused() throws Exception {
        calibrate("other", 1, 2);
        Path start = tmp.resolve("start.yaml");
        List<String> base = List.of("calibrate", "--targets", "T004", "--population", "4", "--generations", "2", "--scenario",
                start.toString(), "--checkpoint", tmp.resolve("other.json").toString(), "--out", tmp.resolve("x.yaml").toString(),
                "--no-progress");
        // other objective (patients): caught by the command's record of the checkpoint
        assertOneLineError(run(args(base, "--parameters", BREAST_DT, "--patients", "20")), "different calibration", "patients");
        // other search (seed): caught by the calibration engine
        assertOneLineError(run(args(base, "--parameters", BREAST_DT, "--patients", "30", "--seed", "2")), "--checkpoint", "seed");
    }

    @Test
    void valuesAreWrittenSoThatTheyReadBackBitForBit() throws Exception {
        for (double v : new double[] {1.0000000000000002, 27.913512345678901, 0.1 + 0.2 + 3, 9999.999999999998, 1234567.0 / 1e3}) {
            Path f = tmp.resolve("v.yaml");
            Files.writeString(f, BREAST_DT + ": " + CalibrateCommand.plain(v) + "\n");
            assertThat(ScenarioLoader.load(f, ModelCatalog.catalog()).overrides().get(BREAST_DT)).isEqualTo(v);
        }
        assertThat(CalibrateCommand.plain(1e-7)).doesNotContain("E");
        assertThat(CalibrateCommand.plain(1e10)).doesNotContain("E");
    }

    private static List<String> args(List<String> common, String... rest) {
        List<String> all = new ArrayList<>();
        if (!common.contains("calibrate")) {
            all.add("calibrate");
        }
        all.addAll(common);
        all.addAll(List.of(rest));
        return all;
    }
}
