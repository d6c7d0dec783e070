package org.osteomet.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osteomet.anatomy.Site;
import org.osteomet.bone.LesionType;
import org.osteomet.param.ParameterSet;
import org.osteomet.physiology.CalciumBalance;
import org.osteomet.random.PatientStreams;
import org.osteomet.tumour.CancerType;
import org.osteomet.tumour.ProfileKey;

/** Osteoblastic subclones: a unit of their own in each bone they reach, typed apart from the bone's shared lesions. */
class OsteoblasticSubcloneTest {
    private static final double FIVE_YEARS = 5 * PatientSimulator.DAYS_PER_YEAR;
    private static final String BREAST_P_BC = ProfileKey.BLASTIC_CLONE_PROBABILITY.parameterName(CancerType.BREAST);
    private final ParameterSet defaults = ModelCatalog.defaults();

    @Test
    void aLyticAndABlasticCloneInOneBoneAreTypedApartNotAveragedToMixed() {
        int spine = Site.THORACIC_SPINE.ordinal();
        double cells = 2e9;
        Skeleton apart = new Skeleton(defaults, CancerType.BREAST);
        Skeleton together = new Skeleton(defaults, CancerType.BREAST);
        apart.reset();
        together.reset();
        for (int week = 0; week < 26; week++) {
            apart.beginStep();
            apart.addLesion(Skeleton.unit(spine, false), cells, -1.0);
            apart.addLesion(Skeleton.unit(spine, true), cells, 0.9);
            apart.advance(PatientSimulator.STEP_DAYS, 2 * cells, 2 * cells, 0);
            together.beginStep();
            together.addLesion(spine, cells, -1.0);
            together.addLesion(spine, cells, 0.9);
            together.advance(PatientSimulator.STEP_DAYS, 2 * cells, 2 * cells, 0);
        }
        assertThat(apart.unitLesionType(Skeleton.unit(spine, false))).isEqualTo(LesionType.OSTEOLYTIC);
        assertThat(apart.unitLesionType(Skeleton.unit(spine, true))).isEqualTo(LesionType.OSTEOBLASTIC);
        // one shared unit averages the two drives (-0.05) and reads mixed: why a subclone needs its own
        assertThat(together.lesionType(spine)).isEqualTo(LesionType.MIXED);
        // the site's burden is both units'; its clinical reads take the shared unit
        assertThat(apart.tumourCells(spine)).isEqualTo(2 * cells);
        assertThat(apart.lesionType(spine)).isEqualTo(LesionType.OSTEOLYTIC);
    }

    @Test
    void aBoneHoldingOnlyASubcloneIsReadThroughIt() {
        int ribs = Site.RIBS.ordinal();
        Skeleton skeleton = new Skeleton(defaults, CancerType.BREAST);
        skeleton.reset();
        for (int week = 0; week < 26; week++) {
            skeleton.beginStep();
            skeleton.addLesion(Skeleton.unit(ribs, true), 2e9, 0.9);
            skeleton.advance(PatientSimulator.STEP_DAYS, 2e9, 2e9, 0);
        }
        assertThat(skeleton.involved(ribs)).isTrue();
        assertThat(skeleton.unitInvolved(ribs)).isFalse();
        assertThat(skeleton.lesionType(ribs)).isEqualTo(LesionType.OSTEOBLASTIC);
        assertThat(skeleton.boneMassPercent(ribs)).isGreaterThan(100);
        assertThat(skeleton.formationCalciumGPerDay(ribs)).isPositive();
    }

