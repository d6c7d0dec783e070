package org.osteomet.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.osteomet.bone.LesionType;
import org.osteomet.random.PatientStreams;
import org.osteomet.tumour.CancerType;

/** Multiple myeloma, a marrow cancer: disseminated at diagnosis, seeding the bones only, with osteolytic lesions. */
class MyelomaTest {
    private static final PatientSimulator MYELOMA = new PatientSimulator(ModelCatalog.defaults(), CancerType.MYELOMA);
    private static final double YEAR = PatientSimulator.DAYS_PER_YEAR;

    @Test
    void diagnosedDistantWithNothingRemovedAndTheFirstLineFromDiagnosis() {
        int checked = 0;
        int withoutKnownLesion = 0;
        for (int i = 0; i < 60; i++) {
            PatientOutcome o = MYELOMA.run(i, new PatientStreams(5), Entry.DIAGNOSIS, YEAR, null);
            assertThat(o.stage()).isEqualTo(Stage.DISTANT);
            assertThat(o.events()).noneMatch(e -> e.type() == EventType.PRIMARY_TREATED);
            if (o.endDay() - o.diagnosisDay() <= PatientSimulator.STEP_DAYS) {
                continue; // died in the diagnosis step, before any line could start
            }
            Event first = o.events().stream().filter(e -> e.type() == EventType.SYSTEMIC_THERAPY_STARTED).findFirst().orElseThrow();
            assertThat(first.detail()).isEqualTo("VRd");
            assertThat(first.day() - o.diagnosisDay()).isLessThanOrEqualTo(PatientSimulator.STEP_DAYS);
            if (!(o.firstMetastasisDay() <= first.day())) {
                withoutKnownLesion++; // a solid primary would get no systemic line yet
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(withoutKnownLesion).isPositive();
    }

    @Test
    void seedsTheBonesAndAlmostNothingElse() {
        int n = 300;
        int bone = 0;
        int elsewhere = 0;
        long boneDetections = 0;
        long otherDetections = 0;
        for (int i = 0; i < n; i++) {
            PatientOutcome o = MYELOMA.run(i, new PatientStreams(11), Entry.DIAGNOSIS, 30 * YEAR, null);
            bone += o.hasBoneMetastasis() ? 1 : 0;
            boolean nodal = o.events().stream().anyMatch(e -> e.type() == EventType.NODAL_METASTASIS_DETECTED);
            elsewhere += !o.visceralSites().isEmpty() || nodal ? 1 : 0;
            for (Event e : o.events()) {
                if (e.type() == EventType.METASTASIS_DETECTED || e.type() == EventType.NODAL_METASTASIS_DETECTED) {
                    if (e.site().isBone()) {
                        boneDetections++;
                    } else {
                        otherDetections++;
                    }
                }
            }
        }
        assertThat(bone).as("patients with a bone lesion").isGreaterThan(n * 6 / 10);
        assertThat(elsewhere).as("patients with a lesion outside bone").isLessThan(n * 3 / 100);
        assertThat((double) otherDetections / (boneDetections + otherDetections)).as("lesions outside bone").isLessThan(0.01);
    }

    @Test
    void focalLesionsAreOsteolyticWhenFound() {
        int lesions = 0;
        int lytic = 0;
        int patients = 0;
        for (int i = 0; i < 400 && patients < 100; i++) {
            PatientOutcome o = MYELOMA.run(i, new PatientStreams(17), Entry.BONE_METASTATIC, YEAR, null);
            if (!o.enrolled()) {
                continue;
            }
            patients++;
            for (LesionType t : o.boneLesionTypeAtEntry().values()) {
                lesions++;
                lytic += t == LesionType.OSTEOLYTIC ? 1 : 0;
            }
        }
        assertThat(patients).isEqualTo(100);
        assertThat(lesions).isGreaterThanOrEqualTo(patients);
        assertThat((double) lytic / lesions).isGreaterThan(0.97);
    }
}
