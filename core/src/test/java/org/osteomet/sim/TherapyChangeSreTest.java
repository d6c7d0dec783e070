package org.osteomet.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osteomet.clinical.StandardOfCare;
import org.osteomet.random.PatientStreams;
import org.osteomet.tumour.CancerType;

/** "A change of antineoplastic therapy to treat bone pain" as an SRE (Saad 2002), counted only when the policy says so. */
class TherapyChangeSreTest {
    private static final double FOLLOW_UP_D = 5 * 365.25;

    @Test
    void countingTheChangeAddsSresAtTherapyChangesAndChangesNothingElse() {
        StandardOfCare off = StandardOfCare.defaults();
        assertThat(off.countsTherapyChangeForBonePainAsSre()).isFalse(); // routine care and most trials
        StandardOfCare on = off.withTherapyChangeForBonePainAsSre(true);
        PatientSimulator without = new PatientSimulator(ModelCatalog.defaults(), CancerType.PROSTATE, off);
        PatientSimulator with = new PatientSimulator(ModelCatalog.defaults(), CancerType.PROSTATE, on);
        int counted = 0;
        int enrolled = 0;
        for (int i = 0; i < 3000 && enrolled < 150; i++) {
            PatientOutcome a = without.run(i, new PatientStreams(8), Entry.BONE_METASTATIC, FOLLOW_UP_D, null);
            if (!a.enrolled()) {
                continue;
            }
            enrolled++;
            PatientOutcome b = with.run(i, new PatientStreams(8), Entry.BONE_METASTATIC, FOLLOW_UP_D, null);
            assertThat(a.events()).noneMatch(e -> e.type() == EventType.THERAPY_CHANGE_FOR_BONE_PAIN);
            List<Event> changes = b.events().stream().filter(e -> e.type() == EventType.THERAPY_CHANGE_FOR_BONE_PAIN).toList();
            // Counting draws nothing: the rest of the course is the same, event for event.
            assertThat(b.events().stream().filter(e -> e.type() != EventType.THERAPY_CHANGE_FOR_BONE_PAIN).toList()).isEqualTo(a.events());
            assertThat(b.skeletal().sreCount()).isEqualTo(a.skeletal().sreCount() + changes.size());
            for (Event c : changes) {
                assertThat(c.type().isSkeletalRelatedEvent()).isTrue();
                assertThat(c.site()).isNotNull();
                assertThat(c.value()).isGreaterThanOrEqualTo(ModelCatalog.defaults().get(org.osteomet.clinical.ClinicalParameters.PAIN_MODERATE));
                // at a change of line (a second line started) or at the end of the last one, never at line 1
                assertThat(b.events()).noneMatch(e -> e.type() == EventType.SYSTEMIC_THERAPY_STARTED && e.value() == 1 && e.day() == c.day());
            }
            counted += changes.size();
        }
        assertThat(enrolled).isEqualTo(150);
        assertThat(counted).isPositive();
    }

    /** Enrolled at progression on the first line (castration resistance): that progression is the entry, not an SRE on study. */
    @Test
    void theProgressionThatEnrolsIsNotAnSreOnStudy() {
        PatientSimulator sim = new PatientSimulator(ModelCatalog.defaults(), CancerType.PROSTATE,
                StandardOfCare.defaults().withTherapyChangeForBonePainAsSre(true));
        int enrolled = 0;
        int later = 0;
        for (int i = 0; i < 3000 && enrolled < 100; i++) {
            PatientOutcome o = sim.run(i, new PatientStreams(8), Entry.BONE_METASTATIC_PROGRESSING, FOLLOW_UP_D, null);
            if (!o.enrolled()) {
                continue;
            }
            enrolled++;
            assertThat(o.events()).noneMatch(e -> e.type() == EventType.THERAPY_CHANGE_FOR_BONE_PAIN && e.day() <= o.entryDay());
            later += (int) o.events().stream().filter(e -> e.type() == EventType.THERAPY_CHANGE_FOR_BONE_PAIN).count();
        }
        assertThat(enrolled).isEqualTo(100);
        assertThat(later).isPositive(); // the end of docetaxel on study still counts
    }
}