    @Test
    void calciumIsConservedWhenSubclonesHaveUnitsOfTheirOwn() {
        ParameterSet often = defaults.with(BREAST_P_BC, 0.3);
        double ecf0 = new CalciumBalance(often).ecfCalciumMmol();
        PatientSimulator sim = new PatientSimulator(often, CancerType.BREAST);
        Workspace ws = sim.newWorkspace();
        int withSubclone = 0;
        for (int i = 0; i < 1500 && withSubclone < 15; i++) {
            PatientOutcome o = sim.run(i, new PatientStreams(3), Entry.BONE_METASTATIC, FIVE_YEARS, ws, null);
            if (!o.enrolled() || o.blasticCloneTypeBySite().isEmpty()) {
                continue;
            }
            withSubclone++;
            CalciumBalance ca = ws.skeleton.calcium();
            double inBodyChange = (ca.ecfCalciumMmol() - ecf0) + ws.skeleton.trackedBoneCalciumMmol();
            double netIntake = ca.absorbedMmol() - ca.excretedMmol();
            assertThat(inBodyChange).as("patient %d", i).isCloseTo(netIntake, within(1e-6 * (1 + ca.absorbedMmol())));
        }
        assertThat(withSubclone).isEqualTo(15);
    }

    @Test
    void subclonesAriseAtTheirRateAndAreTypedInTheirOwnUnits() {
        // breast bone-metastatic patients: how many have a detected subclone, and of what type, at p_bc 0, 0.035 and 0.3
        int[] none = subcloneCounts(defaults.with(BREAST_P_BC, 0.0));
        int[] some = subcloneCounts(defaults);
        int[] many = subcloneCounts(defaults.with(BREAST_P_BC, 0.3));
        assertThat(none[0]).isPositive();
        assertThat(none[1]).isZero();
        assertThat(some[1]).isPositive().isLessThan(many[1]);
        // a subclone starts at the prostate-like drive D_bc: most of its units read blastic, where the breast bones read lytic
        assertThat(many[2]).isGreaterThan(many[1] / 2);
        // some patients have a lytic unit and a blastic one in the same bone, which one unit per bone could not show
        assertThat(many[3]).isPositive();
    }

    /** {enrolled, with a detected subclone unit, blastic subclone units, bones both lytic and blastic}. */
    private static int[] subcloneCounts(ParameterSet params) {
        PatientSimulator sim = new PatientSimulator(params, CancerType.BREAST);
        Workspace ws = sim.newWorkspace();
        int[] counts = new int[4];
        for (int i = 0; i < 3000 && counts[0] < 300; i++) {
            PatientOutcome o = sim.run(i, new PatientStreams(11), Entry.BONE_METASTATIC, FIVE_YEARS, ws, null);
            if (!o.enrolled()) {
                continue;
            }
            counts[0]++;
            counts[1] += o.blasticCloneTypeBySite().isEmpty() ? 0 : 1;
            for (var e : o.blasticCloneTypeBySite().entrySet()) {
                boolean blastic = e.getValue() == LesionType.OSTEOBLASTIC;
                counts[2] += blastic ? 1 : 0;
                counts[3] += blastic && o.boneLesionTypeBySite().get(e.getKey()) == LesionType.OSTEOLYTIC ? 1 : 0;
            }
        }
        return counts;
    }

    @Test
    void theSubcloneDrawComesFromItsOwnStreamSoItShiftsNoOtherDraw() {
        // p_bc this small never fires, but it does draw: every other draw must stay where it was
        ParameterSet off = defaults.with(BREAST_P_BC, 0.0);
        ParameterSet drawnNeverFires = defaults.with(BREAST_P_BC, 1e-300);
        PatientSimulator a = new PatientSimulator(off, CancerType.BREAST);
        PatientSimulator b = new PatientSimulator(drawnNeverFires, CancerType.BREAST);
        int compared = 0;
        for (int i = 0; i < 400; i++) {
            PatientOutcome x = a.run(i, new PatientStreams(5), Entry.DIAGNOSIS, FIVE_YEARS, null);
            PatientOutcome y = b.run(i, new PatientStreams(5), Entry.DIAGNOSIS, FIVE_YEARS, null);
            assertThat(y.events()).as("patient %d", i).isEqualTo(x.events());
            compared += x.hasBoneMetastasis() ? 1 : 0;
        }
        assertThat(compared).isPositive();
    }
}
