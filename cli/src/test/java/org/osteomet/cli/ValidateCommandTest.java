package org.osteomet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path tmp;

    private static int run(StringWriter out, StringWriter err, String... args) {
        return OsteometCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void writesTheSideBySideTableWithTheCommandThatMadeIt() throws Exception {
        Path report = tmp.resolve("v.md");
        StringWriter out = new StringWriter();
        int code = run(out, new StringWriter(), "validate", "--only", "T003,T140,T053", "--patients", "40", "--bootstrap", "20",
                "--report", report.toString(), "--no-progress");
        assertThat(code).isZero();
        String md = Files.readString(report);
        assertThat(md).contains("osteomet validate --patients 40 --seed 1 --bootstrap 20 --only T003,T140,T053")
                .contains("| T003 |").contains("| T140 |").contains("| fit |").contains("not simulated")
                .contains("not for clinical decisions");
        assertThat(out.toString()).contains("T003").contains("of 2 targets within range").contains("1 model inputs read back");
    }

    @Test
    void unknownTargetIsOneLineExitTwo() {
        StringWriter err = new StringWriter();
        int code = run(new StringWriter(), err, "validate", "--only", "T999", "--report", tmp.resolve("v.md").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("--only").contains("T999");
    }

    @Test
    void badTargetsFileIsOneLineExitTwo() throws Exception {
        Path bad = tmp.resolve("t.yaml");
        Files.writeString(bad, "- {id: X1, quantity: q, value: 1, unit: '%', role: maybe, statistic: share_with_fracture, "
                + "population: {breast: 1}, entry: metastatic, years: 5, source: s}\n");
        StringWriter err = new StringWriter();
        int code = run(new StringWriter(), err, "validate", "--targets", bad.toString(), "--report", tmp.resolve("v.md").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("X1: role");
    }

    @Test
    void patientsTimesTheLargestPatientsFactorIsCappedWithOneLine() {
        StringWriter err = new StringWriter();
        // T091's experiment enrols forty times --patients, so 1,000,000 would simulate forty million patients
        int code = run(new StringWriter(), err, "validate", "--only", "T091", "--patients", "1000000", "--report", tmp.resolve("v.md").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").isEqualTo("osteomet validate: --patients: at most 25000 with these targets (an experiment"
                + " enrols up to 40 times --patients, its patients_factor), got 1000000");
    }
}
