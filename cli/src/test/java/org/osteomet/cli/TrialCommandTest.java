package org.osteomet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrialCommandTest {
    @TempDir
    Path tmp;

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OsteometCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void aTrialWritesItsFilesAndTheSameSeedGivesTheSameResultForAnyThreadCount() throws Exception {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        String[] r1 = run("trial", "--primary", "prostate", "--arms", "placebo,zoledronic-acid", "--patients", "150", "--months", "12",
                "--seed", "4", "--threads", "1", "--no-progress", "--out", one.toString());
        String[] r2 = run("trial", "--primary", "prostate", "--arms", "placebo,zoledronic-acid", "--patients", "150", "--months", "12",
                "--seed", "4", "--threads", "2", "--no-progress", "--out", two.toString());
        assertThat(r1[0]).as(r1[2]).isEqualTo("0");
        assertThat(r2[0]).as(r2[2]).isEqualTo("0");
        assertThat(r1[1]).contains("placebo").contains("zoledronic-acid").contains("HR first SRE").contains("not for clinical decisions");
        for (String f : List.of("trial.json", "arms.csv", "report.html", "km_first_sre.png", "km_first_sre.svg", "km_overall_survival.png",
                "km_overall_survival.svg")) {
            assertThat(one.resolve(f)).isNotEmptyFile();
        }
        for (String f : List.of("trial.json", "arms.csv", "report.html")) {
            assertThat(Files.readString(two.resolve(f))).as(f).isEqualTo(Files.readString(one.resolve(f)));
        }
        assertThat(Files.readAllLines(one.resolve("arms.csv"))).hasSize(3);
    }

    @Test
    void aTrialFileSaysWhatFlagsCannotAndFlagsWin() throws Exception {
        Path file = tmp.resolve("t.yaml");
        Files.writeString(file, "primary: breast\narms: [placebo, denosumab]\npatients: 80\nmonths: 6\nseed: 9\n"
                + "parameters:\n  bone.resorption_growth_feedback: 0.9\n");
        Path out = tmp.resolve("f");
        String[] r = run("trial", "--trial", file.toString(), "--patients", "60", "--no-progress", "--out", out.toString());
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        String json = Files.readString(out.resolve("trial.json"));
        assertThat(json).contains("\"patients_per_arm\" : 60").contains("bone.resorption_growth_feedback").contains("denosumab");
    }

    @Test
    void badTrialInputIsOneLine() throws Exception {
        assertOneLine(run("trial", "--primary", "breast", "--arms", "placebo,zoledronic", "--out", tmp.resolve("a").toString()),
                "--arms", "zoledronic");
        assertOneLine(run("trial", "--primary", "breast", "--arms", "placebo", "--out", tmp.resolve("b").toString()), "--arms");
        assertOneLine(run("trial", "--arms", "placebo,denosumab", "--out", tmp.resolve("c").toString()), "--primary");
        Path file = tmp.resolve("bad.yaml");
        Files.writeString(file, "primary: breast\narms: [placebo, denosumab]\npatiens: 80\n");
        assertOneLine(run("trial", "--trial", file.toString(), "--out", tmp.resolve("d").toString()), "bad.yaml", "patiens");
        Files.writeString(file, "primary: breast\nparameters:\n  bone.no_such: 1\n");
        assertOneLine(run("trial", "--trial", file.toString(), "--out", tmp.resolve("e").toString()), "bad.yaml", "parameters.bone.no_such");
    }

    private static void assertOneLine(String[] r, String... mentions) {
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2].strip().lines().count()).as(r[2]).isEqualTo(1);
        assertThat(r[2]).doesNotContain("Exception");
        for (String m : mentions) {
            assertThat(r[2]).contains(m);
        }
    }
}
