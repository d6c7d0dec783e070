package org.osteomet.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteomet.anatomy.Site;
import org.osteomet.clinical.StandardOfCare;
import org.osteomet.random.PatientStreams;
import org.osteomet.therapy.BoneTargetedAgent;
import org.osteomet.tumour.CancerType;

/** What a trial protocol adds to routine care: enrolment from the prevalent pool, and skeletal surveys. */
class TrialProtocolMechanismTest {
    private static final double TWO_YEARS_DAYS = 730.5;
    private static final double THREE_MONTHS_DAYS = 365.25 / 4;
    private static final String SURVEY_DETAIL = "skeletal survey";
    /** Enrolled patients per comparison. */
    private static final int PATIENTS = 300;

    @TempDir
    Path tmp;

    private static int surveyFractures(PatientOutcome o) {
        int n = 0;
        for (Event e : o.events()) {
            if (e.type() == EventType.PATHOLOGICAL_FRACTURE && e.detail().contains(SURVEY_DETAIL)) {
                // found on study by a survey after the baseline one: the baseline survey's findings are not events
                assertThat(e.day()).isGreaterThan(o.entryDay());
                n++;
            }
        }
        return n;
    }

    @Test
    void skeletalSurveysFindSilentVertebralFracturesThatSymptomDrivenCareMisses() {
        StandardOfCare routine = StandardOfCare.defaults();
        StandardOfCare surveyed = routine.withSkeletalSurveys(THREE_MONTHS_DAYS);
        PatientSimulator withoutSurveys = new PatientSimulator(ModelCatalog.defaults(), CancerType.BREAST, routine);
        PatientSimulator withSurveys = new PatientSimulator(ModelCatalog.defaults(), CancerType.BREAST, surveyed);
        PatientStreams streams = new PatientStreams(3);
        int found = 0;
        int patientsWithSilentFracture = 0;
        long fracturesRoutine = 0;
        long fracturesSurveyed = 0;
        int enrolled = 0;
        boolean severalInOneSite = false;
        for (int i = 0; enrolled < PATIENTS; i++) {
            PatientOutcome a = withoutSurveys.run(i, streams, Entry.BONE_METASTATIC_PROGRESSING, TWO_YEARS_DAYS, null);
            PatientOutcome b = withSurveys.run(i, streams, Entry.BONE_METASTATIC_PROGRESSING, TWO_YEARS_DAYS, null);
            assertThat(b.enrolled()).isEqualTo(a.enrolled()); // surveys start at entry: they cannot change who is enrolled
            if (!a.enrolled()) {
                continue;
            }
            enrolled++;
            assertThat(surveyFractures(a)).isZero();
            int k = surveyFractures(b);
            found += k;
            patientsWithSilentFracture += k > 0 ? 1 : 0;
            // a bone fractures once: a site fractures at most as often as it has bones (a vertebra found collapsed on a
            // survey does not fracture again later)
            java.util.Map<Site, Long> perSite = b.events().stream().filter(e -> e.type() == EventType.PATHOLOGICAL_FRACTURE)
                    .collect(java.util.stream.Collectors.groupingBy(Event::site, java.util.stream.Collectors.counting()));
            perSite.forEach((site, n) -> assertThat(n).as("%s", site).isLessThanOrEqualTo(site.units()));
            severalInOneSite |= perSite.values().stream().anyMatch(n -> n > 1);
            fracturesRoutine += a.events().stream().filter(e -> e.type() == EventType.PATHOLOGICAL_FRACTURE && e.day() >= a.entryDay()).count();
            fracturesSurveyed += b.events().stream().filter(e -> e.type() == EventType.PATHOLOGICAL_FRACTURE && e.day() >= b.entryDay()).count();
        }
        assertThat(patientsWithSilentFracture).isGreaterThan(PATIENTS / 20);
        assertThat(severalInOneSite).as("a region of several lytic bones fractures more than once").isTrue();
        assertThat(fracturesSurveyed).isGreaterThanOrEqualTo(fracturesRoutine + found / 2);
    }

