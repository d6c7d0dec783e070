package org.osteomet.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.osteomet.param.ParameterSet;
import org.osteomet.random.PatientStreams;
import org.osteomet.spread.SpreadParameters;
import org.osteomet.tumour.CancerType;

/**
 * Systemic instigation, switched off and on for the same patients (the same random streams): a growing tumour burden
 * wakes dormant cells sooner, so more patients have distant disease when they are diagnosed and bone metastases
 * come sooner after diagnosis.
 */
class InstigationTest {
    private static final int PATIENTS = 1500;
    private static final double TEN_YEARS_D = 3652.5;

    @Test
    void instigationBringsMetastasesForwardToDiagnosis() {
        ParameterSet on = ModelCatalog.defaults();
        assertThat(on.get(SpreadParameters.INSTIGATION_MAX_FOLD)).isPositive();
        ParameterSet off = on.with(SpreadParameters.INSTIGATION_MAX_FOLD.name(), 0.0);
        Cohort withInstigation = run(on);
        Cohort without = run(off);
        assertThat(withInstigation.distantAtDiagnosis).isGreaterThan(without.distantAtDiagnosis);
        // among patients with a bone metastasis within ten years, the share found in the first year is larger
        assertThat((double) withInstigation.boneInFirstYear / withInstigation.boneWithinTenYears)
                .isGreaterThan((double) without.boneInFirstYear / without.boneWithinTenYears + 0.1);
    }

    @Test
    void aFoldOfZeroLeavesTheBasalRates() {
        ParameterSet off = ModelCatalog.defaults().with(SpreadParameters.INSTIGATION_MAX_FOLD.name(), 0.0);
        ParameterSet offOtherHalf = off.with(SpreadParameters.INSTIGATION_HALF_BURDEN.name(), 1e6);
        PatientSimulator a = new PatientSimulator(off, CancerType.LUNG);
        PatientSimulator b = new PatientSimulator(offOtherHalf, CancerType.LUNG);
        for (int i = 0; i < 40; i++) {
            PatientOutcome x = a.run(i, new PatientStreams(5), Entry.DIAGNOSIS, TEN_YEARS_D, null);
            PatientOutcome y = b.run(i, new PatientStreams(5), Entry.DIAGNOSIS, TEN_YEARS_D, null);
            assertThat(y.events()).isEqualTo(x.events());
        }
    }

    private static Cohort run(ParameterSet p) {
        PatientSimulator sim = new PatientSimulator(p, CancerType.BREAST);
        Cohort c = new Cohort();
        for (int i = 0; i < PATIENTS; i++) {
            PatientOutcome o = sim.run(i, new PatientStreams(11), Entry.DIAGNOSIS, TEN_YEARS_D, null);
            if (o.stage() == Stage.DISTANT) {
                c.distantAtDiagnosis++;
            }
            if (o.hasBoneMetastasis()) {
                double years = (o.firstBoneMetastasisDay() - o.entryDay()) / PatientSimulator.DAYS_PER_YEAR;
                c.boneWithinTenYears++;
                if (years <= 1) {
                    c.boneInFirstYear++;
                }
            }
        }
        return c;
    }

    private static final class Cohort {
        int distantAtDiagnosis;
        int boneInFirstYear;
        int boneWithinTenYears;
    }
}
