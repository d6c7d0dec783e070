package org.osteomet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.osteomet.cli.CliRun.assertOneLineError;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path tmp;

    @Test
    void misspeltPrimaryIsOneLineWithAHint() {
        assertOneLineError(CliRun.of("cohort", "--primary", "kidnye", "--out", tmp.toString()), "kidnye", "kidney");
    }

    @Test
    void misspeltMyelomaIsOneLineWithAHint() {
        assertOneLineError(CliRun.of("simulate", "--primary", "myelom", "--out", tmp.toString()), "myelom", "myeloma");
    }

    @Test
    void myelomaRunsInSimulateCohortAndTrial() {
        CliRun simulate = CliRun.of("simulate", "--primary", "myeloma", "--seed", "3", "--years", "2", "--out", tmp.resolve("s").toString());
        assertThat(simulate.code()).as(simulate.err()).isZero();
        assertThat(simulate.out()).contains("multiple myeloma, diagnosed at age", "clonal plasma-cell mass", "stage distant", "line 1: VRd")
                .doesNotContain("curative local treatment");
        CliRun cohort = CliRun.of("cohort", "--primary", "myeloma", "--patients", "20", "--years", "2", "--threads", "1", "--no-progress",
                "--out", tmp.resolve("c").toString());
        assertThat(cohort.code()).as(cohort.err()).isZero();
        assertThat(cohort.out()).contains("multiple myeloma cohort");
        CliRun trial = CliRun.of("trial", "--primary", "myeloma", "--arms", "placebo,zoledronic-acid", "--patients", "20", "--months", "6",
                "--threads", "1", "--no-progress", "--out", tmp.resolve("t").toString());
        assertThat(trial.code()).as(trial.err()).isZero();
        assertThat(trial.out()).contains("multiple myeloma, 20 patients per arm");
    }

    @Test
    void myelomaStoryCallsItsLesionsFocalLesionsNotMetastases() {
        CliRun simulate = CliRun.of("simulate", "--primary", "myeloma", "--seed", "2", "--years", "5", "--out", tmp.resolve("m").toString());
        assertThat(simulate.code()).as(simulate.err()).isZero();
        assertThat(simulate.out()).contains("first bone focal lesion: ", "focal lesion detected: ").doesNotContain("metastasis");
    }

    @Test
    void theHelpListsEveryPrimary() {
        CliRun help = CliRun.of("cohort", "--help");
        for (org.osteomet.tumour.CancerType t : org.osteomet.tumour.CancerType.ALL) {
            assertThat(help.out().replaceAll("\\s+", " ")).as(t.code()).containsPattern("Primary cancer:.*\\b" + t.code() + "\\b");
        }
    }

    @Test
    void negativePatientsIsOneLine() {
        assertOneLineError(CliRun.of("cohort", "--primary", "breast", "--patients", "-3", "--out", tmp.toString()), "--patients", "-3");
    }

    @Test
    void nonNumericSeedAndUnknownFlagAreOneLine() {
        assertOneLineError(CliRun.of("simulate", "--primary", "breast", "--seed", "abc", "--out", tmp.toString()), "--seed");
        assertOneLineError(CliRun.of("simulate", "--primary", "breast", "--sead", "1", "--out", tmp.toString()), "--sead");
        assertOneLineError(CliRun.of("cohort", "--primary", "breast", "--years", "0", "--out", tmp.toString()), "--years");
        assertOneLineError(CliRun.of("cohort", "--primary", "breast", "--entry", "bone", "--out", tmp.toString()), "bone");
    }

    @Test
    void badScenarioNamesFileLineAndField() throws Exception {
        Path scenario = tmp.resolve("bad.yaml");
        Files.writeString(scenario, "spread:\n  shedding_exponent: 0.6\n  sheding_rate: 3\n");
        CliRun r = CliRun.of("cohort", "--primary", "breast", "--patients", "10", "--scenario", scenario.toString(), "--out",
                tmp.resolve("o").toString());
        assertOneLineError(r, "bad.yaml", ":3", "spread.sheding_rate");
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void badPolicyNamesFileAndField() throws Exception {
        Path policy = tmp.resolve("policy.yaml");
        String good = new String(org.osteomet.clinical.StandardOfCare.class.getResourceAsStream("standard-of-care.yaml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(policy, good.replace("response_probability: 0.6", "response_probability: 1.6"));
        assertOneLineError(CliRun.of("cohort", "--primary", "breast", "--patients", "10", "--policy", policy.toString(), "--out",
                tmp.resolve("p").toString()), "policy.yaml", "radiotherapy_for_pain.response_probability");
        Files.writeString(policy, good + "\nsurgery_for_everyone: true\n");
        assertOneLineError(CliRun.of("simulate", "--primary", "breast", "--policy", policy.toString(), "--out",
                tmp.resolve("q").toString()), "policy.yaml", "surgery_for_everyone");
        // a policy written before a field existed: the line names the section, the field and that it is missing
        String older = good.replaceAll("(?m)^  retreatment_share_nonresponders:.*\n", "");
        assertThat(older).isNotEqualTo(good);
        Files.writeString(policy, older);
        assertOneLineError(CliRun.of("simulate", "--primary", "breast", "--policy", policy.toString(), "--out",
                tmp.resolve("r").toString()), "policy.yaml", "radiotherapy_for_pain.retreatment_share_nonresponders: missing");
    }

    @Test
    void aPolicyWithoutRadiotherapyForPainGivesNoSuchEvents() throws Exception {
        Path policy = tmp.resolve("no-rt.yaml");
        String good = new String(org.osteomet.clinical.StandardOfCare.class.getResourceAsStream("standard-of-care.yaml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(policy, good.replace("pain_threshold: 6 ", "pain_threshold: 11 "));
        Path out = tmp.resolve("no-rt");
        CliRun r = CliRun.of("cohort", "--primary", "breast", "--patients", "200", "--entry", "bone-metastatic", "--policy", policy.toString(),
                "--no-progress", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("events.csv"))).noneMatch(l -> l.contains("radiation_to_bone") && l.endsWith(",pain"));
    }

    @Test
    void outputThatIsAFileIsRejectedBeforeAnyWork() throws Exception {
        Path file = Files.writeString(tmp.resolve("taken"), "x");
        assertOneLineError(CliRun.of("cohort", "--primary", "breast", "--patients", "10", "--out", file.toString()), "--out");
    }

    @Test
    void simulateWritesEventsTrajectoryAndTellsTheStory() throws Exception {
        Path out = tmp.resolve("patient");
        CliRun r = CliRun.of("simulate", "--primary", "breast", "--seed", "7", "--years", "5", "--entry", "bone-metastatic", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("first bone metastasis:").contains("metastatic breast cancer with bone involvement")
                .doesNotContain("bone cancer,").contains("not for diagnosis");
        List<String> events = Files.readAllLines(out.resolve("events.csv"));
        assertThat(events.get(0)).isEqualTo("patient_id,day,event,site,value,detail");
        assertThat(events).anyMatch(l -> l.contains(",0,first_bone_metastasis,"));
        List<String> trajectory = Files.readAllLines(out.resolve("trajectory.csv"));
        assertThat(trajectory.get(0)).isEqualTo("day,site,tumour_cells,lesions,detectable_lesions,dormant_cells,bone_mass_percent,"
                + "osteoclasts,osteoblasts,pain,serum_calcium_mmol_l");
        assertThat(trajectory.size()).isGreaterThan(19 * 52);
        for (String picture : List.of("skeleton.svg", "burden.png", "burden.svg", "calcium.png", "calcium.svg", "bone_mass.png")) {
            assertThat(out.resolve(picture)).isNotEmptyFile();
        }
        assertThat(Files.readString(out.resolve("skeleton.svg"))).contains("<circle").contains("class=\"lesion\"");
    }

    @Test
    void cohortWritesItsThreeFilesAndPrintsTheSummary() throws Exception {
        Path out = tmp.resolve("cohort");
        CliRun r = CliRun.of("cohort", "--primary", "prostate", "--patients", "300", "--years", "3", "--seed", "42", "--entry",
                "bone-metastatic", "--threads", "2", "--no-progress", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("300 enrolled of").contains("median survival").contains("lumbar spine");
        List<String> patients = Files.readAllLines(out.resolve("patients.csv"));
        assertThat(patients).hasSize(301);
        assertThat(patients.get(0)).startsWith("patient_id,primary,entry_day,age,")
                .endsWith(",first_sre_day,sre_count,fracture_count,scc_day,max_serum_calcium_mmol_l,max_hypercalcaemia_grade,max_mirels_score,max_analgesic_step");
        assertThat(patients.subList(1, patients.size())).allMatch(l -> l.split(",", -1)[6].equals("0"));
        assertThat(Files.readString(out.resolve("summary.json"))).contains("\"patients_enrolled\" : 300").contains("\"complete\" : true");
    }

    @Test
    void paramsListsUnitsAndSources() {
        CliRun r = CliRun.of("params", "--filter", "breast.soil_bone");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("breast.soil_bone").contains("CALIBRATED").contains("1 parameter(s)");
    }

    @Test
    void everyCommandHasHelpWithExamples() {
        for (String c : List.of("simulate", "cohort", "bench", "params")) {
            CliRun r = CliRun.of(c, "--help");
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("Examples:");
        }
    }
}
