package org.osteomet.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteomet.clinical.StandardOfCare;
import org.osteomet.random.PatientStreams;
import org.osteomet.tumour.CancerType;

/** Trial patients who leave the study alive: follow-up ends there, and nothing else about them changes. */
class StudyWithdrawalTest {
    private static final double FOLLOW_UP_D = 2 * PatientSimulator.DAYS_PER_YEAR;
    private static final double WITHDRAWAL_PER_YEAR = 0.5;
    private static final int PATIENTS = 200;
    /** Few patients are enrolled from the prevalent pool (progression on the first line is needed): fewer, to stay quick. */
    private static final int PREVALENT_PATIENTS = 120;
    /** A median stay of about an hour: nearly everyone leaves within the step of entry, the case a death drawn then tests. */
    private static final double ENTRY_STEP_WITHDRAWAL_PER_YEAR = 5000;

    @Test
    void withdrawalCutsFollowUpShortAtTheRateTheProtocolSetsAndChangesNothingBefore() {
        StandardOfCare stay = StandardOfCare.defaults();
        assertThat(stay.withdrawalPerYear()).isZero(); // routine care: nobody leaves a study
        StandardOfCare leave = stay.withStudyWithdrawal(WITHDRAWAL_PER_YEAR);
        PatientSimulator without = new PatientSimulator(ModelCatalog.defaults(), CancerType.BREAST, stay);
        PatientSimulator with = new PatientSimulator(ModelCatalog.defaults(), CancerType.BREAST, leave);
        int enrolled = 0;
        int withdrawn = 0;
        double expected = 0;
        double variance = 0;
        for (int i = 0; i < 5000 && enrolled < PATIENTS; i++) {
            PatientOutcome a = without.run(i, new PatientStreams(3), Entry.BONE_METASTATIC, FOLLOW_UP_D, null);
            if (!a.enrolled()) {
                continue;
            }
            enrolled++;
            PatientOutcome b = with.run(i, new PatientStreams(3), Entry.BONE_METASTATIC, FOLLOW_UP_D, null);
            assertThat(a.events()).noneMatch(e -> e.type() == EventType.WITHDRAWN_FROM_STUDY);
            assertThat(b.entryDay()).isEqualTo(a.entryDay());
            assertThat(b.followUpDays()).isLessThanOrEqualTo(a.followUpDays());
            List<Event> left = b.events().stream().filter(e -> e.type() == EventType.WITHDRAWN_FROM_STUDY).toList();
            if (left.isEmpty()) {
                // stayed: the same course, event for event (withdrawal draws from its own stream)
                assertThat(b.events()).isEqualTo(a.events());
                assertThat(b.followUpDays()).isEqualTo(a.followUpDays());
            } else {
                withdrawn++;
                assertThat(left).hasSize(1);
                Event w = left.get(0);
                assertThat(b.died()).isFalse();
                assertThat(w.day()).isEqualTo(b.entryDay() + b.followUpDays());
                assertThat(w.value()).isEqualTo(b.followUpDays());
                assertThat(b.followUpDays()).isLessThan(a.followUpDays());
                // the two courses agree up to the step that the withdrawal cuts short (a shorter last step draws its own
                // numbers); after it the withdrawn patient is no longer observed
                double lastStepStart = w.day() - PatientSimulator.STEP_DAYS;
                assertThat(b.events().stream().filter(e -> e.day() < lastStepStart).toList())
                        .isEqualTo(a.events().stream().filter(e -> e.day() < lastStepStart).toList());
                assertThat(b.events()).noneMatch(e -> e.day() > w.day());
            }
            // P(leave before the course without withdrawal ends) = 1 - exp(-rate x that follow-up)
            double p = 1 - Math.exp(-WITHDRAWAL_PER_YEAR * a.followUpDays() / PatientSimulator.DAYS_PER_YEAR);
            expected += p;
            variance += p * (1 - p);
        }
        assertThat(enrolled).isEqualTo(PATIENTS);
        assertThat(withdrawn).isPositive();
        assertThat(Math.abs(withdrawn - expected)).isLessThan(4 * Math.sqrt(variance));
    }

    /**
     * Prevalent enrolment at a very high rate: nearly all leave in their entry step, some of whom a death was drawn for
     * later in that step. Every outcome stays consistent: a patient either died on study (with its DEATH event, at the end of
     * follow-up) or left alive (with its withdrawal event), never both.
     */
    @Test
    void leavingAndDyingNeverBothHappenEvenInTheEntryStep() {
        PatientSimulator sim = new PatientSimulator(ModelCatalog.defaults(), CancerType.BREAST, StandardOfCare.defaults().withStudyWithdrawal(ENTRY_STEP_WITHDRAWAL_PER_YEAR));
        int enrolled = 0;
        int left = 0;
        int died = 0;
        for (int i = 0; i < 10000 && enrolled < PREVALENT_PATIENTS; i++) {
            PatientOutcome o = sim.run(i, new PatientStreams(5), Entry.PREVALENT_BONE_METASTATIC_PROGRESSING, FOLLOW_UP_D, null);
            if (!o.enrolled()) {
                continue;
            }
            enrolled++;
            long deaths = o.events().stream().filter(e -> e.type() == EventType.DEATH).count();
            long withdrawals = o.events().stream().filter(e -> e.type() == EventType.WITHDRAWN_FROM_STUDY).count();
            assertThat(deaths + withdrawals).isLessThanOrEqualTo(1);
            // the patient-level counts stop where observation stops, as the events do
            assertThat(o.skeletal().sreCount()).isEqualTo(o.events().stream().filter(e -> e.type().isSkeletalRelatedEvent()).count());
            assertThat(o.skeletal().fractureCount()).isEqualTo(o.events().stream().filter(e -> e.type() == EventType.PATHOLOGICAL_FRACTURE).count());
            assertThat(deaths).isEqualTo(o.died() ? 1 : 0);
            if (o.died()) {
                assertThat(o.deathDay()).isEqualTo(o.endDay());
                died++;
            }
            if (withdrawals == 1) {
                assertThat(o.events().get(o.events().size() - 1).day()).isEqualTo(o.endDay());
                left++;
            }
        }
        assertThat(enrolled).isEqualTo(PREVALENT_PATIENTS);
        // nearly all leave alive within hours; a death drawn for later in the entry step is undone for them
        assertThat(left).isGreaterThan(PREVALENT_PATIENTS * 9 / 10);
    }

    @Test
    void aNegativeRateIsRefusedInOneLineAndAMissingOneIsNone(@TempDir Path dir) throws Exception {
        String builtIn = new String(StandardOfCare.class.getResourceAsStream("standard-of-care.yaml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, builtIn.replace("study_withdrawal_per_year: 0", "study_withdrawal_per_year: -0.2"));
        assertThatThrownBy(() -> StandardOfCare.load(bad)).isInstanceOf(StandardOfCare.PolicyException.class)
                .hasMessage(bad + ": study_withdrawal_per_year must be >= 0 per year (0 = none), got -0.2");
        Path absent = dir.resolve("older.yaml");
        Files.writeString(absent, builtIn.replace("study_withdrawal_per_year: 0", ""));
        assertThat(StandardOfCare.load(absent).withdrawalPerYear()).isZero();
        assertThatThrownBy(() -> StandardOfCare.defaults().withStudyWithdrawal(Double.POSITIVE_INFINITY))
                .isInstanceOf(StandardOfCare.PolicyException.class).hasMessageContaining("study_withdrawal_per_year");
    }
}