    @Test
    void aResorptionInhibitorPreventsSilentVertebralFractures() {
        StandardOfCare surveyed = StandardOfCare.defaults().withSkeletalSurveys(THREE_MONTHS_DAYS);
        PatientSimulator placebo = new PatientSimulator(ModelCatalog.defaults(), CancerType.BREAST, surveyed, BoneTargetedAgent.PLACEBO);
        PatientSimulator zoledronate = new PatientSimulator(ModelCatalog.defaults(), CancerType.BREAST, surveyed,
                BoneTargetedAgent.ZOLEDRONIC_ACID);
        PatientStreams streams = new PatientStreams(4);
        int onPlacebo = 0;
        int onDrug = 0;
        int enrolled = 0;
        for (int i = 0; enrolled < PATIENTS; i++) {
            PatientOutcome a = placebo.run(i, streams, Entry.BONE_METASTATIC_PROGRESSING, TWO_YEARS_DAYS, null);
            if (!a.enrolled()) {
                continue;
            }
            enrolled++;
            onPlacebo += surveyFractures(a);
            onDrug += surveyFractures(zoledronate.run(i, streams, Entry.BONE_METASTATIC_PROGRESSING, TWO_YEARS_DAYS, null));
        }
        assertThat(onPlacebo).isPositive();
        assertThat(onDrug).isLessThan(onPlacebo * 3 / 4);
    }

    @Test
    void prevalentEntryEnrolsLaterThanEligibilityAndOnlyThoseStillAlive() {
        PatientSimulator sim = new PatientSimulator(ModelCatalog.defaults(), CancerType.PROSTATE);
        PatientStreams streams = new PatientStreams(7);
        int eligible = 0;
        int enrolled = 0;
        int later = 0;
        for (int i = 0; i < PATIENTS; i++) {
            PatientOutcome atEligibility = sim.run(i, streams, Entry.BONE_METASTATIC_PROGRESSING, TWO_YEARS_DAYS, null);
            PatientOutcome prevalent = sim.run(i, streams, Entry.PREVALENT_BONE_METASTATIC_PROGRESSING, TWO_YEARS_DAYS, null);
            if (prevalent.enrolled()) {
                // only an eligible patient can be enrolled, never before eligibility nor before the first bone metastasis
                assertThat(atEligibility.enrolled()).isTrue();
                assertThat(prevalent.entryDay()).isGreaterThanOrEqualTo(atEligibility.entryDay());
                assertThat(prevalent.entryDay()).isGreaterThan(prevalent.firstBoneMetastasisDay());
                later += prevalent.entryDay() > atEligibility.entryDay() + 30 ? 1 : 0;
                enrolled++;
                // the disease course is the same patient's: enrolment only moves day 0 (and the end of follow-up, whose last,
                // shorter step draws its own numbers, so a death in it may differ)
                double lastFullStepEnd = atEligibility.entryDay() + TWO_YEARS_DAYS - PatientSimulator.STEP_DAYS;
                if (prevalent.died() && atEligibility.died() && atEligibility.deathDay() < lastFullStepEnd) {
                    assertThat(prevalent.deathDay()).isEqualTo(atEligibility.deathDay());
                }
            }
            eligible += atEligibility.enrolled() ? 1 : 0;
        }
        assertThat(enrolled).isPositive().isLessThan(eligible); // those who die first are never enrolled
        assertThat(later).isGreaterThan(enrolled * 9 / 10);
    }

    @Test
    void aNegativeSurveyIntervalIsRefusedAndAnAbsentOneMeansNone() throws Exception {
        String yaml = new String(StandardOfCare.class.getResourceAsStream("standard-of-care.yaml").readAllBytes(), StandardCharsets.UTF_8);
        assertThat(yaml).contains("skeletal_survey_interval_days: 0");
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), yaml.replace("skeletal_survey_interval_days: 0", "skeletal_survey_interval_days: -3"));
        assertThatThrownBy(() -> StandardOfCare.load(bad)).isInstanceOf(StandardOfCare.PolicyException.class)
                .hasMessageContaining("skeletal_survey_interval_days").hasMessageNotContaining("\n");
        Path absent = Files.writeString(tmp.resolve("absent.yaml"), yaml.replace("skeletal_survey_interval_days: 0", ""));
        assertThat(StandardOfCare.load(absent).surveys()).isFalse();
        assertThat(StandardOfCare.defaults().withSkeletalSurveys(91).surveyIntervalDays()).isEqualTo(91);
    }
}
