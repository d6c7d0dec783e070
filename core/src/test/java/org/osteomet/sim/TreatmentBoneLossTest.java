package org.osteomet.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteomet.anatomy.Site;
import org.osteomet.clinical.StandardOfCare;
import org.osteomet.param.ParameterSet;
import org.osteomet.random.PatientStreams;
import org.osteomet.tumour.CancerType;

/** Bone lost to treatment itself (androgen deprivation thins the whole skeleton), on top of what the lesions do. */
class TreatmentBoneLossTest {
    private static final double YEAR = PatientSimulator.DAYS_PER_YEAR;
    private static final String ADT_LINE = "bone_loss_per_year: 0.022}";
    private final ParameterSet defaults = ModelCatalog.defaults();

    @TempDir
    Path tmp;

    private StandardOfCare policyWithAdtLoss(String value) throws Exception {
        String yaml = new String(StandardOfCare.class.getResourceAsStream("standard-of-care.yaml").readAllBytes(), StandardCharsets.UTF_8);
        assertThat(yaml).contains(ADT_LINE);
        Path file = Files.writeString(tmp.resolve("policy-" + value + ".yaml"), yaml.replace(ADT_LINE, "bone_loss_per_year: " + value + "}"));
        return StandardOfCare.load(file);
    }

    @Test
    void theDefaultPolicyThinsBoneOnAndrogenDeprivationOnly() {
        StandardOfCare policy = StandardOfCare.defaults();
        assertThat(policy.systemicLines("prostate").get(0).boneLossPerYear()).isEqualTo(0.022);
        // a line without the key takes no bone
        assertThat(policy.systemicLines("prostate").get(1).boneLossPerYear()).isZero();
        assertThat(policy.systemicLines("breast")).allSatisfy(l -> assertThat(l.boneLossPerYear()).isZero());
    }

    @Test
    void lossAccruesAtItsYearlyRateTheFastestHoldsAndResetClearsIt() {
        Complications c = new Complications(defaults, StandardOfCare.defaults());
        assertThat(c.systemicBoneLoss()).isZero();
        c.startSystemicBoneLoss(0);
        c.accrueSystemicBoneLoss(YEAR);
        assertThat(c.systemicBoneLoss()).isZero();
        c.startSystemicBoneLoss(0.04);
        for (int i = 0; i < 52; i++) {
            c.accrueSystemicBoneLoss(YEAR / 52);
        }
        assertThat(c.systemicBoneLoss()).isCloseTo(0.04, within(1e-12));
        c.startSystemicBoneLoss(0.01); // a slower treatment started later does not slow the loss
        c.accrueSystemicBoneLoss(YEAR);
        assertThat(c.systemicBoneLoss()).isCloseTo(1 - 0.96 * 0.96, within(1e-12));
        c.reset();
        assertThat(c.systemicBoneLoss()).isZero();
        c.accrueSystemicBoneLoss(YEAR);
        assertThat(c.systemicBoneLoss()).isZero();
    }

    @Test
    void aThinnedSkeletonWeakensEveryVertebralBodyAndCollapsesOneSooner() {
        Complications c = new Complications(defaults, StandardOfCare.defaults());
        double intact = c.weakenedBodyShare(0.34, 1, 0);
        assertThat(c.collapses(Site.LUMBAR_SPINE, intact)).isFalse();
        c.startSystemicBoneLoss(0.05);
        c.accrueSystemicBoneLoss(2 * YEAR);
        double lost = c.systemicBoneLoss();
        assertThat(lost).isCloseTo(1 - 0.95 * 0.95, within(1e-12));
        assertThat(c.weakenedBodyShare(0, 1, lost)).isCloseTo(lost, within(1e-12));
        assertThat(c.weakenedBodyShare(0.34, 1, lost)).isCloseTo(lost + (1 - lost) * intact, within(1e-12));
        assertThat(c.collapses(Site.LUMBAR_SPINE, c.weakenedBodyShare(0.34, 1, lost))).isTrue();
    }

    @Test
    void menNeverCastratedKeepTheirCourseEventForEvent() throws Exception {
        PatientSimulator thinning = new PatientSimulator(defaults, CancerType.PROSTATE, StandardOfCare.defaults());
        PatientSimulator sparing = new PatientSimulator(defaults, CancerType.PROSTATE, policyWithAdtLoss("0"));
        Workspace wsA = thinning.newWorkspace();
        Workspace wsB = sparing.newWorkspace();
        int untouched = 0;
        int castrated = 0;
        for (int i = 0; i < 600; i++) {
            PatientOutcome a = thinning.run(i, new PatientStreams(8), Entry.DIAGNOSIS, 10 * YEAR, wsA, null);
            PatientOutcome b = sparing.run(i, new PatientStreams(8), Entry.DIAGNOSIS, 10 * YEAR, wsB, null);
            if (a.events().stream().anyMatch(e -> e.type() == EventType.SYSTEMIC_THERAPY_STARTED)) {
                castrated++;
            } else {
                assertThat(a.events()).isEqualTo(b.events());
                untouched++;
            }
        }
        assertThat(untouched).isGreaterThan(400);
        assertThat(castrated).isPositive();
    }

    @Test
    void castrationBreaksMoreBonesOfMenWithBoneMetastases() throws Exception {
        // a fast loss (10% a year) so that a small cohort shows it
        int thinning = fractures(new PatientSimulator(defaults, CancerType.PROSTATE, policyWithAdtLoss("0.1")));
        int sparing = fractures(new PatientSimulator(defaults, CancerType.PROSTATE, policyWithAdtLoss("0")));
        assertThat(thinning).isGreaterThan(2 * sparing + 10);
    }

    /** Pathological fractures of the first 300 men enrolled at their first bone metastasis, followed 5 years. */
    private static int fractures(PatientSimulator sim) {
        Workspace ws = sim.newWorkspace();
        int enrolled = 0;
        int fractures = 0;
        for (int i = 0; i < 6000 && enrolled < 300; i++) {
            // a fracture can reveal a bone metastasis sooner, so the two policies need not enrol the same men
            PatientOutcome o = sim.run(i, new PatientStreams(8), Entry.BONE_METASTATIC, 5 * YEAR, ws, null);
            if (o.enrolled()) {
                enrolled++;
                fractures += count(o, EventType.PATHOLOGICAL_FRACTURE);
            }
        }
        assertThat(enrolled).isEqualTo(300);
        return fractures;
    }

    private static int count(PatientOutcome o, EventType type) {
        return (int) o.events().stream().filter(e -> e.type() == type).count();
    }

    @Test
    void aBadLossIsOneLineNamingTheLine() throws Exception {
        for (String bad : new String[] {"-0.01", "1", "1.5"}) {
            assertThatThrownBy(() -> policyWithAdtLoss(bad)).isInstanceOf(StandardOfCare.PolicyException.class)
                    .hasMessageContaining("systemic_therapy.prostate.androgen deprivation.bone_loss_per_year must be in [0, 1)")
                    .hasMessageContaining("got " + Double.parseDouble(bad))
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }
}
