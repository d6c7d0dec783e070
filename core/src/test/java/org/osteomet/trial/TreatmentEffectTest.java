package org.osteomet.trial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osteomet.sim.CohortConfig;
import org.osteomet.sim.Entry;
import org.osteomet.sim.ModelCatalog;
import org.osteomet.therapy.BoneTargetedAgent;
import org.osteomet.tumour.CancerType;

/** Bone-targeted agents act in the expected direction on the same virtual patients. */
class TreatmentEffectTest {

    private static List<ArmOutcomes> trial(CancerType type, int n) throws Exception {
        CohortConfig base = new CohortConfig(type, n, 2, 11, Entry.BONE_METASTATIC, 2, ModelCatalog.defaults());
        return new TrialRunner().run(base, List.of(BoneTargetedAgent.PLACEBO, BoneTargetedAgent.ZOLEDRONIC_ACID,
                BoneTargetedAgent.DENOSUMAB), null);
    }

    /**
     * Denosumab's edge over zoledronic acid is small (per-patient draws diverge once event times differ), so the arms
     * need more patients than 400 to order it: at 400 the margin was one SRE, before and after the per-region cord
     * geometry (165 vs 164, then 169 vs 170); at 1200 it is 537 vs 532.
     */
    private static final int TRIAL_PATIENTS = 1200;

    @Test
    void armsShareTheirPatientsAndDrugsPreventSkeletalEvents() throws Exception {
        List<ArmOutcomes> arms = trial(CancerType.BREAST, TRIAL_PATIENTS);
        ArmOutcomes placebo = arms.get(0);
        for (ArmOutcomes arm : arms) {
            assertThat(arm.patients()).hasSize(TRIAL_PATIENTS);
            for (int i = 0; i < TRIAL_PATIENTS; i++) {
                assertThat(arm.patients().get(i).patientId()).isEqualTo(placebo.patients().get(i).patientId());
            }
        }
        long sreP = totalSres(placebo);
        long sreZ = totalSres(arms.get(1));
        long sreD = totalSres(arms.get(2));
        assertThat(sreZ).isLessThan(sreP);
        assertThat(sreD).isLessThanOrEqualTo(sreZ); // denosumab suppresses resorption more (uNTX 70-90% vs 60-70%)
        assertThat(hypercalcaemia(arms.get(1))).isLessThan(hypercalcaemia(placebo));
    }

    @Test
    void radiumSlowsBlasticDiseaseOnTheSamePatients() throws Exception {
        CohortConfig base = new CohortConfig(CancerType.PROSTATE, 400, 2, 11, Entry.BONE_METASTATIC, 2, ModelCatalog.defaults());
        List<ArmOutcomes> arms = new TrialRunner().run(base, List.of(BoneTargetedAgent.PLACEBO, BoneTargetedAgent.RADIUM_223), null);
        double livedPlacebo = arms.get(0).patients().stream().mapToDouble(PatientEndpoints::followUpDays).sum();
        double livedRadium = arms.get(1).patients().stream().mapToDouble(PatientEndpoints::followUpDays).sum();
        assertThat(livedRadium).isGreaterThan(livedPlacebo);
        assertThat(totalSres(arms.get(1))).isLessThanOrEqualTo(totalSres(arms.get(0)));
    }

    @Test
    void theSameArmTwiceGivesTheSameResult() throws Exception {
        CohortConfig base = new CohortConfig(CancerType.PROSTATE, 200, 2, 3, Entry.BONE_METASTATIC, 2, ModelCatalog.defaults());
        List<ArmOutcomes> a = new TrialRunner().run(base, List.of(BoneTargetedAgent.PLACEBO, BoneTargetedAgent.PLACEBO), null);
        for (int i = 0; i < 200; i++) {
            PatientEndpoints x = a.get(0).patients().get(i);
            PatientEndpoints y = a.get(1).patients().get(i);
            assertThat(y.sreDays()).containsExactly(x.sreDays());
            assertThat(y.followUpDays()).isEqualTo(x.followUpDays());
            assertThat(y.died()).isEqualTo(x.died());
        }
    }

    private static long totalSres(ArmOutcomes arm) {
        return arm.patients().stream().mapToLong(p -> p.sreDays().length).sum();
    }

    private static long hypercalcaemia(ArmOutcomes arm) {
        return arm.patients().stream().filter(PatientEndpoints::hypercalcaemia).count();
    }
}
