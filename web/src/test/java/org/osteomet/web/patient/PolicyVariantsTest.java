package org.osteomet.web.patient;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.osteomet.clinical.StandardOfCare;

class PolicyVariantsTest {
    private final StandardOfCare base = StandardOfCare.defaults();

    @Test
    void keepsEveryOtherFieldOfThePolicy() {
        StandardOfCare same = PolicyVariants.of(base, base.radiotherapyKillsTumour(), true);
        assertThat(same).isEqualTo(base);
    }

    @Test
    void setsTheTreatmentSwitches() {
        StandardOfCare v = PolicyVariants.of(base, !base.radiotherapyKillsTumour(), false);
        assertThat(v.radiotherapyKillsTumour()).isNotEqualTo(base.radiotherapyKillsTumour());
        assertThat(v.systemicTherapy()).isEmpty();
        assertThat(base.adjuvantCourse("breast")).isNotNull();
        assertThat(v.adjuvantCourse("breast")).isNull(); // the switch covers adjuvant therapy too
        assertThat(v.painRadiotherapy()).isEqualTo(base.painRadiotherapy());
    }
}
