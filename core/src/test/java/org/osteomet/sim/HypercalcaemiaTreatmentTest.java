package org.osteomet.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteomet.clinical.StandardOfCare;
import org.osteomet.clinical.StandardOfCare.HypercalcaemiaTreatment;
import org.osteomet.physiology.CalciumParameters;
import org.osteomet.random.PatientStreams;
import org.osteomet.tumour.CancerType;

/** Rescue of hypercalcaemia by an intravenous bisphosphonate, switched on and off on the same virtual patients. */
class HypercalcaemiaTreatmentTest {
    private static final double FIVE_YEARS_DAYS = 5 * 365.25;
    private static final int PATIENTS = 250;
    private static final long SEED = 3;
    private static final double RETREATMENT_DAYS = 28;

    @TempDir
    Path tmp;

    private static List<PatientOutcome> bonePatients(StandardOfCare policy) {
        PatientSimulator sim = new PatientSimulator(ModelCatalog.defaults(), CancerType.BREAST, policy);
        PatientStreams streams = new PatientStreams(SEED);
        List<PatientOutcome> out = new ArrayList<>();
        for (int i = 0; i < 20_000 && out.size() < PATIENTS; i++) {
            PatientOutcome o = sim.run(i, streams, Entry.BONE_METASTATIC, FIVE_YEARS_DAYS, null);
            if (o.enrolled()) {
                out.add(o);
            }
        }
        assertThat(out).hasSize(PATIENTS);
        return out;
    }

    private static int atLeastGrade(List<PatientOutcome> patients, int grade) {
        int n = 0;
        for (PatientOutcome o : patients) {
            n += o.skeletal().maxHypercalcaemiaGrade() >= grade ? 1 : 0;
        }
        return n;
    }

    @Test
    void rescueDosesComeFromTheirGradeAtLeastAWeekApartAndKeepCalciumLower() {
        StandardOfCare defaults = StandardOfCare.defaults();
        double uln = ModelCatalog.defaults().get(CalciumParameters.CTCAE_ULN);
        List<PatientOutcome> untreated = bonePatients(defaults.withHypercalcaemiaTreatment(HypercalcaemiaTreatment.NONE));
        // treated from grade 1, so that the rescue acts on many of these patients; re-treated no sooner than 4 weeks,
        // longer than the weekly assessment, so the interval is the policy's
        List<PatientOutcome> treated = bonePatients(defaults.withHypercalcaemiaTreatment(
                new HypercalcaemiaTreatment("zoledronic-acid", 1, RETREATMENT_DAYS)));

        int dosed = 0;
        int retreated = 0;
        for (PatientOutcome o : untreated) {
            assertThat(o.events()).noneMatch(e -> e.type() == EventType.HYPERCALCAEMIA_TREATED);
        }
        for (PatientOutcome o : treated) {
            double last = Double.NEGATIVE_INFINITY;
            for (Event e : o.events()) {
                if (e.type() == EventType.HYPERCALCAEMIA_TREATED) {
                    assertThat(e.value()).isGreaterThanOrEqualTo(uln);
                    assertThat(e.day() - last).isGreaterThan(RETREATMENT_DAYS - 1e-6);
                    retreated += last > Double.NEGATIVE_INFINITY ? 1 : 0;
                    last = e.day();
                }
            }
            dosed += last > Double.NEGATIVE_INFINITY ? 1 : 0;
        }
        assertThat(atLeastGrade(untreated, 1)).isGreaterThanOrEqualTo(10);
        assertThat(dosed).isGreaterThanOrEqualTo(10);
        assertThat(retreated).isPositive(); // the interval was tested, not only the first dose
        // the same patients (common random numbers): fewer go on to grade 2 once grade 1 is treated
        assertThat(atLeastGrade(treated, 2)).isLessThan(atLeastGrade(untreated, 2));
        double sumUntreated = 0;
        double sumTreated = 0;
        for (int i = 0; i < PATIENTS; i++) {
            assertThat(treated.get(i).patientId()).isEqualTo(untreated.get(i).patientId());
            sumUntreated += untreated.get(i).skeletal().maxSerumCalcium();
            sumTreated += treated.get(i).skeletal().maxSerumCalcium();
        }
        assertThat(sumTreated).isLessThan(sumUntreated);
    }

    @Test
    void policyFieldsAreCheckedWithOneLineNamingTheField() throws Exception {
        String yaml = new String(StandardOfCare.class.getResourceAsStream("standard-of-care.yaml").readAllBytes(), StandardCharsets.UTF_8);
        assertThat(yaml).contains("drug: zoledronic-acid").contains("from_grade: 2");
        Path badDrug = Files.writeString(tmp.resolve("drug.yaml"), yaml.replace("drug: zoledronic-acid", "drug: aspirin"));
        assertThatThrownBy(() -> StandardOfCare.load(badDrug)).isInstanceOf(StandardOfCare.PolicyException.class)
                .hasMessageContaining("hypercalcaemia_treatment.drug must be one of zoledronic-acid, pamidronate, none, got 'aspirin'")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        Path noDrug = Files.writeString(tmp.resolve("nodrug.yaml"), yaml.replace("drug: zoledronic-acid", "drug:"));
        assertThatThrownBy(() -> StandardOfCare.load(noDrug)).isInstanceOf(StandardOfCare.PolicyException.class)
                .hasMessageContaining("hypercalcaemia_treatment.drug must be one of zoledronic-acid, pamidronate, none, got nothing");
        Path badGrade = Files.writeString(tmp.resolve("grade.yaml"), yaml.replace("from_grade: 2", "from_grade: 5"));
        assertThatThrownBy(() -> StandardOfCare.load(badGrade)).isInstanceOf(StandardOfCare.PolicyException.class)
                .hasMessageContaining("hypercalcaemia_treatment.from_grade must be a CTCAE grade in [1, 4], got 5");
        // a policy without the section (older files) leaves hypercalcaemia untreated
        String without = yaml.substring(0, yaml.indexOf("hypercalcaemia_treatment:"))
                + yaml.substring(yaml.indexOf("retreatment_interval_days: 7") + "retreatment_interval_days: 7".length());
        StandardOfCare old = StandardOfCare.load(Files.writeString(tmp.resolve("old.yaml"), without));
        assertThat(old.hypercalcaemiaTreatment().treats()).isFalse();
        assertThat(StandardOfCare.defaults().hypercalcaemiaTreatment().treats()).isTrue();
    }
}
