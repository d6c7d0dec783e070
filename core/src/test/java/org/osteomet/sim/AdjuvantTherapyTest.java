package org.osteomet.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteomet.clinical.StandardOfCare;
import org.osteomet.random.PatientStreams;
import org.osteomet.tumour.CancerType;

class AdjuvantTherapyTest {
    private static final double YEAR_D = 365.25;
    private static final double FIVE_YEARS_D = 5 * YEAR_D;

    @TempDir
    Path tmp;

    @Test
    void theDefaultPolicyTreatsHormoneReceptorPositiveBreastCancerForFiveYears() {
        StandardOfCare.AdjuvantCourse c = StandardOfCare.defaults().adjuvantCourse("breast");
        assertThat(c).isNotNull();
        assertThat(c.shareTreated()).isBetween(0.7, 0.85);
        assertThat(c.durationDays()).isEqualTo(1826);
        assertThat(StandardOfCare.defaults().adjuvantCourse("lung")).isNull();
    }

    /**
     * The same breast patients with and without adjuvant therapy: it is given only after curative local treatment,
     * leaves the past before it unchanged, and it delays and prevents bone metastases in the first five years.
     */
    @Test
    void adjuvantTherapyDelaysBoneMetastasesOfTheSamePatients() {
        StandardOfCare policy = StandardOfCare.defaults();
        StandardOfCare.AdjuvantCourse course = policy.adjuvantCourse("breast");
        StandardOfCare.AdjuvantCourse everyone = new StandardOfCare.AdjuvantCourse(course.name(), 1.0, course.logKillPerDay(),
                course.resistancePerDay(), course.durationDays());
        PatientSimulator without = new PatientSimulator(ModelCatalog.defaults(), CancerType.BREAST, policy.withAdjuvantTherapy("breast", null));
        PatientSimulator with = new PatientSimulator(ModelCatalog.defaults(), CancerType.BREAST, policy.withAdjuvantTherapy("breast", everyone));
        int early0 = 0;
        int early1 = 0;
        int treated = 0;
        for (int i = 0; i < 4000; i++) {
            PatientOutcome a = without.run(i, new PatientStreams(5), Entry.DIAGNOSIS, 15 * YEAR_D, null);
            PatientOutcome b = with.run(i, new PatientStreams(5), Entry.DIAGNOSIS, 15 * YEAR_D, null);
            assertThat(b.diagnosisDay()).isEqualTo(a.diagnosisDay());
            assertThat(b.stage()).isEqualTo(a.stage());
            boolean started = b.events().stream().anyMatch(e -> e.type() == EventType.ADJUVANT_THERAPY_STARTED);
            assertThat(started).isEqualTo(a.stage() != Stage.DISTANT); // only after curative local treatment
            assertThat(a.events()).noneMatch(e -> e.type() == EventType.ADJUVANT_THERAPY_STARTED);
            treated += started ? 1 : 0;
            early0 += boneWithin(a, FIVE_YEARS_D) ? 1 : 0;
            early1 += boneWithin(b, FIVE_YEARS_D) ? 1 : 0;
        }
        assertThat(treated).isGreaterThan(3000);
        assertThat(early0).isGreaterThan(40); // enough events for the comparison to mean something
        assertThat(early1).isLessThan(early0);
    }

    @Test
    void noOneIsTreatedWhenTheShareIsZero() {
        StandardOfCare policy = StandardOfCare.defaults()
                .withAdjuvantTherapy("breast", new StandardOfCare.AdjuvantCourse("endocrine therapy", 0.0, 0.010, 0.0020, 1826));
        PatientSimulator sim = new PatientSimulator(ModelCatalog.defaults(), CancerType.BREAST, policy);
        for (int i = 0; i < 300; i++) {
            PatientOutcome o = sim.run(i, new PatientStreams(5), Entry.DIAGNOSIS, 5 * YEAR_D, null);
            assertThat(o.events()).noneMatch(e -> e.type() == EventType.ADJUVANT_THERAPY_STARTED);
        }
    }

    @Test
    void aBadAdjuvantCourseIsOneLineNamingTheField() throws Exception {
        String yaml = new String(StandardOfCare.class.getResourceAsStream("standard-of-care.yaml").readAllBytes(), StandardCharsets.UTF_8);
        Path share = Files.writeString(tmp.resolve("share.yaml"), yaml.replace("share_treated: 0.79", "share_treated: 1.5"));
        assertThatThrownBy(() -> StandardOfCare.load(share)).isInstanceOf(StandardOfCare.PolicyException.class)
                .hasMessageContaining("adjuvant_therapy.breast.share_treated").hasMessageNotContaining("\n");
        Path days = Files.writeString(tmp.resolve("days.yaml"), yaml.replace("duration_days: 1826", "duration_days: -1"));
        assertThatThrownBy(() -> StandardOfCare.load(days)).isInstanceOf(StandardOfCare.PolicyException.class)
                .hasMessageContaining("adjuvant_therapy.breast.duration_days").hasMessageNotContaining("\n");
        Path primary = Files.writeString(tmp.resolve("primary.yaml"), yaml.replace("adjuvant_therapy:\n  breast:", "adjuvant_therapy:\n  brest:"));
        assertThatThrownBy(() -> StandardOfCare.load(primary)).isInstanceOf(StandardOfCare.PolicyException.class)
                .hasMessageContaining("adjuvant_therapy.brest: unknown primary").hasMessageNotContaining("\n");
        Path empty = Files.writeString(tmp.resolve("empty.yaml"), yaml.replaceFirst("(?s)adjuvant_therapy:\n  breast:\n.*?duration_days: 1826\n",
                "adjuvant_therapy:\n  breast:\n"));
        assertThatThrownBy(() -> StandardOfCare.load(empty)).isInstanceOf(StandardOfCare.PolicyException.class)
                .hasMessageContaining("adjuvant_therapy.breast: give name").hasMessageNotContaining("\n");
    }

    @Test
    void sectionsNamedAsTheCommandLineSpellsAPrimaryAreFound() throws Exception {
        String yaml = new String(StandardOfCare.class.getResourceAsStream("standard-of-care.yaml").readAllBytes(), StandardCharsets.UTF_8)
                .replace("adjuvant_therapy:\n  breast:", "adjuvant_therapy:\n  Breast:").replace("  kidney:\n", "  renal:\n");
        StandardOfCare p = StandardOfCare.load(Files.writeString(tmp.resolve("spelled.yaml"), yaml));
        assertThat(p.adjuvantCourse("breast")).isEqualTo(StandardOfCare.defaults().adjuvantCourse("breast"));
        assertThat(p.systemicLines("kidney")).isEqualTo(StandardOfCare.defaults().systemicLines("kidney"));
    }

    private static boolean boneWithin(PatientOutcome o, double days) {
        return o.hasBoneMetastasis() && o.firstBoneMetastasisDay() - o.diagnosisDay() <= days;
    }
}
