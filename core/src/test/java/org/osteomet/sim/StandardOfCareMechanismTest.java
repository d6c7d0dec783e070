package org.osteomet.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteomet.clinical.StandardOfCare;
import org.osteomet.random.PatientStreams;
import org.osteomet.tumour.CancerType;

/** Each part of the standard of care, switched on and off on the same virtual patients. */
class StandardOfCareMechanismTest {
    private static final double TWO_YEARS_DAYS = 730.5;

    @TempDir
    Path tmp;

    private static List<PatientOutcome> enrolled(PatientSimulator sim, Entry entry, int wanted, long seed) {
        List<PatientOutcome> out = new ArrayList<>();
        PatientStreams streams = new PatientStreams(seed);
        for (int i = 0; i < 20_000 && out.size() < wanted; i++) {
            PatientOutcome o = sim.run(i, streams, entry, TWO_YEARS_DAYS, null);
            if (o.enrolled()) {
                out.add(o);
            }
        }
        assertThat(out).hasSize(wanted);
        return out;
    }

    private StandardOfCare policyWith(String from, String to) throws Exception {
        String yaml = new String(StandardOfCare.class.getResourceAsStream("standard-of-care.yaml").readAllBytes(), StandardCharsets.UTF_8);
        assertThat(yaml).contains(from);
        return StandardOfCare.load(Files.writeString(tmp.resolve("policy.yaml"), yaml.replace(from, to)));
    }

    @Test
    void analgesicLadderClimbsOnlyUpAndPrecedesRadiotherapyForPain() {
        PatientSimulator sim = new PatientSimulator(ModelCatalog.defaults(), CancerType.BREAST);
        int reachedStrongOpioids = 0;
        for (PatientOutcome o : enrolled(sim, Entry.BONE_METASTATIC, 150, 5)) {
            int step = 0;
            for (Event e : o.events()) {
                if (e.type() == EventType.ANALGESIC_STEP) {
                    assertThat((int) e.value()).isGreaterThan(step);
                    step = (int) e.value();
                }
                if (e.type() == EventType.RADIATION_TO_BONE && e.detail().equals("pain")) {
                    // radiotherapy is for pain above what the ladder controls: moderate pain came first
                    assertThat(step).isGreaterThanOrEqualTo(2);
                }
            }
            assertThat(o.skeletal().maxAnalgesicStep()).isEqualTo(step);
            reachedStrongOpioids += step == 3 ? 1 : 0;
        }
        assertThat(reachedStrongOpioids).isPositive();
    }

    @Test
    void laterLadderThresholdsGiveLowerStepsOnTheSamePatients() throws Exception {
        PatientSimulator usual = new PatientSimulator(ModelCatalog.defaults(), CancerType.BREAST);
        PatientSimulator late = new PatientSimulator(ModelCatalog.defaults(), CancerType.BREAST,
                policyWith("strong_opioid_from: 7", "strong_opioid_from: 11"));
        List<PatientOutcome> a = enrolled(usual, Entry.BONE_METASTATIC, 100, 6);
        List<PatientOutcome> b = enrolled(late, Entry.BONE_METASTATIC, 100, 6);
        int strongA = 0;
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i).patientId()).isEqualTo(a.get(i).patientId());
            assertThat(b.get(i).skeletal().maxAnalgesicStep()).isLessThanOrEqualTo(2);
            strongA += a.get(i).skeletal().maxAnalgesicStep() == 3 ? 1 : 0;
        }
        assertThat(strongA).isPositive();
    }

    @Test
    void radiotherapyKillProlongsLifeOnTheSamePatients() throws Exception {
        PatientSimulator kills = new PatientSimulator(ModelCatalog.defaults(), CancerType.BREAST,
                policyWith("radiotherapy_kills_tumour: false", "radiotherapy_kills_tumour: true"));
        PatientSimulator reliefOnly = new PatientSimulator(ModelCatalog.defaults(), CancerType.BREAST);
        double livedWithKill = 0;
        double livedWithout = 0;
        for (PatientOutcome o : enrolled(kills, Entry.BONE_METASTATIC, 200, 8)) {
            livedWithKill += o.followUpDays();
        }
        for (PatientOutcome o : enrolled(reliefOnly, Entry.BONE_METASTATIC, 200, 8)) {
            livedWithout += o.followUpDays();
        }
        assertThat(livedWithKill).isGreaterThan(livedWithout);
    }

    @Test
    void progressingEntryEnrolsAtProgressionOnTheFirstLineWithBoneMetastases() {
        PatientSimulator sim = new PatientSimulator(ModelCatalog.defaults(), CancerType.PROSTATE);
        for (PatientOutcome o : enrolled(sim, Entry.BONE_METASTATIC_PROGRESSING, 60, 9)) {
            assertThat(o.firstBoneMetastasisDay()).isLessThanOrEqualTo(o.entryDay());
            assertThat(o.events()).anyMatch(e -> e.type() == EventType.SYSTEMIC_THERAPY_STARTED && e.value() == 2
                    && e.day() <= o.entryDay()); // castration resistance: docetaxel follows androgen deprivation
        }
    }

    @Test
    void withoutSystemicTherapyNobodyProgressesOnIt() {
        PatientSimulator sim = new PatientSimulator(ModelCatalog.defaults(), CancerType.PROSTATE,
                StandardOfCare.defaults().withoutSystemicTherapy());
        PatientStreams streams = new PatientStreams(9);
        for (int i = 0; i < 300; i++) {
            assertThat(sim.run(i, streams, Entry.BONE_METASTATIC_PROGRESSING, TWO_YEARS_DAYS, null).enrolled()).isFalse();
        }
    }

    @Test
    void badLadderIsOneLineNamingTheField() throws Exception {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> policyWith("weak_opioid_from: 4", "weak_opioid_from: 9"))
                .isInstanceOf(StandardOfCare.PolicyException.class).hasMessageContaining("analgesics")
                .hasMessageNotContaining("\n");
    }
}
