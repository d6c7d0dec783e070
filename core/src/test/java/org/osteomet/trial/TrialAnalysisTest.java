package org.osteomet.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osteomet.trial.TrialResult.ArmResult;
import org.osteomet.trial.TrialResult.SreTypeCount;

class TrialAnalysisTest {
    static final String FRACTURE = "pathological_fracture";
    static final String RADIATION = "radiation_to_bone";
    static final String CORD = "spinal_cord_compression";

    static PatientEndpoints patient(long id, double followUp, boolean died, double[] days, String... types) {
        return new PatientEndpoints(id, followUp, died, days, types, false);
    }

    /** Control: SREs at 100 and 200; SRE at 50; none (dies at 365). All followed 365 days. */
    static ArmOutcomes control(String name) {
        return new ArmOutcomes(name, "no bone-targeted agent", List.of(
                patient(1, 365, false, new double[] {100, 200}, FRACTURE, RADIATION),
                patient(2, 365, false, new double[] {50}, RADIATION),
                new PatientEndpoints(3, 365, true, new double[0], new String[0], true)));
    }

    /** Fewer and later SREs: one SRE at day 300 only. */
    static ArmOutcomes treated(String name) {
        return new ArmOutcomes(name, "zoledronic acid", List.of(
                patient(1, 365, false, new double[] {300}, CORD),
                patient(2, 365, false, new double[0]),
                new PatientEndpoints(3, 365, true, new double[0], new String[0], false)));
    }

    /**
     * Patient 1 left alive on day 100, patient 2 dies on day 200, patient 3 leaves on day 300: within 365 days two
     * withdrawals, one death. Overall survival: at day 200, 2 at risk (patient 1 censored), so S = 1/2. With the horizon at
     * 250 days, patient 3 was still on study then, so only one withdrawal counts.
     */
    @Test
    void withdrawnPatientsAreCountedAndCensoredNotDead() {
        ArmOutcomes arm = new ArmOutcomes("placebo", "none", List.of(
                new PatientEndpoints(1, 100, false, new double[0], new String[0], false, true),
                new PatientEndpoints(2, 200, true, new double[0], new String[0], false, false),
                new PatientEndpoints(3, 300, false, new double[0], new String[0], false, true)));
        ArmResult a = TrialAnalysis.analyse(List.of(arm), 365).arms().get(0);
        assertThat(a.patientsWithdrawn()).isEqualTo(2);
        assertThat(a.withdrawnShare()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(a.overallSurvivalCurve().survivalAt(250)).isCloseTo(0.5, within(1e-12));
        assertThat(TrialAnalysis.analyse(List.of(arm), 250).arms().get(0).patientsWithdrawn()).isEqualTo(1);
    }

    @Test
    void perArmEndpointsByHand() {
        TrialResult r = TrialAnalysis.analyse(List.of(control("control"), treated("zol")), 365);
        ArmResult c = r.arms().get(0);
        assertThat(c.patients()).isEqualTo(3);
        assertThat(c.patientYears()).isCloseTo(3 * 365 / 365.25, within(1e-12));
        assertThat(c.patientsWithSre()).isEqualTo(2);
        assertThat(c.shareWithSre()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(c.sreEvents()).isEqualTo(3);
        assertThat(c.smrPerPatientYear()).isCloseTo(3 / (3 * 365 / 365.25), within(1e-12));
        // KM for first SRE: S(50) = 2/3, S(100) = 1/3 -> median 100
        assertThat(c.timeToFirstSreDays().value()).isEqualTo(100);
        assertThat(c.firstSreCurve().survivalAt(60)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(c.firstSreCurve().survivalAt(365)).isCloseTo(1.0 / 3, within(1e-12));
        // OS: one death of three at 365 -> S = 2/3, median not reached
        assertThat(c.overallSurvivalDays().value()).isNaN();
        assertThat(c.patientsWithHypercalcaemia()).isEqualTo(1);
        assertThat(c.hypercalcaemiaShare()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(c.isControl()).isTrue();
        SreTypeCount rad = c.sreByType().stream().filter(t -> t.type().equals(RADIATION)).findFirst().orElseThrow();
        assertThat(rad.events()).isEqualTo(2);
        assertThat(rad.patients()).isEqualTo(2);
        assertThat(rad.shareOfPatients()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(c.sreByType()).extracting(SreTypeCount::type).startsWith(FRACTURE, CORD, RADIATION,
                "surgery_to_bone");

        ArmResult z = r.arms().get(1);
        assertThat(z.shareWithSre()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(z.smrPerPatientYear()).isCloseTo(1 / (3 * 365 / 365.25), within(1e-12));
        assertThat(z.timeToFirstSreDays().value()).isNaN();
        assertThat(z.versusControl()).isNotNull();
        assertThat(z.versusControl().firstSre().hr()).isLessThan(1);
        assertThat(z.versusControl().multipleEvents().hr()).isLessThan(1);
        assertThat(z.versusControl().multipleEvents().lower()).isLessThan(z.versusControl().multipleEvents().hr());
        assertThat(z.versusControl().firstSreLogRankP()).isBetween(0.0, 1.0);
        // same deaths at the same time in both arms: OS HR 1, log-rank p 1
        assertThat(z.versusControl().overallSurvival().hr()).isCloseTo(1, within(1e-9));
        assertThat(z.versusControl().osLogRankP()).isCloseTo(1, within(1e-9));
    }

    @Test
    void identicalArmsGiveHazardRatioOneAndLogRankPOne() {
        TrialResult r = TrialAnalysis.analyse(List.of(control("a"), control("b")), 365);
        var v = r.arms().get(1).versusControl();
        assertThat(v.firstSre().hr()).isCloseTo(1, within(1e-9));
        assertThat(v.firstSre().lower()).isLessThan(1);
        assertThat(v.firstSre().upper()).isGreaterThan(1);
        assertThat(v.firstSreLogRankP()).isCloseTo(1, within(1e-9));
        assertThat(v.multipleEvents().hr()).isCloseTo(1, within(1e-9));
        assertThat(v.overallSurvival().hr()).isCloseTo(1, within(1e-9));
        assertThat(v.osLogRankP()).isCloseTo(1, within(1e-9));
    }

    @Test
    void horizonCensorsLaterEventsAndDeaths() {
        TrialResult r = TrialAnalysis.analyse(List.of(control("control")), 150);
        ArmResult c = r.arms().get(0);
        assertThat(c.patientYears()).isCloseTo(3 * 150 / 365.25, within(1e-12));
        assertThat(c.sreEvents()).isEqualTo(2); // 100 and 50; 200 is after the horizon
        assertThat(c.patientsWithSre()).isEqualTo(2);
        assertThat(c.overallSurvivalCurve().survivalAt(150)).isEqualTo(1.0);
        assertThat(c.overallSurvivalCurve().time()).endsWith(150.0);
    }

    @Test
    void sameDaySresAndNoEventsAreHandled() {
        ArmOutcomes a = new ArmOutcomes("a", "", List.of(
                patient(1, 100, false, new double[] {0, 0, 40}, FRACTURE, RADIATION, RADIATION),
                patient(2, 100, true, new double[0])));
        ArmOutcomes none = new ArmOutcomes("none", "", List.of(patient(1, 100, false, new double[0]),
                patient(2, 100, false, new double[0])));
        TrialResult r = TrialAnalysis.analyse(List.of(a, none), Double.POSITIVE_INFINITY);
        assertThat(r.arms().get(0).sreEvents()).isEqualTo(3);
        assertThat(r.arms().get(0).timeToFirstSreDays().value()).isEqualTo(0);
        // a comparison with no events at all in the OS of one arm still yields a finite p or NaN, never throws
        TrialResult r2 = TrialAnalysis.analyse(List.of(none, none), 100);
        assertThat(r2.arms().get(1).versusControl().firstSre().hr()).isNaN();
        assertThat(r2.arms().get(1).versusControl().firstSreLogRankP()).isNaN();
        Map<String, Object> m = r2.toMap();
        @SuppressWarnings("unchecked")
        Map<String, Object> arm = (Map<String, Object>) ((List<Object>) m.get("arms")).get(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> vs = (Map<String, Object>) arm.get("versus_control");
        assertThat(vs.get("p_first_sre_logrank")).isNull();
        @SuppressWarnings("unchecked")
        Map<String, Object> med = (Map<String, Object>) arm.get("time_to_first_sre_median_days");
        assertThat(med).containsEntry("value", null);
    }
}
